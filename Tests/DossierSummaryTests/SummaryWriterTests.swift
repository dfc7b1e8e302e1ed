import DossierModel
@testable import DossierSummary
import XCTest

final class SummaryWriterTests: XCTestCase {
    let brief = Brief(
        sourceFile: "articles/tass-0412.txt", title: "Lavrov: talks on grain corridor \"constructive\"",
        date: Day(iso: "2026-04-12"), eventDate: Day(iso: "2026-04-10"), source: "TASS", actors: ["Sergey Lavrov", "Hakan Fidan"],
        topics: ["agriculture", "trade"], places: ["Ankara"],
        quotes: [Quote(speaker: "Sergey Lavrov", text: "We had a constructive conversation", paragraph: 2),
                 Quote(speaker: nil, text: "Nothing is agreed until everything is agreed", paragraph: 3)],
        summary: [Sentence("Sergey Lavrov met Hakan Fidan in Ankara on Friday.", paragraph: 1),
                  Sentence("Grain exports rose by 12% in March.", paragraph: 3)],
        keyPoints: [KeyPoint(topic: "agriculture", sentence: Sentence("Grain exports rose by 12% in March.", paragraph: 3))],
        body: [Block(.paragraph, "Sergey Lavrov met Hakan Fidan in Ankara on Friday."),
               Block(.subhead, "Grain"),
               Block(.paragraph, "\"We had a constructive conversation,\" Lavrov said."),
               Block(.paragraph, "Grain exports rose by 12% in March. \"Nothing is agreed until everything is agreed,\" one diplomat said.")],
        diagnostics: [.warning("articles/tass-0412.txt", "quote without a speaker")])

    func testFrontMatterAndSectionsReadBack() throws {
        let text = SummaryWriter.markdown(for: brief)
        let doc = try SummaryReader.read(text, file: "summaries/x.md")
        XCTAssertEqual(doc.title, brief.title)
        XCTAssertEqual(doc.date, brief.date)
        XCTAssertEqual(doc.eventDate, Day(iso: "2026-04-10"))
        XCTAssertTrue(text.contains("date: 2026-04-12\nevent_date: 2026-04-10\nsource:"), text)
        XCTAssertEqual(SummaryDocument(brief: brief, generated: SummaryWriter.generated(for: brief)).eventDate, brief.eventDate)
        XCTAssertEqual(doc.source, "TASS")
        XCTAssertEqual(doc.sourceFile, "articles/tass-0412.txt")
        XCTAssertEqual(doc.actors, ["Sergey Lavrov", "Hakan Fidan"])
        XCTAssertEqual(doc.topics, ["agriculture", "trade"])
        XCTAssertEqual(doc.places, ["Ankara"])
        XCTAssertEqual(doc.quotes, brief.quotes)
        XCTAssertFalse(doc.isEdited)
        for section in ["## Summary", "## Key points", "## Quotes", "## Source text", "### Grain"] {
            XCTAssertTrue(doc.body.contains("\n\(section)\n") || doc.body.hasPrefix("\(section)\n"), section)
        }
        XCTAssertTrue(doc.body.contains("Sergey Lavrov met Hakan Fidan in Ankara on Friday. [¶1](#p1)"))
        XCTAssertTrue(doc.body.contains("- **agriculture:** Grain exports rose by 12% in March. [¶3](#p3)"))
        XCTAssertTrue(doc.body.contains("> — _speaker unknown_ [¶3](#p3)"))
        XCTAssertTrue(text.contains("warnings: [\"quote without a speaker\"]"))
    }

    func testSameBriefGivesSameBytes() {
        XCTAssertEqual(SummaryWriter.markdown(for: brief), SummaryWriter.markdown(for: brief))
    }

    func testAnyEditIsDetected() throws {
        let text = SummaryWriter.markdown(for: brief)
        for edit in [text.replacingOccurrences(of: "Friday", with: "Thursday"),
                     text.replacingOccurrences(of: "source: \"TASS\"", with: "source: \"RIA\""),
                     text + "\nAnalyst: see also the Reuters piece.\n"] {
            XCTAssertTrue(try SummaryReader.read(edit, file: "s.md").isEdited)
        }
    }

