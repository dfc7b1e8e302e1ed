import Foundation
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

    /// An entry lets its body go and reads it again when asked, with the same stamp; a body
    /// that cannot be read again is kept.
    func testAnEntryLetsItsBodyGoAndReadsItAgain() {
        let text = "## Summary\n\nTalks resumed. [¶1](#p1)\n"
        let document = SummaryDocument(title: "T", date: nil, source: nil, sourceFile: "articles/t.txt", actors: [], topics: [],
                                       places: [], quotes: [], body: text, isEdited: false, checksum: nil)
        let reads = Counter()
        let entry = SiteEntry(slug: "t", document: document, reload: { reads.add(); return text })
        let released = entry.releasingBody()
        XCTAssertEqual(released.document.body, "")
        XCTAssertEqual(reads.value, 0)
        XCTAssertEqual([released.markdown.text, released.markdown.text], [text, text])
        XCTAssertEqual(reads.value, 1)
        XCTAssertEqual(released.markdown.checksum, SummaryMarkdown(text).checksum)
        let kept = SiteEntry(slug: "t", document: document).releasingBody()
        XCTAssertEqual(kept.document.body, text, "no way to read it again: kept")
    }

    /// A body lets its HTML go after the reads it expects, and renders it again, the same,
    /// from its Markdown read again, when a page asks once more.
    func testABodyLetsItsHTMLGoAfterTheExpectedReads() {
        let text = "## Source text\n\nTalks resumed.\n"
        let reads = Counter()
        let source = SummaryMarkdown(text, reload: { reads.add(); return text })
        let body = SiteBody(source: source)
        source.release()
        body.releaseAfterReads(2)
        let first = body.rendered
        XCTAssertEqual(body.rendered, first)
        XCTAssertEqual(reads.value, 0, "held for the two reads")
        XCTAssertEqual(body.rendered, first)
        XCTAssertEqual(reads.value, 1, "let go after them, rendered again")
        let held = SiteBody(markdown: text)
        held.releaseAfterReads(1)
        _ = held.rendered
        XCTAssertEqual(held.rendered, first, "a body without its Markdown keeps its HTML")
    }
}

/// A count safe to bump from a `@Sendable` closure.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    var value: Int { lock.withLock { count } }
    func add() { lock.withLock { count += 1 } }
}
