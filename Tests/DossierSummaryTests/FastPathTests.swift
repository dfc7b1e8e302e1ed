import Foundation
import DossierModel
import XCTest
@testable import DossierSummary

/// The byte-level paths of the summary writer must answer exactly as the scalar and Foundation
/// code they stand in for.
final class SummaryFastPathTests: XCTestCase {
    static let samples = [
        "", " ", "plain text", "“We are ready,” he said — and left.", "cafe\u{301} x", "line\r\nbreak", "a\u{A0}b\u{85}c",
        "\u{212A}elvin \u{37E} \u{1FEF}", "Москва и «Пекин»", "广告 إعلان", "👍🏽 e\u{200D}x", "quote \" and \\ back",
        "tab\there", "nul\u{0} del\u{7F}", "c1 \u{80}\u{9F} \u{A0}", "ls\u{2028}ps\u{2029}", "bom\u{FEFF} \u{FFFE}\u{FFFF} \u{FFFD}",
        "\u{2027}\u{202A}\u{2030}", "\u{FEFE}\u{FFBF}\u{EFBB}", "# head", "1. item", "12) x", "- a", "+ b", "= c", "> q",
        "<b>*x*</b> [a](b) _c_ `d` & ~~e~~ |f| \\", ">\u{591}A", "#\u{301} x", "1.\u{301} x", "x²³ ½", "İstanbul",
        "---", "a\n---\nb", "\n---\n", "x\n---\u{301}\n---\ny", "x\n--\n---\n",
    ]

    func testQuotedMatchesScalarEscaping() {
        for s in Self.samples {
            var quoted = ""
            YAMLText.appendQuoted(s, to: &quoted)
            XCTAssertEqual(quoted, YAMLText.escaped(s), s.debugDescription)
        }
    }