    func testUndatedAndSourcelessAreNull() throws {
        let text = SummaryWriter.markdown(for: Brief(sourceFile: "articles/a.txt", title: "T", date: nil))
        XCTAssertTrue(text.contains("\nevent_date: null\n"), text)
        XCTAssertNil(try SummaryReader.read(text, file: "s.md").eventDate)
        XCTAssertTrue(text.contains("\ndate: null\n"))
        XCTAssertTrue(text.contains("\nsource: null\n"))
        let doc = try SummaryReader.read(text, file: "s.md")
        XCTAssertNil(doc.date)
        XCTAssertNil(doc.source)
    }

    func testHostileStringsRoundTripThroughYAML() throws {
        for title in ["null", "yes", "- dash", "#hash", "a: b", "quote \" and \\ backslash", "line\nbreak", "'single'",
                      "{not: a map}", "[x]", "emoji 🇷🇺 and RTL مرحبا", "\u{7}bell", "   padded   "] {
            let text = SummaryWriter.markdown(for: Brief(sourceFile: "articles/a.txt", title: title, date: nil, actors: [title]))
            let doc = try SummaryReader.read(text, file: "s.md")
            XCTAssertEqual(doc.title, title)
            XCTAssertEqual(doc.actors, [title])
        }
    }

    func testInvisibleTitleBecomesUntitled() throws {
        for title in ["", "   ", "\u{FEFF}", "\u{200B}\u{0}", "\u{064B}"] {
            let doc = try SummaryReader.read(SummaryWriter.markdown(for: Brief(sourceFile: "a.txt", title: title, date: nil)), file: "s.md")
            XCTAssertEqual(doc.title, "Untitled")
        }
        XCTAssertEqual(SummaryWriter.title("🇷🇺"), "🇷🇺")
        XCTAssertEqual(SummaryWriter.title("مرحبا"), "مرحبا")
    }

    func testArticleTextCannotBecomeMarkup() {
        XCTAssertEqual(MarkdownText.escape("# not a heading"), "\\# not a heading")
        XCTAssertEqual(MarkdownText.escape("1. not a list"), "1\\. not a list")
        XCTAssertEqual(MarkdownText.escape("- not a bullet"), "\\- not a bullet")
        XCTAssertEqual(MarkdownText.escape("> not a quote"), "\\> not a quote")
        XCTAssertEqual(MarkdownText.escape("<script>x</script> [a](javascript:x) *b* _c_ `d` & ~~e~~ |f|"),
                       "\\<script\\>x\\</script\\> \\[a\\](javascript:x) \\*b\\* \\_c\\_ \\`d\\` \\& \\~\\~e\\~\\~ \\|f\\|")
        XCTAssertEqual(MarkdownText.escape("2025 was a record year."), "2025 was a record year.")
        XCTAssertEqual(MarkdownText.escape(">\u{591}A"), "\\>\u{591}A", "a combining mark does not hide markup")
        XCTAssertEqual(MarkdownText.escape("#\u{301} x"), "\\#\u{301} x")
        XCTAssertEqual(MarkdownText.escape("1.\u{301} x"), "1\\.\u{301} x")
        XCTAssertEqual(MarkdownText.oneLine("a\n b\t\tc "), "a b c")
        for clean in ["", "a b c", "Пекин и Москва", "“quoted” — dash"] { XCTAssertEqual(MarkdownText.oneLine(clean), clean) }
        for (messy, tidy) in [(" a", "a"), ("a ", "a"), ("a  b", "a b"), ("a\u{00A0}b", "a b"), ("a\u{2028}b", "a b"), ("a\u{85}b", "a b")] {
            XCTAssertEqual(MarkdownText.oneLine(messy), tidy, messy.debugDescription)
        }
    }
}
