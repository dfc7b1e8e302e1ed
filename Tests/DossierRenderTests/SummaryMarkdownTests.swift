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
        XCTAssertEqual(reads.value, 2, "a text let go is read from the file each time, not held again")
        XCTAssertFalse(released.markdown.changedOnDisk)
        XCTAssertEqual(released.markdown.checksum, SummaryMarkdown(text).checksum)
        var edited = released
        edited.document.title = "T, revised"
        _ = edited.releasingBody().markdown.text
        XCTAssertEqual(reads.value, 3, "setting a field keeps the way to read the body again")
        let kept = SiteEntry(slug: "t", document: document).releasingBody()
        XCTAssertEqual(kept.document.body, text, "no way to read it again: kept")
    }

    /// A text read from a file that no longer holds the stamped body is given as read and
    /// reported, so that the build publishes nothing made from it.
    func testATextReadAgainThatDiffersFromItsStampIsReported() {
        let text = "## Summary\n\nTalks resumed.\n"
        let gone = SummaryMarkdown(text, reload: { "" })
        gone.release()
        XCTAssertEqual(gone.text, "")
        XCTAssertTrue(gone.changedOnDisk)
        let unread = SummaryMarkdown(size: text.utf8.count, checksum: SummaryMarkdown(text).checksum) { text.uppercased() }
        XCTAssertFalse(unread.changedOnDisk)
        _ = unread.text
        XCTAssertTrue(unread.changedOnDisk, "same size, other text")
        let same = SummaryMarkdown(size: text.utf8.count, checksum: SummaryMarkdown(text).checksum) { text }
        _ = same.text
        XCTAssertFalse(same.changedOnDisk)
    }

    /// A body made from its Markdown holds no HTML until a page asks; it lets it go after the
    /// reads it expects, and renders it again, the same, from its Markdown read again, when a
    /// page asks once more.
    func testABodyLetsItsHTMLGoAfterTheExpectedReads() {
        let text = "## Source text\n\nTalks resumed.\n"
        let reads = Counter()
        let source = SummaryMarkdown(text, reload: { reads.add(); return text })
        let body = SiteBody(source: source)
        source.release()
        XCTAssertFalse(body.holdsHTML, "only its outline and words until a page asks")
        XCTAssertEqual(body.outline, Markdown.render(text).outline)
        body.releaseAfterReads(2)
        let first = body.sections
        XCTAssertEqual(first, Markdown.render(text).sections.map(\.htmlUTF8))
        XCTAssertEqual(body.sections, first)
        XCTAssertEqual(reads.value, 1, "read once, held for the two reads")
        XCTAssertFalse(body.holdsHTML)
        XCTAssertEqual(body.sections, first)
        XCTAssertEqual(reads.value, 2, "let go after them, rendered again")
        let held = SiteBody(rendered: Markdown.render(text), words: WordSet(hashes: []))
        held.releaseAfterReads(1)
        _ = held.sections
        XCTAssertEqual(held.sections, first, "a body without its Markdown keeps its HTML")
    }

    /// A body rendered into a spill reads its HTML back from it, the same, without reading its
    /// Markdown again, as often as asked; without a spill file it renders again.
    func testABodyReadsItsHTMLBackFromTheSpill() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-spill-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let spill = BodySpill(folder: folder)
        let texts = ["## Summary\n\nTalks “resumed” — 😀.\n\n## Source text\n\nOne.\n\nTwo.\n", "", "Just text.\n"]
        let reads = Counter()
        let bodies = texts.map { text in
            let source = SummaryMarkdown(text, reload: { reads.add(); return text })
            defer { source.release() }
            return SiteBody(source: source, spill: spill)
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), [], "the file is unlinked once made")
        for (body, text) in zip(bodies, texts) {
            XCTAssertFalse(body.holdsHTML)
            body.releaseAfterReads(1)
            XCTAssertEqual(body.sections, Markdown.render(text).sections.map(\.htmlUTF8))
            XCTAssertEqual(body.sections, Markdown.render(text).sections.map(\.htmlUTF8), "read back again once let go")
        }
        XCTAssertEqual(reads.value, 0)
        let blocked = BodySpill(folder: URL(fileURLWithPath: "/dev/null/nowhere"))
        let source = SummaryMarkdown(texts[0], reload: { reads.add(); return texts[0] })
        let body = SiteBody(source: source, spill: blocked)
        source.release()
        XCTAssertEqual(body.sections, Markdown.render(texts[0]).sections.map(\.htmlUTF8))
        XCTAssertEqual(reads.value, 1, "no spill file: rendered again")
    }
}

/// A count safe to bump from a `@Sendable` closure.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    var value: Int { lock.withLock { count } }
    func add() { lock.withLock { count += 1 } }
}