    /// The escaping as it was written over scalars.
    static func scalarEscape(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if "\\`*_[]<>&~|".unicodeScalars.contains(scalar) { out.append("\\") }
            out.append(scalar)
        }
        return String(out)
    }

    func testEscapeMatchesScalarEscaping() {
        for s in Self.samples {
            XCTAssertEqual(MarkdownText.escape(s), MarkdownText.escapeLineStart(Self.scalarEscape(s)), s.debugDescription)
        }
    }

    func testListMatchesQuotedItemsJoined() {
        let items = ["plain", "quote \" in", "", "tab\there", "é"]
        var lists: [[String]] = [[]]
        for a in items { lists.append([a]); for b in items { lists.append([a, b]); for c in items { lists.append([a, b, c]) } } }
        for list in lists {
            var out = ""
            YAMLText.appendList(list, to: &out)
            XCTAssertEqual(out, "[" + list.map { YAMLText.escaped($0) }.joined(separator: ", ") + "]", list.debugDescription)
        }
    }

    func testTitleFastPathMatchesScalarProperties() {
        for s in Self.samples + ["\u{200B}", "\u{200B}x", "\u{7F}", "\u{7F}a", "~", "!", " a", "\u{0}", "\u{301}", "\u{301}a"] {
            let visible = s.unicodeScalars.contains { scalar in
                !scalar.properties.isWhitespace && ![.format, .control, .unassigned, .surrogate, .privateUse, .lineSeparator,
                                                       .paragraphSeparator, .spaceSeparator, .nonspacingMark, .enclosingMark]
                    .contains(scalar.properties.generalCategory)
            }
            XCTAssertEqual(SummaryWriter.title(s), visible ? s : "Untitled", s.debugDescription)
        }
    }

    func testPiecewiseChecksumIsChecksumOfTheWhole() {
        for (i, s) in Self.samples.enumerated() {
            let other = Self.samples[(i + 5) % Self.samples.count]
            XCTAssertEqual(Checksum.of(concatenated: s, other, "---\n\n"), Checksum.of(s + other + "---\n\n"), s.debugDescription)
        }
        // FNV-1a 64's published values, written with every hex digit (leading zeros kept).
        XCTAssertEqual(Checksum.of(""), "fnv1a64:cbf29ce484222325")
        XCTAssertEqual(Checksum.of("a"), "fnv1a64:af63dc4c8601ec8c")
        XCTAssertEqual(Checksum.of("foobar"), "fnv1a64:85944171f73967e8")
        XCTAssertEqual(Checksum.of(concatenated: "foo", "bar"), "fnv1a64:85944171f73967e8")
    }

    func testWhitespaceTableIsTheProperty() {
        for v in UInt32(0x80)...0x10FFFF {
            guard let scalar = Unicode.Scalar(v) else { continue }
            XCTAssertEqual(MarkdownText.isWhitespace(v), scalar.properties.isWhitespace, "U+\(String(v, radix: 16))")
        }
    }

    func testOneLineMatchesCharacterSplitting() {
        for s in Self.samples + ["a\u{2003}b", "a\u{3000}", "x\u{1680}y", "nb\u{A0}sp", "a b", " a", "a ", "a  b", "é ü"] {
            XCTAssertEqual(MarkdownText.oneLine(s), s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " "),
                           s.debugDescription)
        }
    }

    func testEscapedLineIsEscapeOfOneLine() {
        let extra = ["a\u{2003}b", "a\u{3000}", "x\u{1680}y", "nb\u{A0}sp", "a b", " a", "a ", "a  b", "é ü", "# a  b", "1. x\ty",
                     "*a* b", "*a*  b", "— x", "x\u{85}", "-", "10) ok", "a_b é", "[x]\u{2028}", "é*"]
        for s in Self.samples + extra {
            XCTAssertEqual(MarkdownText.escapedLine(s), MarkdownText.escape(MarkdownText.oneLine(s)), s.debugDescription)
        }
    }

    func testByteSearchMatchesFoundation() {
        let texts = Self.samples + ["---\ntitle: x\n---\n\nbody", "---\n---\n", "é\n---\n", "\u{301}\n---\n\u{301}", "a\r\n---\nb",
                                    "x\n---\r\n", "\n---\n\n---\n", "é\n---\né\n---\n", "---\nchecksum: 1\nchecksum: 2\n---\n",
                                    "\nchecksum: \u{301}x\nchecksum: y", "\u{600}\nchecksum: x", "\nchecksum: x\r\nchecksum: y", "\nchecksum:",
                                    "## Source text\nРусский", "é## Source text\n\u{301}x", "\u{600}## Source text\n", "\r## Source text\n",
                                    "## Source text\r\n## Source text\n", "x\n## Source text\n\n¶ ## Source text\n"]
        for s in texts {
            for needle in ["\n---\n", "\nchecksum: ", "## Source text\n"] {
                XCTAssertEqual(ByteSearch.range(of: needle, in: s), s.range(of: needle), s.debugDescription)
                XCTAssertEqual(ByteSearch.range(of: needle, in: s, backwards: true), s.range(of: needle, options: .backwards),
                               s.debugDescription)
                let tail = s.dropFirst()
                XCTAssertEqual(ByteSearch.range(of: needle, in: tail, backwards: true), tail.range(of: needle, options: .backwards),
                               s.debugDescription)
            }
        }
    }

    /// Bodies put together at random from pieces of the heading, carriage returns, combining marks
    /// and other multi-byte text: the forward search (`memchr`, then a compare) is Foundation's.
    func testByteSearchMatchesFoundationOnRandomBodies() {
        let pieces = ["## Source text\n", "## Source text", "# Source text\n", "#", "##", "## ", "\n", "\r", "\r\n",
                      "text", "é", "\u{301}", "😀", "## Summary\n", "Москва"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func below(_ n: Int) -> Int {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            return Int(state % UInt64(n))
        }
        for _ in 0..<5000 {
            let body = (0..<below(10)).map { _ in pieces[below(pieces.count)] }.joined()
            XCTAssertEqual(ByteSearch.range(of: "## Source text\n", in: body), body.range(of: "## Source text\n"), body.debugDescription)
        }
    }
}

/// The summary writer appends into one buffer; it must write exactly what the writer built from
/// interpolated pieces (kept here as it was) wrote.
final class SummaryWriterBufferTests: XCTestCase {
    static func interpolatedQuoted(_ text: String) -> String {
        YAMLText.isVerbatim(text) ? "\"" + text + "\"" : YAMLText.escaped(text)
    }

    static func interpolatedList(_ items: [String]) -> String {
        "[" + items.map(interpolatedQuoted).joined(separator: ", ") + "]"
    }

    static func anchor(_ n: Int) -> String { n > 0 ? "[¶\(n)](#p\(n))" : "" }

    /// The checksum line inserted as the last line of the front matter (whose closing line is the
    /// first "\n---\n"), as the writer did before it wrote the pieces once.
    static func sealed(_ content: String) -> String {
        guard let end = content.range(of: "\n---\n") else { return content }
        return String(content[..<end.lowerBound]) + "\nchecksum: \(Checksum.of(content))" + content[end.lowerBound...]
    }

