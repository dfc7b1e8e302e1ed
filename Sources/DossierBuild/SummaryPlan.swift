import DossierModel
import DossierSummary

/// What to do with one summary file, decided from the freshly generated text and what is on
/// disk. Pure, so the rule "an analyst's edit is never overwritten" is tested on strings.
public enum SummaryPlan: Equatable {
    /// No file yet, or the generator's own earlier output that is now out of date: write it.
    case write
    /// The file on disk is exactly what would be written.
    case unchanged
    /// An analyst edited the file, and the generator would write what the edit started from:
    /// keep the edit, publish it.
    case keepEdited(SummaryDocument)
    /// An analyst edited the file and the generator now writes something else (the article or
    /// the analysis changed): keep the edit, publish it, and put the new version beside it.
    case keepEditedWithUpdate(SummaryDocument)
    /// An edited file that can no longer be read.
    case unreadable(SummaryError)

    public static func decide(generated: String, existing: String?, file: String) -> SummaryPlan {
        guard let existing else { return .write }
        if existing == generated { return .unchanged }
        let document: SummaryDocument
        do {
            document = try SummaryReader.read(existing, file: file)
        } catch let error as SummaryError {
            return .unreadable(error)
        } catch {
            return .unreadable(SummaryError(file: file, line: nil, message: "\(error)"))
        }
        guard document.isEdited else { return .write }
        if document.checksum != nil, document.checksum == SummaryReader.storedChecksum(in: generated) {
            return .keepEdited(document)
        }
        return .keepEditedWithUpdate(document)
    }
}
