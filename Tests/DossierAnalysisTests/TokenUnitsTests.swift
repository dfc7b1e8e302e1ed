import XCTest
@testable import DossierAnalysis

/// `ASCIIUnits.string` writes a token's bytes straight into the string; it must be the string
/// `String(decoding:)` makes of them, short (small strings) and long.
final class TokenUnitsTests: XCTestCase {
    func testASCIIStringsAreTheDecodedBytes() {
        let texts = ["", "a", "Xi", "U.S.", "fifteen-bytes!!", "sixteen-bytes!!!", "Kassym-Jomart Tokayev said on Tuesday",
                     "CHINA'S It's x's 'S ABCDEFGHIJKL'S. Nov. ZAYED'S. [@`{ Az", "aZ'S.",
                     "\t\n!~ \u{7F}\u{1}", String(repeating: "ab", count: 40)]
        for text in texts {
            let bytes = Array(text.utf8)
            bytes.withUnsafeBufferPointer { b in
                for smallStrings in [false, true] {
                    let units = ASCIIUnits(bytes: b, characters: Tokenizer.asciiCharacters, smallStrings: smallStrings)
                    for start in 0...b.count {
                        for end in start...b.count {
                            let name = "\(text.debugDescription) \(start)..<\(end) \(smallStrings)"
                            XCTAssertEqual(Array(units.string(start..<end).utf8), Array(b[start..<end]), name)
                            let word = units.word(start..<end)
                            XCTAssertEqual(Array(word.text.utf8), Array(b[start..<end]), name)
                            XCTAssertEqual(Array(word.key.utf8), Array(Tokenizer.key(of: word.text).utf8), name)
                            XCTAssertEqual(word.keyHash, KeyHash.ascii(word.key), name)
                            XCTAssertEqual(Array(units.lowercased(start..<end).utf8), Array(word.text.lowercased().utf8), name)
                        }
                    }
                }
            }
        }
    }

    /// Tokens of random ASCII text (short and long words, capitals, possessives, abbreviations,
    /// initials, figures) from the byte path are those of the character path, key hashes included.
    func testASCIITokensOfRandomTextAreTheCharacterTokens() {
        let pieces = ["the", "The", "THE", "China's", "CHINA'S", "U.S.", "u.s.", "Nov.", "Mr.", "J.", "x.", "3.5", "1,000", "O'Neill",
                      "Kassym-Jomart", "internationalisation", "INTERNATIONALISATIONS", "Internationalisation's", "fifteen-letters",
                      "abcdefghijklmno", "Abcdefghijklmnop.", "e.g.", "A1B2", "SCO", "it's", "'s", "'", "\"", ".", ",", "-", "(", ")",
                      "?", "!", "@", "~", "\t", "\n", " ", "  ", "Zz", "aZ", "[", "`", "{"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<1500 {
            let count = Int.random(in: 0...24, using: &generator)
            let s = (0..<count).map { _ in pieces.randomElement(using: &generator)! }
                .joined(separator: Bool.random(using: &generator) ? " " : "")
            guard Tokenizer.isPlainASCII(s) else { continue }
            let fast = Tokenizer.asciiTokens(s)
            assertSameTokens(fast, Tokenizer.tokens(Array(s)), in: s)
            for a in fast { XCTAssertEqual(a.keyHash, KeyHash.ascii(a.key), "\(s): \(a.text)") }
        }
    }
}
