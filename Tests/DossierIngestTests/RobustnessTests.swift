import DossierModel
import XCTest
@testable import DossierIngest

/// Odd inputs: the stage must never crash and must say when it found nothing.
final class RobustnessTests: XCTestCase {
    private let noParagraphs = Diagnostic.warning("articles/test.txt", "no paragraphs found")

    func testEmptyText() {
        let article = ingest("")
        XCTAssertEqual(article.blocks, [])
        XCTAssertNil(article.headline)
        XCTAssertEqual(article.diagnostics, [noParagraphs])
    }

    func testWhitespaceOnly() {
        let article = ingest("  \n\t\n \r\n\u{00A0}\u{200B}\n")
        XCTAssertEqual(article.blocks, [])
        XCTAssertEqual(article.diagnostics, [noParagraphs])
    }

    func testHugeSingleLine() {
        let text = String(repeating: "wordy ", count: 34_000) + "end."
        XCTAssertGreaterThan(text.utf8.count, 200_000)
        let article = ingest(text)
        XCTAssertNil(article.headline)
        XCTAssertEqual(article.paragraphs.count, 1)
        XCTAssertEqual(article.paragraphs.first?.count, text.count)
    }

    func testLongUnbrokenLine() {
        let text = String(repeating: "x", count: 10_000)
        XCTAssertEqual(ingest(text).paragraphs, [text])
    }

    func testAllCaps() {
        let article = ingest("TRADE TALKS END IN DEADLOCK\n\nTHE TALKS ENDED ON FRIDAY WITH NO DEAL.")
        XCTAssertEqual(article.headline, "TRADE TALKS END IN DEADLOCK")
        XCTAssertEqual(article.blocks, [p("THE TALKS ENDED ON FRIDAY WITH NO DEAL.")])
    }

    func testListOfLinksOnly() {
        let article = ingest("https://a.example/1\nhttps://b.example/2\nwww.c.example/3")
        XCTAssertEqual(article.blocks, [])
        XCTAssertEqual(article.diagnostics, [noParagraphs])
    }

    func testRightToLeftAndCombiningCharacters() {
        let arabic = "وقّع الوزيران اتفاقية جديدة للتجارة."
        let article = ingest(arabic + "\n\n" + "Cafe\u{0301} owners welcomed it.")
        XCTAssertEqual(article.blocks, [p(arabic.precomposedStringWithCanonicalMapping), p("Café owners welcomed it.")])
    }

    func testEmojiOnlyLinesAreNotParagraphs() {
        let article = ingest("🚀🚀🚀\n\nThe launch went well. 🎉")
        XCTAssertEqual(article.blocks, [p("The launch went well. 🎉")])
    }

    func testControlCharacterSoup() {
        let text = String(String.UnicodeScalarView((0..<500).compactMap { Unicode.Scalar(UInt32($0 % 32)) }))
        XCTAssertEqual(ingest(text).diagnostics, [noParagraphs])
    }

    func testManyWrappedLinesInOneBlock() {
        let text = String(repeating: "a line of hard-wrapped copy that runs on and on without a stop\n", count: 20_000)
        XCTAssertEqual(ingest(text).paragraphs.count, 1)
    }

    func testTweetLinkAfterThousandsOfRepeatedSentences() {
        let text = String(repeating: "The same sentence comes again. ", count: 5_000) + "https://t.co/abc — Desk (@desk) May 1, 2025"
        XCTAssertEqual(ingest(text).paragraphs.count, 1)
    }

    func testManyParagraphsWithRepeats() {
        let paragraphs = (0..<3000).map { "Paragraph number \($0 % 1500) says something new." }
        XCTAssertEqual(ingest(paragraphs.joined(separator: "\n\n")).paragraphs.count, 1500)
    }
}
