import DossierModel
@testable import DossierRender
import DossierSummary
import XCTest

/// A summary body read when first needed has the stamp of the body in memory, and is read once.
final class SummaryMarkdownTests: XCTestCase {
    func testAnUnreadBodyIsReadOnceWhenAskedAndStandsForTheText() {
        let text = "## Summary\n\nTalks “resumed”.\n"
        let held = SummaryMarkdown(text)
        var reads = 0
        let unread = SummaryMarkdown(size: held.size, checksum: held.checksum) { reads += 1; return text }
        XCTAssertEqual(reads, 0)
        XCTAssertEqual([unread.text, unread.text], [text, text])
        XCTAssertEqual(reads, 1)
        XCTAssertEqual(held.size, text.utf8.count)
        XCTAssertNotEqual(SummaryMarkdown(text + " ").checksum, held.checksum)
    }

    func testAnEntryUsesItsUnreadBodyOnlyWhileTheDocumentHasNone() {
        var document = SummaryDocument(title: "T", date: nil, source: nil, sourceFile: "articles/t.txt", actors: [], topics: [],
                                       places: [], quotes: [], body: "", isEdited: false, checksum: nil)
        var entry = SiteEntry(slug: "t", document: document, unread: SummaryMarkdown(size: 4, checksum: 1) { "read" })
        XCTAssertEqual(entry.markdown.text, "read")
        document.body = "in memory"
        entry.document = document
        XCTAssertEqual(entry.markdown.text, "in memory", "a body set on the document wins")
        XCTAssertEqual(SiteEntry(slug: "t", document: document).markdown.checksum, SummaryMarkdown("in memory").checksum)
    }
}
