@testable import DossierRender
import XCTest

final class MarkdownTests: XCTestCase {
    let body = """
        ## Summary

        The ministers met in Tashkent. [¶1](#p1)
        They signed three agreements. [¶2](#p2)

        ## Source text

        The ministers met in Tashkent.

        ### Agreements

        They signed three agreements.
        """

    func testSectionsHeadingIdsAndParagraphAnchors() {
        let r = Markdown.render(body)
        XCTAssertEqual(r.sections.map(\.title), ["Summary", "Source text"])
        XCTAssertEqual(r.sections.map(\.id), ["summary", "source-text"])
        XCTAssertTrue(r.html.contains("<h2 id=\"summary\">Summary</h2>"))
        XCTAssertTrue(r.html.contains("<p id=\"p1\">The ministers met in Tashkent.</p>"))
        XCTAssertTrue(r.html.contains("<h3 id=\"agreements\">Agreements</h3>"))
        XCTAssertTrue(r.html.contains("<p id=\"p2\">They signed three agreements.</p>"))
        XCTAssertTrue(r.html.contains("<a href=\"#p2\">¶2</a>"))
        XCTAssertFalse(r.section("Summary")!.html.contains("id=\"p"), "only source paragraphs are numbered")
    }

    func testLedeIsFirstSummarySentenceWithoutReferences() {
        XCTAssertEqual(Markdown.render(body).lede, "The ministers met in Tashkent.")
        XCTAssertEqual(Markdown.render("Just *one* paragraph.\n").lede, "Just one paragraph.")
        XCTAssertNil(Markdown.render("").lede)
    }

    func testLedeComesFromTheFirstSummarySectionElseTheFirstParagraph() {
        XCTAssertEqual(Markdown.render("## Notes\n\nA note.\n\n## Summary\n\nThe gist.\nMore.\n").lede, "The gist.")
        XCTAssertEqual(Markdown.render("Intro.\n\n## Summary\n\n- a list, no paragraph\n\n## Summary\n\nLater.\n").lede, "Intro.",
                       "the first Summary section has no paragraph: the body's first")
        XCTAssertEqual(Markdown.render("## Summary\n\n### Summary\n\nUnder a subhead.\n").lede, "Under a subhead.")
    }

    func testAnchorPrefixKeepsIdsUniqueAcrossDocuments() {
        let r = Markdown.render(body, anchorPrefix: "a-x-")
        XCTAssertTrue(r.html.contains("<h2 id=\"a-x-summary\">"))
        XCTAssertTrue(r.html.contains("<p id=\"a-x-p1\">"))
        XCTAssertTrue(r.html.contains("<a href=\"#a-x-p1\">"))
        XCTAssertFalse(r.html.contains("href=\"#p1\""))
    }

    func testAnchorsSurviveACombiningMarkAfterTheTag() {
        let r = Markdown.render("## Source text\n\n\u{064B} after a lone combining mark\n")
        XCTAssertEqual(r.section("Source text")?.html, "<h2 id=\"source-text\">Source text</h2>\n<p id=\"p1\">\u{064B} after a lone combining mark</p>\n")
    }

    func testDuplicateHeadingsGetDistinctIds() {
        let r = Markdown.render("## Notes\n\na\n\n## Notes\n\nb\n")
        XCTAssertEqual(r.sections.map(\.id), ["notes", "notes-2"])
    }

    func testRawHTMLAndScriptLinksNeverReachThePage() {
        let r = Markdown.render("""
            <script>alert(1)</script>

            Click <img src=x onerror=alert(1)> [here](javascript:alert(1)) or [there](https://example.org).
            """)
        XCTAssertFalse(r.html.contains("<script"))
        XCTAssertFalse(r.html.contains("<img"))
        XCTAssertFalse(r.html.contains("javascript:"))
        XCTAssertTrue(r.html.contains("<a href=\"https://example.org\">there</a>"))
    }

    func testGFMExtensions() {
        let r = Markdown.render("| a | b |\n|---|---|\n| 1 | 2 |\n\n~~gone~~ www.example.org\n")
        XCTAssertTrue(r.html.contains("<table>"))
        XCTAssertTrue(r.html.contains("<del>gone</del>"))
        XCTAssertTrue(r.html.contains("<a href=\"http://www.example.org\">"))
    }

    /// The first line is the first piece `split(separator: "\n")` gives, on texts mixing line
    /// feeds, carriage returns, CR LF, combining marks (which never join a line feed) and text.
    func testFirstLineIsTheFirstPieceOfASplitAtLineFeeds() {
        let pieces = ["\n", "\r", "\r\n", "\n\n", "\u{301}", "a", "Tashkent", " ", "é", "😀", "\u{200D}"]
        var random = XorShift(seed: 7)
        for _ in 0..<3000 {
            let text = random.text(of: pieces, fewerThan: 10)
            XCTAssertEqual(RenderedMarkdown.firstLine(of: text), text.split(separator: "\n").first ?? "", text.debugDescription)
        }
    }

    func testIDsGoIntoTheOpeningTagOnly() {
        XCTAssertEqual(tagged("<p>\u{064B}x > y</p>\n", id: "p1"), "<p id=\"p1\">\u{064B}x > y</p>\n")
        XCTAssertEqual(tagged("<h2>Été</h2>", id: "ete"), "<h2 id=\"ete\">Été</h2>")
        XCTAssertEqual(tagged("text <b>", id: "x"), "text <b>", "not a tag at the start: unchanged")
        XCTAssertEqual(tagged("<p", id: "x"), "<p", "no end of the tag: unchanged")
        XCTAssertEqual(tagged("", id: "x"), "")
    }

    /// `SectionBuilder.append(_:id:to:)` on `html`'s bytes, after bytes already there.
    private func tagged(_ html: String, id: String) -> String {
        var bytes = Array("é".utf8)
        Array(html.utf8).withUnsafeBufferPointer { SectionBuilder.append($0, id: id, to: &bytes) }
        return String(decoding: bytes.dropFirst(2), as: UTF8.self)
    }

    func testHeadingTextIsOneLineWhateverTheLineBreak() {
        for text in ["Talks", "", "a\nb", "a\r\nb", "\na\n\nb\n", "a\u{85}b", "a\u{2028}b\u{2029}c", "a\u{0B}b\u{0C}c\rd", "Été — “quoted”", "\n"] {
            XCTAssertEqual(SectionBuilder.oneLine(text), text.split(whereSeparator: { $0.isNewline }).joined(separator: " "), text.debugDescription)
        }
    }
}