    static func interpolatedMarkdown(_ b: Brief) -> String {
        var y = "---\n"
        y += "title: \(interpolatedQuoted(SummaryWriter.title(b.title)))\n"
        y += "date: \(b.date?.iso ?? "null")\n"
        y += "event_date: \(b.eventDate?.iso ?? "null")\n"
        y += "source: \(b.source.map(interpolatedQuoted) ?? "null")\n"
        y += "source_file: \(interpolatedQuoted(b.sourceFile))\n"
        y += "actors: \(interpolatedList(b.actors))\n"
        y += "topics: \(interpolatedList(b.topics))\n"
        y += "places: \(interpolatedList(b.places))\n"
        if b.quotes.isEmpty {
            y += "quotes: []\n"
        } else {
            y += "quotes:\n"
            for q in b.quotes {
                y += "  - speaker: \(q.speaker.map(interpolatedQuoted) ?? "null")\n"
                y += "    text: \(interpolatedQuoted(q.text))\n"
                y += "    paragraph: \(q.paragraph)\n"
            }
        }
        let warnings = b.diagnostics.filter { $0.severity == .warning }.map(\.message)
        if !warnings.isEmpty { y += "warnings: \(interpolatedList(warnings))\n" }
        var md = "## Summary\n\n"
        if b.summary.isEmpty {
            md += "_No summary sentences could be taken from this article._\n"
        } else {
            md += b.summary.map { "\(MarkdownText.escape(MarkdownText.oneLine($0.text))) \(anchor($0.paragraph))" }
                .joined(separator: "\n") + "\n"
        }
        if !b.keyPoints.isEmpty {
            md += "\n## Key points\n\n"
            for point in b.keyPoints {
                md += "- **\(MarkdownText.escape(point.topic)):** "
                md += "\(MarkdownText.escape(MarkdownText.oneLine(point.sentence.text))) \(anchor(point.sentence.paragraph))\n"
            }
        }
        if !b.quotes.isEmpty {
            md += "\n## Quotes\n"
            for q in b.quotes {
                md += "\n> “\(MarkdownText.escape(MarkdownText.oneLine(q.text)))”\n>\n"
                md += "> — \(q.speaker.map { "**\(MarkdownText.escape($0))**" } ?? "_speaker unknown_") \(anchor(q.paragraph))\n"
            }
        }
        md += "\n## Source text\n"
        for block in b.body {
            let text = MarkdownText.escape(MarkdownText.oneLine(block.text))
            switch block.kind {
            case .paragraph: md += "\n\(text)\n"
            case .subhead: md += "\n### \(text)\n"
            }
        }
        return sealed(y + "---\n\n" + md)
    }

    func testBufferedWriterMatchesInterpolatedWriter() {
        let samples = SummaryFastPathTests.samples
        for (i, s) in samples.enumerated() {
            let other = samples[(i + 7) % samples.count]
            let long = String(repeating: s + " ", count: 40)
            let briefs = [
                Brief(sourceFile: s, title: s, date: nil),
                Brief(sourceFile: "a/\(i).txt", title: other, date: Day(iso: "2026-04-12"), eventDate: Day(iso: "2026-04-10"),
                      source: s, actors: [s, other], topics: [other], places: [],
                      quotes: [Quote(speaker: s, text: other, paragraph: i), Quote(speaker: nil, text: long, paragraph: 0)],
                      summary: [Sentence(s, paragraph: i + 1), Sentence(other, paragraph: 0), Sentence(long, paragraph: 12)],
                      keyPoints: [KeyPoint(topic: s, sentence: Sentence(other, paragraph: 3))],
                      body: [Block(.paragraph, s), Block(.subhead, other), Block(.paragraph, long)],
                      diagnostics: [.warning("x", s), .warning("y", line: 3, other)]),
                // Paragraphs on both sides of the anchors kept ready-made; no body.
                Brief(sourceFile: s, title: other, date: nil, quotes: [Quote(speaker: nil, text: s, paragraph: 100 + i)],
                      summary: [Sentence(s, paragraph: 99), Sentence(other, paragraph: 100), Sentence(s, paragraph: 1000 + i)],
                      keyPoints: [KeyPoint(topic: other, sentence: Sentence(s, paragraph: 101)), KeyPoint(topic: s, sentence: Sentence(other, paragraph: 98))]),
            ]
            for brief in briefs {
                XCTAssertEqual(SummaryWriter.markdown(for: brief), Self.interpolatedMarkdown(brief), s.debugDescription)
            }
        }
    }
}
