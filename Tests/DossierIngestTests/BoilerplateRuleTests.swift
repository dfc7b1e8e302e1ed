import Foundation
import XCTest
@testable import DossierIngest
@testable import DossierModel

/// The boilerplate rules' byte paths against the code they stand in for, kept here as it was.
final class BoilerplateRuleTests: XCTestCase {
    /// Units of every kind the rules look at, and the same lowercased and collapsed.
    static let texts: [String] = {
        let base = FastPathTests.samples + [
            "share, print / email", ",,share//x ,", "a\r\n,b", "1,2/3 4", "/", " \u{301}share, x", "share ,\u{301} print",
            "•/·, |", "e-mail,,copy link", "x\u{0}/y", "share 3 print", "Share Print", "twitter\u{A0}facebook",
            "advertisement", "Story continues below", "ad ad ad ad ad", "ad ad ad ad ad ad", "ads: 2 loading",
            "ad’ad’ad’ad’ad’ad", "ad’ad’ad’ad’ad",
            "loading…", "scroll to continue reading", "advertisement\r\ncontent", "“share” print", "share — print", "print ’", "«share»",
            "http://x.com", "“https://x.com”", "www.x HTTP://y", "\u{212A}http://x", "advertisemént", "реклама ad",
            "Ad-vert", "ADVERTISEMENT ", "advertisement x", "x advertisement", "home » world", "news > politics",
            "a/b", "left › right", "news | sport", "plain prose without separators at all in it",
            "© 2025", " © x", "©", "c\u{301}opyright", "\u{A9}\u{301} 2025", "“©”", "(c) 2025",
            "MiXeD CaSe ÀB ü 12345678 ABCDEFGH abcdefgh ZZZZZZZZ", "@[`{AZaz", "ÉCOLE Москва ÅÄÖ",
        ]
        return base + base.map { Text.collapse(ByteScan.lowercased($0)) }
    }()

    func testAdvertRuleMatchesTheTokenList() {
        func reference(_ u: Boilerplate.Lowered) -> Bool {
            let words = Text.tokens(u.s)
            return !words.isEmpty && words.count <= 5 && words.allSatisfy(Boilerplate.adVocabulary.contains)
        }
        for text in Self.texts {
            let u = Boilerplate.Lowered(text)
            XCTAssertEqual(Boilerplate.isAdvertOrLoading(u), reference(u), text.debugDescription)
        }
    }

    func testNavigationRuleMatchesTheCharacterSplit() {
        func reference(_ u: Boilerplate.Lowered) -> Bool {
            guard u.hasAtMost(words: 8) else { return false }
            if Boilerplate.navigationWords.contains(u.s) { return true }
            let words = u.s.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "/" })
            return !words.isEmpty && words.allSatisfy { Boilerplate.navigationWords.contains(String($0)) || Int($0) != nil }
        }
        for text in Self.texts {
            let u = Boilerplate.Lowered(text)
            XCTAssertEqual(Boilerplate.isNavigation(u), reference(u), text.debugDescription)
        }
    }

    func testPartsAreTheCharacterSplit() {
        var read = 0
        for text in Self.texts {
            var parts: [String] = []
            let any = Scan.allParts(text, readable: Scan.allSimple, isSeparator: { $0 == 0x20 || $0 == 0x2C || $0 == 0x2F }) { part in
                parts.append(String(decoding: part, as: UTF8.self))
                return true
            }
            guard let any else { continue }
            read += 1
            let split = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "/" }).map { Array($0.unicodeScalars) }
            XCTAssertEqual(parts.map { Array($0.unicodeScalars) }, split, text.debugDescription)
            XCTAssertEqual(any, !split.isEmpty, text.debugDescription)
        }
        XCTAssertGreaterThan(read, Self.texts.count / 2)
        XCTAssertNil(Scan.allParts("e\u{301} x", readable: Scan.allSimple, isSeparator: { $0 == 0x20 }) { _ in true })
    }

    /// `isLinksOnly` says no at once to a unit opening with a non-ASCII byte: no scalar beyond ASCII
    /// lowercases to text whose first character is (canonically equal to) "h", "w", "p" or "t".
    func testNoScalarBeyondASCIIOpensAURL() {
        let urlFirsts: [Character] = ["h", "w", "p", "t"]
        for v in UInt32(0x80)...0x10FFFF {
            guard let scalar = Unicode.Scalar(v), let first = String(scalar).lowercased().first else { continue }
            if urlFirsts.contains(first) { XCTFail(String(format: "U+%04X", v)) }
        }
        for text in Self.texts {
            let words = text.split(separator: " ")
            XCTAssertEqual(Boilerplate.isLinksOnly(Boilerplate.Lowered(text)), !words.isEmpty && words.allSatisfy(Boilerplate.isURL),
                           text.debugDescription)
        }
    }

    func testBreadcrumbBytesAndCopyrightSign() {
        for text in Self.texts {
            XCTAssertEqual(Scan.hasBreadcrumbByte(text),
                           text.utf8.contains(where: { $0 == 0x3E || $0 == 0x2F || $0 == 0x7C || $0 == 0xBB || $0 == 0xBA }),
                           text.debugDescription)
            XCTAssertEqual(Boilerplate.opensWithCopyrightSign(text), text.hasPrefix("©"), text.debugDescription)
        }
    }

    /// The needle scan reads pairs as written; for text read lowered its table must hold exactly
    /// the pairs whose lowered bytes open a needle (or whose first lowered byte is one).
    func testFoldedPairsAreThePairsReadLowered() {
        let sets = [["http", "www.", "pic.twitter", "@", "subscribe", "newsletter", "©", "read more", "sign up"],
                    ["@", "©", "http", "a", "Zx", "x1", "xy"], ["comment", "cookie policy"]]
        for needles in sets {
            let set = NeedleSet(needles)
            func has(_ table: [UInt64], _ pair: Int) -> Bool { table[pair >> 6] & (1 << UInt64(pair & 63)) != 0 }
            for pair in 0..<65536 {
                let lowered = Int(ASCIILowered.read(UInt8(pair >> 8))) << 8 | Int(ASCIILowered.read(UInt8(pair & 0xFF)))
                XCTAssertEqual(has(set.foldedPairs, pair), has(set.pairs, lowered), "\(needles) \(pair)")
            }
        }
    }
}
