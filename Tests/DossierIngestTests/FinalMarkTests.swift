import XCTest
@testable import DossierIngest

/// `Text.asciiFinalMark` reads a text's final mark from its last byte, which the subhead and headline
/// checks ask first and `Text.finalMark` of a `String` answers with; it must be the general
/// `finalMark` (of any `StringProtocol`, here a `Substring`) whenever it answers.
final class FinalMarkTests: XCTestCase {
    func testLastByteMarkIsTheFinalMark() {
        var texts = FastPathTests.samples + ["", ".", "a.", "a\u{600}.", "\u{600}.", "a\u{301}.", "é.", "a\r\n", "a\r", "a\n", "x.\u{301}",
                                             "“x.”", "x )", "x)", "x]", "x'", "x\"", "x ", "x\t", "x?", "x!", "x:", "x…", "x\u{1F}", "x\u{7F}",
                                             "a\u{200D}.", "👍.", "x\u{FE0F}", "Trade talks", "What next?", "1.5", "Ж.", "\r\n."]
        for mark in (0x21...0x7E).map({ String(UnicodeScalar(UInt8($0))) }) {
            texts += [mark, "x" + mark, "é" + mark, "x\u{301}" + mark, "\u{600}" + mark, mark + "\u{301}", "\r" + mark, " " + mark]
        }
        var read = 0
        for text in texts {
            XCTAssertEqual(Text.finalMark(text), Text.finalMark(text[...]), text.debugDescription)
            guard let mark = Text.asciiFinalMark(text) else { continue }
            XCTAssertEqual(Text.finalMark(text[...]), Character(UnicodeScalar(mark)), text.debugDescription)
            read += 1
        }
        XCTAssertGreaterThan(read, texts.count / 3)
    }
}
