import XCTest
@testable import DossierIngest

/// `Scan.asciiKey` writes eight bytes at once where `Scan.keyWord` can; the key must be the text's
/// runs of ASCII letters and digits, lowercased, joined by single spaces, wherever in an eight-byte
/// word a letter, a digit or another byte stands.
final class KeyWordTests: XCTestCase {
    /// Bytes at and around the edges of the letter and digit ranges, white space, punctuation, and
    /// characters beyond ASCII (whose bytes end tokens).
    static let pieces = ["a", "z", "A", "Z", "0", "9", "m", " ", "  ", ",", "@", "[", "`", "{", "/", ":", "\u{7F}", "\t", "\u{0}",
                         "é", "—", "Ж", "\u{301}", "\u{212A}", "q", "Q", "5", "ab", "XY", "12"]

    func testKeysAreTheTokensJoined() {
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        var texts: [String] = []
        for _ in 0..<20000 {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            let count = Int(seed >> 59) + Int(seed >> 33 & 15)  // 0 to 46 pieces
            var text = ""
            var state = seed
            for _ in 0..<count {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                // Mostly letters, so that runs long enough to fill a word come up.
                let pick = Int(state >> 58)
                text += pick < Self.pieces.count ? Self.pieces[pick] : ["a", "B", "c", "7"][pick & 3]
            }
            texts.append(text)
        }
        for separator in [" ", ",", "—", ", "] {
            for at in 0..<17 {
                let base = "Abcdefghijklmnopqrstuvwxyz0123456789"
                texts += [String(base.prefix(at)) + separator + String(base.dropFirst(at)), separator + base, base + separator]
            }
        }
        var fast = 0
        for text in texts {
            XCTAssertEqual(Scan.asciiKey(text), Scan.asciiTokens(text).joined(separator: " "), text.debugDescription)
            if text.utf8.count >= 8, Scan.keyWord(Array(text.utf8.prefix(8)).withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) },
                                                   inToken: false) != nil {
                fast += 1
            }
        }
        XCTAssertGreaterThan(fast, texts.count / 20)
    }
}
