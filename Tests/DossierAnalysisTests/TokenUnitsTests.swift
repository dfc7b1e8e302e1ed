import XCTest
@testable import DossierAnalysis

/// `ASCIIUnits.string` writes a token's bytes straight into the string; it must be the string
/// `String(decoding:)` makes of them, short (small strings) and long.
final class TokenUnitsTests: XCTestCase {
    func testASCIIStringsAreTheDecodedBytes() {
        let texts = ["", "a", "Xi", "U.S.", "fifteen-bytes!!", "sixteen-bytes!!!", "Kassym-Jomart Tokayev said on Tuesday",
                     "\t\n!~ \u{7F}\u{1}", String(repeating: "ab", count: 40)]
        for text in texts {
            let bytes = Array(text.utf8)
            bytes.withUnsafeBufferPointer { b in
                let units = ASCIIUnits(bytes: b, characters: Tokenizer.asciiCharacters)
                for start in 0...b.count {
                    for end in start...b.count {
                        XCTAssertEqual(Array(units.string(start..<end).utf8), Array(b[start..<end]), "\(text.debugDescription) \(start)..<\(end)")
                    }
                }
            }
        }
    }
}
