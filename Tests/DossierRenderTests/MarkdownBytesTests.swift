import CCmarkGFM
import DossierModel
@testable import DossierRender
import Foundation
import XCTest

/// `Markdown.render` copies each top-level block's HTML from cmark-gfm's buffer into its
/// section's bytes, ids put in on the way, and never makes a block a `String`. Checked against
/// the general path: cmark-gfm's HTML of the whole document, made a `String` at once.
final class MarkdownBytesTests: XCTestCase {
    /// Pieces of Markdown that make headings (ATX, setext, empty, duplicated, named like a
    /// paragraph id), source paragraphs, lists, tables, code, quotes, raw HTML, entities,
    /// multi-byte text and combining marks right after a tag.
    let pieces = [
        "## Summary\n", "## Source text\n", "### Sub — “q”\n", "## p1\n", "##\n", "Title\n===\n", "\n\n", "\n",
        "text ", "Été ", "\u{064B}", "\u{301}", "😀", "Москва ", "[¶1](#p1) ", "[l](https://e.org) ", "www.example.org ",
        "- item\n", "1. one\n", "> quote ", "`c<d>` ", "```\ncode <x>\n```\n", "| a | b |\n|---|---|\n| é | 😀 |\n",
        "~~gone~~ ", "<div>raw</div>\n", "<b>in</b> ", "&amp; &#0; &copy; ", "---\n", "\r\n", "    indented\n",
    ]

    func testSectionsAreTheWholeDocumentsHTMLWithIDsInOpeningTags() throws {
        let tag = try NSRegularExpression(pattern: #"(<[a-z][a-z0-9]*) id="[^"<>]*">"#)
        let headingID = try NSRegularExpression(pattern: #"<h[1-6] id=""#)
        var random = XorShift(seed: 14)
        let fixed = ["", "\n", "## Source text\n\n\u{064B} mark\n\n## p1\n\n## Source text\n\nx\n\ny\n"]
        for text in fixed + (0..<3000).map({ _ in random.text(of: pieces, fewerThan: 16) }) {
            let rendered = Markdown.render(text)
            let html = rendered.html
            let all = NSRange(html.startIndex..., in: html)
            let untagged = tag.stringByReplacingMatches(in: html, range: all, withTemplate: "$1>")
            let whole = wholeDocument(text)
            XCTAssertEqual(untagged, whole.html, text.debugDescription)
            XCTAssertFalse(untagged.contains(#" id=""#), "every id is in an opening tag: \(text.debugDescription)")
            XCTAssertEqual(headingID.numberOfMatches(in: html, range: all), whole.headings, "every top-level heading has an id: \(text.debugDescription)")
            XCTAssertFalse(rendered.sections.contains { $0.htmlUTF8.isEmpty }, text.debugDescription)
            XCTAssertEqual(rendered.sections.filter { !$0.id.isEmpty }.map(\.title), whole.titles, text.debugDescription)
            var fingerprint = Fingerprint()
            for section in rendered.sections { fingerprint.add(section.html) }
            XCTAssertEqual(rendered.fingerprint, fingerprint.value, text.debugDescription)
        }
    }

    /// cmark-gfm's HTML of the whole of `text`, with the parser `Markdown.render` sets up, its
    /// number of top-level headings, and the titles of those of level 1 and 2: their literals
    /// made `String`s one by one and joined, line breaks as spaces.
    private func wholeDocument(_ text: String) -> (html: String, headings: Int, titles: [String]) {
        Markdown.registerExtensions()
        let parser = cmark_parser_new(CMARK_OPT_DEFAULT)!
        defer { cmark_parser_free(parser) }
        for name in ["table", "strikethrough", "autolink", "tagfilter"] {
            cmark_parser_attach_syntax_extension(parser, cmark_find_syntax_extension(name)!)
        }
        cmark_parser_feed(parser, text, text.utf8.count)
        let document = cmark_parser_finish(parser)!
        defer { cmark_node_free(document) }
        var headings = 0
        var titles: [String] = []
        var node = cmark_node_first_child(document)
        while let current = node {
            if cmark_node_get_type(current) == CMARK_NODE_HEADING {
                headings += 1
                if cmark_node_get_heading_level(current) <= 2 { titles.append(SectionBuilder.oneLine(literals(of: current))) }
            }
            node = cmark_node_next(current)
        }
        let html = cmark_render_html(document, CMARK_OPT_DEFAULT, cmark_parser_get_syntax_extensions(parser))!
        defer { free(html) }
        return (String(cString: html), headings, titles)
    }

    /// The literals of the inlines of `node`, each made a `String`, breaks as line feeds.
    private func literals(of node: OpaquePointer) -> String {
        var text = ""
        var child = cmark_node_first_child(node)
        while let current = child {
            switch cmark_node_get_type(current) {
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: text += "\n"
            case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_HTML_INLINE: text += String(cString: cmark_node_get_literal(current))
            default: text += literals(of: current)
            }
            child = cmark_node_next(current)
        }
        return text
    }
}
