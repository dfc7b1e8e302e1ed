import DossierBuild
import DossierModel
import DossierSummary
import XCTest

final class SummaryPlanTests: XCTestCase {
    private func markdown(_ title: String, _ paragraph: String = "The talks lasted two hours.") -> String {
        SummaryWriter.markdown(for: Brief(sourceFile: "articles/a.txt", title: title, date: Day(iso: "2025-03-02"),
                                          body: [Block(.paragraph, paragraph)]))
    }

    func testNewFileIsWritten() {
        XCTAssertEqual(SummaryPlan.decide(generated: markdown("A"), existing: nil, file: "s.md"), .write)
    }

    func testSameContentIsUnchanged() {
        XCTAssertEqual(SummaryPlan.decide(generated: markdown("A"), existing: markdown("A"), file: "s.md"), .unchanged)
    }

    func testGeneratorsOwnOldOutputIsRegenerated() {
        XCTAssertEqual(SummaryPlan.decide(generated: markdown("B"), existing: markdown("A"), file: "s.md"), .write)
    }

    func testEditIsKept() {
        let edited = markdown("A").replacingOccurrences(of: "two hours", with: "three hours")
        guard case .keepEdited(let doc) = SummaryPlan.decide(generated: markdown("A"), existing: edited, file: "s.md") else {
            return XCTFail("an edit must be kept")
        }
        XCTAssertTrue(doc.isEdited)
        XCTAssertTrue(doc.body.contains("three hours"))
    }

    func testEditWithNewGenerationKeepsEditAndOffersUpdate() {
        let edited = markdown("A").replacingOccurrences(of: "two hours", with: "three hours")
        guard case .keepEditedWithUpdate = SummaryPlan.decide(generated: markdown("B"), existing: edited, file: "s.md") else {
            return XCTFail("an edit must be kept when the generator writes something new")
        }
    }

    func testHandWrittenSummaryWithoutChecksumIsAnEdit() {
        let hand = "---\ntitle: Notes\ndate: 2025-03-02\nsource_file: articles/a.txt\n---\n\nMy notes.\n"
        guard case .keepEditedWithUpdate(let doc) = SummaryPlan.decide(generated: markdown("A"), existing: hand, file: "s.md") else {
            return XCTFail("a summary without checksum was written by hand")
        }
        XCTAssertEqual(doc.title, "Notes")
    }

    func testBrokenEditIsReportedWithLine() {
        let broken = "---\ntitle: \"unclosed\ndate: 2025-03-02\n---\nx\n"
        guard case .unreadable(let error) = SummaryPlan.decide(generated: markdown("A"), existing: broken, file: "summaries/s.md") else {
            return XCTFail("a broken edit is reported")
        }
        XCTAssertEqual(error.file, "summaries/s.md")
        XCTAssertNotNil(error.line)
    }
}
