import Foundation
import XCTest
@testable import DossierIngest
import DossierModel

/// The byte-level fast paths must answer exactly as the character and Foundation code they replace.
final class FastPathTests: XCTestCase {
    /// Texts covering ASCII, curly quotes and dashes, Latin letters, other scripts, combining marks,
    /// CR LF, odd spaces and the characters whose canonical form is ASCII.
    static let samples = [
        "", " ", "Advertisement", "  Share   this\tarticle ", "Read more: https://t.co/x pic.twitter.com/y",
        "“We are ready,” he said — and left.", "Reklam yükleniyor...", "Реклама загрузка", "cafe\u{301} x",
        "co\u{301}mments are closed", "line\r\nbreak", "a\u{A0}b\u{85}c", "x \u{301}y", "\u{212A}elvin \u{37E} \u{1FEF}",
        "comments”", "© 2025 Example", "all rights reserved\u{301}", "广告", "إعلان", "👍🏽 thumbs up", "e\u{200D}x",
        "Nobody should doubt the strength of our ties, the minister said on Tuesday in Beijing.",
        "(Reporting by Jane Doe; Editing by John Roe)", "1/3", "***", "Home » World » Asia",
        "a b c d e f g é", "ab\u{E9}cd ef gh ij kl mn", "İstanbul ĞÜŞ", "Straße ﬁnal", "x²³ ½ ¹",
        "Читайте также: Путин и «Си» — 18 ноября", "Ёлка\u{A0}ёж  Ї", "Москва\u{483} титло", "ПОДПИШИТЕСЬ на канал",
    ]

    func testWordCountsMatchCharacterCounting() {
        func slow(_ s: String, _ limit: Int) -> Bool {
            var count = 0, inWord = false
            for c in s {
                if c.isWhitespace { inWord = false } else if !inWord { inWord = true; count += 1; if count > limit { return false } }
            }
            return true
        }
        for s in Self.samples {
            for limit in 0...12 {
                XCTAssertEqual(Text.hasAtMost(words: limit, s), slow(s, limit), "\(limit) words: \(s.debugDescription)")
            }
            let lowered = Boilerplate.Lowered(s)
            XCTAssertEqual(lowered.words, Text.characterWords(s, cap: 41), s.debugDescription)
        }
    }

    func testKeyComparisonMatchesBuiltKeys() {
        let texts = Self.samples + [
            "Talks open in Beijing", "talks  open, in BEIJING!", "Talks open in Beijing today", "Talks open in", "talks-open in beijing",
            "“Talks” open in Beijing…", "Talks open in Bei jing", "!!!", "\u{212A}elvin", "kelvin", "k", "K", "a1 b2", "A1B2", " a1 b2 ",
        ]
        for s in texts {
            for t in texts {
                let key = Text.key(t)
                XCTAssertEqual(Text.hasKey(s, key), Text.key(s) == key, "\(s.debugDescription) / \(t.debugDescription)")
            }
        }
    }

    func testASCIIOrPunctuationMatchesScalars() {
        let base = "abcdefghijklmnopqrstuvwx"
        var texts = Self.samples
        for odd in ["\u{A0}", "«", "—", "…", "é", "\u{2028}", "\u{205F}", "\u{2030}", "Ж", "\u{301}"] {
            for at in 0...17 { texts.append(String(base.prefix(at)) + odd + String(base.dropFirst(at))) }
        }
        for s in texts {
            let slow = s.unicodeScalars.allSatisfy { c in
                c.isASCII || [0xA0, 0xAB, 0xBB].contains(c.value) || (0x2010...0x2027).contains(c.value) || (0x2030...0x205E).contains(c.value)
            }
            XCTAssertEqual(Scan.isASCIIOrPunctuation(s), slow, s.debugDescription)
        }
    }

    func testStartsCapitalizedMatchesCharacters() {
        let texts = Self.samples + ["a", "A", "1", "(a", "(A", "“Beijing", "'a", "a\u{301}", "A\u{301}", "Éa", "\r\nA", "- 3 x", "-- b",
                                    "((((((((z", "\u{301}A", "(\u{301}a", "ǅ", "x²", "²x", "_A", "#a", " \t Z", "…", "", "ab\u{308}", "q"]
        for s in texts {
            let slow = s.first(where: { $0.isLetter || $0.isNumber }).map { $0.isNumber || $0.isUppercase || !$0.isCased } ?? false
            XCTAssertEqual(Text.startsCapitalized(s), slow, s.debugDescription)
            XCTAssertEqual(Text.startsCapitalized(s.dropFirst()), s.dropFirst().first(where: { $0.isLetter || $0.isNumber })
                .map { $0.isNumber || $0.isUppercase || !$0.isCased } ?? false, s.debugDescription)
        }
    }

    func testCollapseTokensAndKeysMatchCharacterVersions() {
        for s in Self.samples + ["already collapsed", " lead", "trail ", "two  spaces", "tab\tx", "x\u{A0}y", "é è", "a\u{85}", "\u{A0}",
                                 "“a b” c-d e\u{301}f g\u{301} h ¹2 3² i\u{200D}j k", "ab\u{E9}cd ef\u{0308}gh i j k l m n o",
                                 "x\u{2063}y z\u{FE0F} w", "one two three four five six seven", "a b c d e\u{301} f",
                                 "“Quoted,” she said — «Très» ‘x’ … a\u{A0}b ‰ ′ ‹ ›", "“ABC” D–E", "a\u{2028}b", "a\u{200D}b",
                                 "“a\u{301}” b", "x\u{2027}y\u{2030}z\u{205E}w\u{205F}v", "“\u{212A}elvin”", "\u{AB}\u{BB}\u{A0}"] {
            XCTAssertEqual(Text.collapse(s), s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " "), s.debugDescription)
            var slowTokens: [String] = [], current = ""
            for c in s.lowercased() {
                if c.isLetter || c.isNumber { current.append(c) } else if !current.isEmpty { slowTokens.append(current); current = "" }
            }
            if !current.isEmpty { slowTokens.append(current) }
            XCTAssertEqual(Text.tokens(s), slowTokens, s.debugDescription)
            XCTAssertEqual(Text.key(s), slowTokens.joined(separator: " "), s.debugDescription)
            let separate = Scan.separateASCIITokens(s, cap: 6)
            XCTAssertLessThanOrEqual(separate, min(6, slowTokens.count), s.debugDescription)
            if Scan.isASCII(s) { XCTAssertEqual(separate, min(6, slowTokens.count), s.debugDescription) }
        }
    }

    func testLowercasedIsTheStandardLibrarysLowercased() {
        for s in Self.samples + ["ABC xyz 123 @[`{", "MiXeD Case", "already lower", "İSTANBUL", "\u{212A}ELVIN", "ÀB\u{301}C", "Ω ΣΑ"] {
            XCTAssertEqual(ByteScan.lowercased(s), s.lowercased(), s.debugDescription)
            XCTAssertEqual(Array(ByteScan.lowercased(s).utf8), Array(s.lowercased().utf8), s.debugDescription)
        }
        // Every scalar the table covers, alone and between upper- and lowercase ASCII.
        for v in UInt32(0)..<UInt32(ByteScan.keepsCase.count) {
            guard let scalar = Unicode.Scalar(v) else { continue }
            for s in [String(scalar), "A\(scalar)b", "x\(scalar)\(scalar)Y \(scalar)"] {
                XCTAssertEqual(Array(ByteScan.lowercased(s).utf8), Array(s.lowercased().utf8), s.debugDescription)
            }
        }
    }

    /// The one-pass lowering of a unit is the lowercasing, the collapsing and the word count done
    /// one after the other, on the samples and on mixed text of ASCII, spaces, characters that
    /// keep their case and some that do not (for which it must give up).
    func testLoweredInOnePassIsLoweredThenCollapsedThenCounted() {
        let pieces = ["A", "b", "Z", "z", "@", "[", "`", "{", "1", " ", "  ", "\t", "\r\n", "\n", "\u{85}", "\u{A0}", "’", "“",
                      "—", "é", "ß", "É", "Ж", "ж", "\u{301}", "€", "x\u{2028}y", "\u{212A}", "\u{37E}", "Ω", "ω", "\u{2030}"]
        var texts = Self.samples + ["already lower", "", " ", "ab", "  a  ", "A", "é É", "a\u{A0}", "\u{85}x",
                                    "ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefghijklmnopqrstuvwxyz", "Mixed Case Words Here And There Too",
                                    "@[`{AZaz}]@[`{ZA", "ÉCOLE ÀB CD EFGHIJ KLMNOP É", "QWERTYUé IOPASDFGH ЖJKL", "0123456789:;<=>?@ABCDEFG"]
        // The same mixed texts every run (a multiplicative hash of text and position picks each piece).
        func pick(_ k: Int, _ j: Int) -> Int { Int((UInt64(k) &* 0x9E37_79B9_7F4A_7C15 ^ UInt64(j) &* 0xC2B2_AE3D_27D4_EB4F) >> 33) }
        for k in 0..<6000 {
            texts.append((0..<(pick(k, 99) % 41)).map { pieces[pick(k, $0) % pieces.count] }.joined())
        }
        var fast = 0
        for text in texts {
            let expected = Text.collapse(ByteScan.lowercased(text))
            let words = Scan.words(expected, cap: 41) ?? Text.characterWords(expected, cap: 41)
            let u = Boilerplate.Lowered.of(unit: text)
            XCTAssertEqual(Array(u.s.utf8), Array(expected.utf8), text.debugDescription)
            XCTAssertEqual(u.words, words, text.debugDescription)
            guard let one = Scan.lowercasedCollapsed(text, cap: 41) else {
                XCTAssertTrue(text.unicodeScalars.contains { v in
                    v.value >= 0x80 && !(Scan.isSimple(v.value) && ByteScan.keepsCase[Int(v.value)])
                }, text.debugDescription)
                continue
            }
            fast += 1
            XCTAssertEqual(Array(one.text.utf8), Array(expected.utf8), text.debugDescription)
            XCTAssertEqual(one.words, words, text.debugDescription)
            for cap in [1, 2, 3] {
                XCTAssertEqual(Scan.lowercasedCollapsed(text, cap: cap)?.words, min(words, cap), text.debugDescription)
            }
        }
        XCTAssertGreaterThan(fast, 500, "the fast path is taken often enough to be tested")
    }

    /// The eight-byte tests say of a word what its bytes, one by one, say: every byte value at
    /// every position, among neighbours below, at and above the limits, and random words.
    func testWordTestsAreTheByteTests() {
        func bytes(_ word: UInt64) -> [UInt8] { (0..<8).map { UInt8(truncatingIfNeeded: word >> (8 * UInt64($0))) } }
        var words: [UInt64] = []
        for fill in [UInt8(0x00), 0x01, 0x0D, 0x1F, 0x20, 0x21, 0x41, 0x7E, 0x7F, 0x80, 0x81, 0xA0, 0xFF] {
            for position in 0..<8 {
                for value in 0...255 {
                    var b = [UInt8](repeating: fill, count: 8)
                    b[position] = UInt8(value)
                    words.append(b.enumerated().reduce(0) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) })
                }
            }
        }
        var generator = SystemRandomNumberGenerator()
        words += (0..<20_000).map { _ in generator.next() }
        for word in words {
            let b = bytes(word)
            for limit in [UInt8(1), 0x0E, 0x20, 0x21, 0x7F, 0x80] {
                XCTAssertEqual(ByteScan.hasByte(below: limit, in: word), b.contains { $0 < limit }, "\(word) < \(limit)")
            }
            for byte in [UInt8(0x00), 0x0D, 0x7F, 0x20, 0xFF] {
                XCTAssertEqual(ByteScan.hasByte(byte, in: word), b.contains(byte), "\(word) ∋ \(byte)")
            }
            XCTAssertEqual(ByteScan.hasNonASCII(word), b.contains { $0 >= 0x80 }, "\(word)")
            // The per-byte masks of ASCII words, and the runs of non-spaces they start.
            let ascii = word & ~0x8080_8080_8080_8080, a = bytes(ascii)
            func bits(_ test: (UInt8) -> Bool) -> UInt64 {
                a.enumerated().reduce(0) { test($1.element) ? $0 | 0x80 << (8 * UInt64($1.offset)) : $0 }
            }
            XCTAssertEqual(ByteScan.spaceBits(ascii), bits { $0 == 0x20 }, "\(ascii)")
            XCTAssertEqual(ByteScan.upperBits(ascii), bits { (0x41...0x5A).contains($0) }, "\(ascii)")
            for inRun in [false, true] {
                var count = 0, run = inRun
                for c in a {
                    if c == 0x20 { run = false } else if !run { run = true; count += 1 }
                }
                let answer = ByteScan.runStarts(ascii, inRun: inRun)
                XCTAssertEqual(answer.count, count, "\(ascii)")
                XCTAssertEqual(answer.endsInRun, run, "\(ascii)")
            }
        }
    }

    /// `ByteScan.contains(anyOf:in:)` answers as a byte-by-byte search, with the sought byte at
    /// every position of texts of every length around the eight-byte steps, and on none.
    func testContainsAnyOfIsTheByteSearch() {
        let sought: [UInt8] = [0x2F, 0x40, 0xBB]
        for length in 0...25 {
            for position in -1..<length {
                for byte in sought + [0x2E, 0xBA] {
                    var b = [UInt8](repeating: UInt8(ascii: "a"), count: length)
                    if position >= 0 { b[position] = byte }
                    let text = String(decoding: b, as: UTF8.self)
                    XCTAssertEqual(ByteScan.contains(anyOf: sought, in: text), Array(text.utf8).contains(where: sought.contains),
                                   "\(b) at \(position)")
                }
            }
        }
        XCTAssertTrue(ByteScan.contains(anyOf: Scan.breadcrumbBytes, in: "Home » World"))
        XCTAssertFalse(ByteScan.contains(anyOf: Scan.breadcrumbBytes, in: "Home and World, a long line"))
    }

    /// The binary and UTF-16 checks, eight bytes at a time, answer as the byte-by-byte counts
    /// they replace, on random bytes of several mixes and lengths (around 8, 4096 and 65536).
    func testDecodeChecksAreTheByteCounts() {
        func looksBinary(_ bytes: [UInt8]) -> Bool {
            let sample = bytes.prefix(65_536)
            let nuls = sample.filter { $0 == 0 }.count
            let controls = sample.filter { ($0 < 0x20 && ![0x00, 0x09, 0x0A, 0x0C, 0x0D, 0x1B].contains($0)) || $0 == 0x7F }.count
            return controls * 10 > sample.count || nuls * 10 > sample.count * 3
        }
        func utf16Order(_ bytes: [UInt8]) -> (bigEndian: Bool, bomLength: Int)? {
            if bytes.starts(with: [0xFF, 0xFE]) { return (false, 2) }
            if bytes.starts(with: [0xFE, 0xFF]) { return (true, 2) }
            let sample = Array(bytes.prefix(4096))
            guard sample.count >= 8 else { return nil }
            let evenZeros = stride(from: 0, to: sample.count, by: 2).filter { sample[$0] == 0 }.count
            let oddZeros = stride(from: 1, to: sample.count, by: 2).filter { sample[$0] == 0 }.count
            let half = sample.count / 2
            if oddZeros * 10 >= half * 7 && evenZeros * 10 < half { return (false, 0) }
            if evenZeros * 10 >= half * 7 && oddZeros * 10 < half { return (true, 0) }
            return nil
        }
        var generator = SystemRandomNumberGenerator()
        let mixes: [[UInt8]] = [Array(0...255), [0x00], [0x00, 0x41], [0x41, 0x42, 0x0A, 0x00], [0x7F, 0x41, 0x20, 0x0D, 0x1B],
                                [0x01, 0x41, 0x42, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48], [0x09, 0x0C, 0x41], [0xC3, 0xA9, 0x41]]
        var texts: [[UInt8]] = [[], [0], [0xFF, 0xFE, 0x41], [0xFE, 0xFF], Array("plain text\n".utf8)]
        for mix in mixes {
            for count in [1, 7, 8, 9, 15, 16, 17, 100, 4095, 4096, 4097, 5000, 65_535, 65_536, 65_537, 70_000] {
                texts.append((0..<count).map { _ in mix.randomElement(using: &generator)! })
            }
        }
        // UTF-16 of ASCII text, either order, and with a few stray bytes.
        let ascii = Array(String(repeating: "Plain UTF-16 text, 2025. ", count: 300).utf8)
        let le: [UInt8] = ascii.flatMap { [$0, 0] }, be: [UInt8] = ascii.flatMap { [0, $0] }
        let strayNUL: [UInt8] = le.map { $0 == 0x2E ? 0x00 : $0 }, noNUL: [UInt8] = be.map { $0 == 0x00 ? 0x41 : $0 }
        texts += [le, be, Array(le.prefix(9)), Array(be.prefix(8)), strayNUL, noNUL]
        // The UTF-8 scan, passing over ASCII eight bytes at a time, against a scan byte by byte.
        func scanUTF8(_ bytes: [UInt8]) -> (Int?, Bool) {
            var firstInvalid: Int?, hasMultibyte = false, i = 0
            while i < bytes.count {
                let b = bytes[i]
                if b < 0x80 { i += 1; continue }
                let (length, low, high): (Int, UInt8, UInt8) = switch b {
                case 0xC2...0xDF: (2, 0x80, 0xBF)
                case 0xE0: (3, 0xA0, 0xBF)
                case 0xE1...0xEC, 0xEE...0xEF: (3, 0x80, 0xBF)
                case 0xED: (3, 0x80, 0x9F)
                case 0xF0: (4, 0x90, 0xBF)
                case 0xF1...0xF3: (4, 0x80, 0xBF)
                case 0xF4: (4, 0x80, 0x8F)
                default: (0, 0, 0)
                }
                let valid = length > 0 && i + length <= bytes.count && (low...high).contains(bytes[i + 1])
                    && (2..<length).allSatisfy { (0x80...0xBF).contains(bytes[i + $0]) }
                if !valid {
                    if firstInvalid == nil { firstInvalid = i }
                    i += 1
                    continue
                }
                hasMultibyte = true
                i += length
            }
            return (firstInvalid, hasMultibyte)
        }
        let utf8Pieces: [[UInt8]] = [Array("ascii text ".utf8), Array("é".utf8), Array("—".utf8), Array("👍".utf8), [0xFF], [0xC3],
                                     [0xE2, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x80], Array("12345678".utf8)]
        var utf8Texts = texts
        for _ in 0..<3000 {
            utf8Texts.append((0..<Int.random(in: 0...20, using: &generator)).flatMap { _ in utf8Pieces.randomElement(using: &generator)! })
        }
        for text in utf8Texts {
            let scan = Decode.scanUTF8(text), expected = scanUTF8(text)
            XCTAssertEqual(scan.firstInvalid, expected.0, "\(text)")
            XCTAssertEqual(scan.hasMultibyte, expected.1, "\(text)")
        }
        for text in texts {
            XCTAssertEqual(Decode.looksBinary(text), looksBinary(text), "\(text.count) bytes")
            let order = Decode.utf16Order(text), expected = utf16Order(text)
            XCTAssertEqual(order?.bigEndian, expected?.bigEndian, "\(text.count) bytes")
            XCTAssertEqual(order?.bomLength, expected?.bomLength, "\(text.count) bytes")
        }
        XCTAssertEqual(Decode.utf16Order(le)?.bigEndian, false)
        XCTAssertEqual(Decode.utf16Order(be)?.bigEndian, true)
        XCTAssertTrue(Decode.looksBinary(Array(repeating: 0x01, count: 100)))
    }

    /// Teasers and fragments compared over bytes (both keys plain ASCII) are those the spaced
    /// `hasPrefix`/`hasSuffix` find.
    func testPartsOverBytesAreThePartsOfTheStrings() {
        let wholes = ["one two three four five six", "one two three four", "two three four five six", "one two three four five",
                      "one two three fourfive six", "x one two three four", "one two three four x", "a b c d e", "a b c d"]
        for whole in wholes {
            for part in wholes + ["one two three", "three four five six", "two three four five", "b c d e", "a b c d", ""] {
                for atEnd in [true, false] {
                    let plain = Repeats.isPlainASCII(part) && Repeats.isPlainASCII(whole)
                    XCTAssertTrue(plain)
                    XCTAssertEqual(Repeats.isSpan(part, of: whole, atEnd: atEnd, plain: plain),
                                   Repeats.isSpan(part, of: whole, atEnd: atEnd, plain: false), "\(part) / \(whole) \(atEnd)")
                }
            }
        }
        XCTAssertFalse(Repeats.isPlainASCII("caf\u{E9} one two"))
        XCTAssertFalse(Repeats.isPlainASCII("one\r\ntwo three four five"))
        XCTAssertTrue(Repeats.isSpan("one two three four", of: "one two three four five", atEnd: false, plain: true))
        XCTAssertTrue(Repeats.isSpan("two three four five", of: "one two three four five", atEnd: true, plain: true))
    }

    /// The site name is cut exactly when Foundation finds the bar: headlines with and without
    /// one, and with characters that only Foundation can judge.
    func testSiteNameIsCutAsFoundationFindsTheBar() {
        func slow(_ headline: String) -> String {
            guard let bar = headline.range(of: " | ", options: .backwards) else { return headline }
            let title = headline[..<bar.lowerBound], site = headline[bar.upperBound...]
            return Text.hasAtMost(words: 4, site) && !Text.hasAtMost(words: 2, title) ? String(title) : headline
        }
        for headline in Self.samples + ["China and Russia sign a deal | Example News", "A deal | Site", "One two three | a b c d e",
                                        "No bar here at all", "Bar|without spaces and more", "Kelvin \u{212A} | News Site",
                                        "x | y | z w v", "Straße | Zeitung", "Tab\t|\tthere and more", "| leading", "trailing |",
                                        "Mark \u{301}| after", "Ré | su mé", "\u{37E} semicolon | site"] {
            XCTAssertEqual(Headline.withoutSiteName(headline), slow(headline), headline.debugDescription)
        }
    }

    /// The key table keeps exactly the ASCII letters (lowercased) and digits, and ASCII keys
    /// built with it are the tokens joined, on random ASCII text.
    func testASCIIKeysAreTheTokensJoined() {
        for v in 0...255 {
            let b = UInt8(v)
            let expected: UInt8 = (0x41...0x5A).contains(b) ? b | 0x20 : (0x61...0x7A).contains(b) || (0x30...0x39).contains(b) ? b : 0
            XCTAssertEqual(Scan.keyBytes[v], expected, "\(v)")
        }
        var generator = SystemRandomNumberGenerator()
        let pieces = ["A", "z", "Q", "m", "0", "9", " ", "  ", ".", ",", "'", "-", "@", "[", "`", "{", "/", ":", "\t", "\n"]
        for _ in 0..<3000 {
            let text = (0..<Int.random(in: 0...24, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            var slowTokens: [String] = [], current = ""
            for c in text.lowercased() {
                if c.isLetter || c.isNumber { current.append(c) } else if !current.isEmpty { slowTokens.append(current); current = "" }
            }
            if !current.isEmpty { slowTokens.append(current) }
            XCTAssertEqual(Text.key(text), slowTokens.joined(separator: " "), text.debugDescription)
        }
    }

    /// Word counts and collapsing, eight plain bytes at a time, are the character versions' on
    /// random text long enough to cross many eight-byte words (spaces, controls, CR LF, odd spaces
    /// and characters that are not simple among them).
    func testWordsAndCollapseOfLongRandomTextAreTheCharacterVersions() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["word", "A", "z9", " ", "  ", "   ", "\t", "\n", "\r\n", "\u{0B}", "\u{01}", "\u{1F}", "\u{A0}", "\u{85}",
                      "é", "—", "e\u{301}", "Ж", "12345678", "        "]
        for _ in 0..<4000 {
            let text = (0..<Int.random(in: 0...40, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            var count = 0, inWord = false
            for c in text {
                if c.isWhitespace { inWord = false } else if !inWord { inWord = true; count += 1 }
            }
            for cap in [1, 3, 8, 41, 1000] {
                XCTAssertEqual(Scan.words(text, cap: cap) ?? Text.characterWords(text, cap: cap), min(count, cap), text.debugDescription)
            }
            XCTAssertEqual(Text.collapse(text), text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " "),
                           text.debugDescription)
        }
    }

    func testLinksOnlyIsEveryWordAURL() {
        let urls = ["https://t.co/x pic.twitter.com/y", "Http://x.y", "WWW.example.com", "t.co/abc", "x https://a.b", " www.a.b",
                    "h\u{301}ttp://x", "\u{212A} t.co/x", "\r\nhttp://x", "p", "", "ht", "hTtp://x", "HTTPS://x", "t.co", "T.CO/x",
                    "pic.twitter.com/x", "PIC.twitter.com/x", "wWw.x", "the http://x", "tx.co/", "t\u{301}.co/x", "w\u{301}ww.x",
                    "h\rttp://x", "t\u{0E}co/x", "h t", "he said", "while www.x", "pi", "ww", "t. co/x"]
        for s in Self.samples + urls {
            let words = s.split(separator: " ")
            XCTAssertEqual(Boilerplate.isLinksOnly(Boilerplate.Lowered(s)), !words.isEmpty && words.allSatisfy(Boilerplate.isURL),
                           s.debugDescription)
        }
    }

    func testPunctuationBeyondASCIIIsNeitherLetterNorNumberNorCased() {
        let scalars: [UInt32] = [0xA0, 0xAB, 0xBB] + Array(0x2010...0x2027) + Array(0x2030...0x205E)
        for v in scalars {
            let s = String(Unicode.Scalar(v)!)
            XCTAssertTrue(Scan.isASCIIOrPunctuation(s), s)
            let c = Character(s)
            XCTAssertFalse(c.isLetter || c.isNumber, s)
            XCTAssertEqual(s.lowercased(), s, s)
            XCTAssertEqual(Array("a" + s + "b").count, 3, s)
        }
        for v in [0x9F, 0xA1, 0xAA, 0xC0, 0x200F, 0x2028, 0x202F, 0x205F, 0x2060, 0x20AC] as [UInt32] {
            XCTAssertFalse(Scan.isASCIIOrPunctuation("a" + String(Unicode.Scalar(v)!)), String(v, radix: 16))
        }
    }

    func testLinesAreTheLinesOfASplit() {
        for s in Self.samples + ["", "\n", "\n\n", "a\n\nb\n", " x \n\ty\t\n", "é\n“q”\n", "a\r\nb", "\u{301}\nx", "a\n\u{301}b", "z"] {
            let reference = s.split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingWhitespace() }
            XCTAssertEqual(Layout.lines(s).map(\.text), reference, s.debugDescription)
            XCTAssertEqual(Layout.lines(s).map(\.number), Array(1...reference.count), s.debugDescription)
        }
        // Long random text, so that line feeds and carriage returns fall anywhere in eight-byte words.
        var generator = SystemRandomNumberGenerator()
        let pieces = ["line", " ", "\n", "\n\n", "\r\n", "\r", "é", "“q”", "12345678", "\t", "x"]
        for _ in 0..<3000 {
            let s = (0..<Int.random(in: 0...30, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let reference = s.split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingWhitespace() }
            XCTAssertEqual(Layout.lines(s).map(\.text), reference, s.debugDescription)
            XCTAssertEqual(Layout.lines(s).map(\.number), Array(1...reference.count), s.debugDescription)
        }
    }

    func testPhraseIndexTriesEveryPhraseThatCanStart() {
        let texts = Self.samples + ["a\u{300} lire aussi x", "à lire aussi", "À lire aussi", "читайте также: x", "подпишитесь",
                                    "share this", "read more", "don’t miss", "a lire aussi", "u\u{308}ber",
                                    "photo: x", "photo\u{301}: x", "photographer", "фото: x", "pic:x", "screenshots", "file photo/x"]
        for s in texts {
            for t in [s, s.lowercased()] {
                XCTAssertEqual(Boilerplate.promptIndex.anyStarts(t),
                               Boilerplate.promptStarts.contains { Boilerplate.startsWith(t, phrase: $0) }, t.debugDescription)
                XCTAssertEqual(Boilerplate.readMoreIndex.anyStarts(t),
                               Boilerplate.readMoreStarts.contains { Boilerplate.startsWith(t, phrase: $0) }, t.debugDescription)
                XCTAssertEqual(Boilerplate.photoCreditIndex.anyStarts(t),
                               Boilerplate.photoCreditStarts.contains { Boilerplate.startsWith(t, phrase: $0) }, t.debugDescription)
            }
        }
        XCTAssertTrue(Boilerplate.readMoreIndex.anyStarts("a\u{300} lire aussi x"))
    }

    func testPrefixMatchesStandardLibrary() {
        let prefixes = Boilerplate.promptStarts + Boilerplate.readMoreStarts + Boilerplate.timestampStarts
            + ["copyright", "(c) ", "(", "k", "kelvin", ";x", "`", "a", "ab", "e", "\r", "x\r", "\r\n", "\ra", "a\rb", "ax", "kx"]
        let texts = Self.samples + ["share this story", "share this\u{301}", "kelvin", "\u{212A}elvin", "\u{37E}x", "\u{1FEF}",
                                    "e\u{301}x", "a\r\nb", "x\r\n", "copyright\u{A9}", "(c) 2025", "read more: x", "read:\u{301}",
                                    "updated: now", "“quoted” share", "ab", "a", "\r\nx", "\rb", "a\r\nb", "aa\u{301}", "a\u{301}x",
                                    "k\u{212A}", "a;\u{37E}", "ax\u{300}", "ay\u{300}", "a\u{300}", "\u{212A}x", "re\u{301}ad more"]
        for s in texts {
            for p in prefixes {
                if let fast = Scan.hasPrefix(s, p) { XCTAssertEqual(fast, s.hasPrefix(p), "\(s.debugDescription) ⊃ \(p.debugDescription)") }
                XCTAssertEqual(Boilerplate.hasPrefix(s, p), s.hasPrefix(p), "\(s.debugDescription) ⊃ \(p.debugDescription)")
            }
        }
        XCTAssertNil(Scan.hasPrefix("share this\u{301}", "share this"))
        XCTAssertEqual(Scan.hasPrefix("share this story", "share this"), true)
        XCTAssertEqual(Scan.hasPrefix("“quoted” share", "share"), false)
        XCTAssertEqual(Scan.hasPrefix("ay\u{300}", "ax"), false)
    }

    func testContainsMatchesFoundation() {
        let needles = ["comment", "comments", "cafe", "kelvin", "Kelvin", ";", "`", "all rights reserved", "x", "he said",
                       "t.co/", "(@", "a b", "ready,", "y", "longer than any of the sample texts in this test, surely"]
        for s in Self.samples {
            for needle in needles {
                XCTAssertEqual(Scan.contains(s, needle), s.contains(needle), "\(s.debugDescription) ∋ \(needle)")
            }
        }
        for s in Self.samples + ["we use cookies\u{301}", "terms of use”", "auto-generated", "x \u{212A}"] {
            for set in [Boilerplate.siteChromePhrases, Boilerplate.syndicationPhrases, Boilerplate.promptPhrases,
                        Scan.Needles(needles)] {
                XCTAssertEqual(set.containedIn(s), set.needles.contains { s.contains($0) }, s.debugDescription)
            }
        }
        // Long random text, so that needles fall anywhere in eight-byte words.
        var generator = SystemRandomNumberGenerator()
        let pieces = ["comment", "comm", "c", "o", "ment", " ", "é", "\u{301}", "\u{212A}", "12345678", "he said", "x"]
        for _ in 0..<3000 {
            let s = (0..<Int.random(in: 0...20, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            for needle in ["comment", "c", "he said", "kelvin", "Kelvin", "x"] {
                XCTAssertEqual(Scan.contains(s, needle), s.contains(needle), "\(s.debugDescription) ∋ \(needle)")
            }
        }
        // Sets of one-byte, two-byte and longer needles (ASCII, "©") sharing first bytes, found anywhere in
        // long text: at its start, its end, before a combining mark, overlapping each other.
        let sets = [["@", "©", "(@", "t.co/", "http", "h", "he said"], ["x", "xy", "xyz", "y©"], ["(@", "t.co/", "pic.twitter.com/"],
                    ["http", "www.", "pic.twitter", "@", "subscribe", "©", "sign up", "has not been edited"],
                    ["comment", "cookie policy", "on google news", "xyz", "©x©", "abc"]]
        let parts = ["@", "(", "(@", "t.co/", "t.c", "http", "htt", "h", "he sai", "x", "xy", "z", "é", "e\u{301}", "\u{301}", "©", " ",
                     "pic.twitter.com/", "12345678", "\u{212A}", "subscribe", "a", "HTTP", "Sign Up", "X", "İ", "Ж", "’",
                     "co", "com", "Comment", "o", "on google new", "cookie polic", "©x", "yz"]
        for _ in 0..<3000 {
            let s = (0..<Int.random(in: 0...24, using: &generator)).map { _ in parts.randomElement(using: &generator)! }.joined()
            for set in sets {
                XCTAssertEqual(Scan.Needles(set).containedIn(s), set.contains { s.contains($0) }, "\(s.debugDescription) ∋ \(set)")
                let lower = s.lowercased()
                XCTAssertEqual(Scan.Needles(set).containedIn(lowercased: s), set.contains { lower.contains($0) },
                               "\(s.debugDescription) lowercased ∋ \(set)")
            }
        }
        XCTAssertFalse(Scan.contains("cafe\u{301}", "cafe"))
        XCTAssertTrue(Scan.contains("\u{212A}elvin", "Kelvin"))
    }

    func testTrimAndLinesMatchCharacterVersions() {
        for s in Self.samples + ["  padded  ", "\t\r\n x \r\n", " \u{301}x \u{301}", "x\u{301} ", "“quoted” ", "\u{A0}nbsp\u{A0}",
                                 "x\r\n", "x\u{85}", "\u{85}x", "x\u{2003}", "a\u{1F}", "\u{1C}b", "e\u{301}", "x\u{200D}"] {
            XCTAssertEqual(s.trimmingWhitespace(), Substring(s).trimmingWhitespace(), "String's fast path: \(s.debugDescription)")
            XCTAssertEqual(Scan.trimmed(Substring(s)), s.trimmingWhitespace(), s.debugDescription)
            let text = s + "\n" + s + "\n\n"
            let slow = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingWhitespace() }
            XCTAssertEqual(Layout.lines(text).map(\.text), slow, text.debugDescription)
        }
    }

    func testPhraseIndexMatchesTryingEveryPhrase() {
        let texts = Self.samples.map { Text.collapse($0.lowercased()) } + [
            "read more: x", "a\u{300} lire aussi x", "à lire aussi x", "читайте также", "share this", "sharethis",
            "ayrıca bakınız", "watch | x", "subscribers rose", "subscribe now", "\u{212A}eep reading",
            "s", "sh", "sx", "shxre this", "s\u{301}hare this", "sh\u{301}are", "r", "re", "rx", "\r\nshare", "s\r\n",
            "fo", "foto:", "f\u{308}oto:", "pi", "pic:x", "p\u{301}ic:", "w", "wa", "watch:", "watc\u{301}h:",
        ]
        // Every phrase followed by a letter, a digit, a mark, punctuation or nothing, and behind a quote
        // or a character canonically equal to ASCII (the bytes decide some of these, Foundation the rest).
        let all = Boilerplate.promptStarts + Boilerplate.readMoreStarts + Boilerplate.photoCreditStarts
            + Boilerplate.timestampStarts + Boilerplate.tagListStarts + Boilerplate.staffCreditStarts
        let edges = all.flatMap { phrase in
            ["", " x", "x", "1", "é", "\u{301}", "\u{301}x", "’", ":", "\r\n"].map { phrase + $0 }
                + ["“" + phrase, "\u{212A}" + phrase, String(phrase.dropLast()), phrase.uppercased()]
        }
        for text in texts + edges + ["updated: x", "upd", "u\u{308}pdated:", "tags: a", "tags |", "ta", "reporting by x", "editing by",
                                     "edited by", "e\u{301}dited by", "filed under", "fx", "posted on", "po", "p\u{301}osted on",
                                     "\u{212A}", "“", "\u{37E} x", "\u{1FEF}"] {
            for phrases in [Boilerplate.promptStarts, Boilerplate.readMoreStarts, Boilerplate.photoCreditStarts] {
                XCTAssertEqual(Boilerplate.PhraseIndex(phrases).anyStarts(text),
                               phrases.contains { Boilerplate.startsWith(text, phrase: $0) }, text.debugDescription)
            }
            for phrases in [Boilerplate.timestampStarts, Boilerplate.tagListStarts, Boilerplate.staffCreditStarts,
                            Boilerplate.promptStarts, Boilerplate.readMoreStarts] {
                XCTAssertEqual(Boilerplate.PhraseIndex(phrases).anyPrefix(text),
                               phrases.contains { Boilerplate.hasPrefix(text, $0) }, text.debugDescription)
            }
        }
    }

    /// The punctuation `PhraseIndex` passes over stays the first scalar of its character in every form.
    func testOpaqueOpeningsKeepTheirPlace() {
        let opaque = (UInt32(0)...0x2FFFF).filter(Scan.isOpaqueOpening)
        XCTAssertEqual(opaque.count, 2 + 24 + 47)
        for v in opaque {
            let scalar = Unicode.Scalar(v)!
            XCTAssertEqual(scalar.properties.canonicalCombiningClass, .notReordered, "U+\(String(v, radix: 16))")
            XCTAssertEqual(Array(String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars), [scalar])
            for mark in UInt32(0x300)...0x36F {
                let text = String(scalar) + String(Unicode.Scalar(mark)!)
                XCTAssertEqual(text.precomposedStringWithCanonicalMapping.unicodeScalars.first, scalar, "U+\(String(v, radix: 16))")
            }
        }
        let phrases = ["“quoted", "— dash", "share this", "«a»", "…more"]
        let index = Boilerplate.PhraseIndex(phrases)
        for text in ["“quoted x", "“quotedx", "— dash", "—dash", "— dash\u{301}", "“", "”quoted", "«a» x", "«b»", "…more", "…", "„x",
                     "“\u{301}quoted", "—\u{301} dash", "‘share this", "’", "share this", "\u{2027}", "\u{205E}x", "\u{2028}x"] {
            XCTAssertEqual(index.anyStarts(text), phrases.contains { Boilerplate.startsWith(text, phrase: $0) }, text.debugDescription)
            XCTAssertEqual(index.anyPrefix(text), phrases.contains { Boilerplate.hasPrefix(text, $0) }, text.debugDescription)
            for other in [Boilerplate.promptStarts, Boilerplate.readMoreStarts, Boilerplate.photoCreditStarts] {
                XCTAssertEqual(Boilerplate.PhraseIndex(other).anyStarts(text), other.contains { Boilerplate.startsWith(text, phrase: $0) },
                               text.debugDescription)
            }
        }
    }

    func testLetterCheck() {
        for s in Self.samples where Scan.hasLeadingASCIILetter(s) {
            XCTAssertTrue(s.contains(where: \.isLetter), s.debugDescription)
        }
        XCTAssertFalse(Scan.hasLeadingASCIILetter("19.11.2025, 10:42"))
    }

    /// The pre-check may only rule out text the regular expression would not take as a dateline.
    /// Datelines whose groups end inside a grapheme or hold text beyond the BMP or ASCII.
    static let datelineReadings = [
        "BEIJING - \u{301}Talks", "Moscow -\u{301} x", "Kyiv \u{200D}- x", "São Paulo, 3 June — x", "Москва, 3 June — x",
        "Ze\u{301}lande\u{301}, Nov. 3 (AP\u{301}) — x", "Beijing (𝒳inhua 👍🏽) — x", "👍🏽 3 June — x", "Bei\u{0}jing, 3 June — x",
        "Nov 3\u{301} — x", "BEIJING, Nov. 18 (Xinhua) --\u{20E3} x", "Tokyo\r\n3 June — x", String(repeating: "Ab ", count: 70) + "(AP) - x",
        String(repeating: "é", count: 150) + " (AP) — x", "St. John’s, 3 June 2025 —", "Ürümqi:  Talks", "Delhi : \u{1F600} x",
    ]

    /// `Datelines.read` as it was: groups asked by name, cut out of an `NSString`.
    static func readByName(_ text: String) -> Datelines.Reading? {
        let head = String(text.prefix(160))
        let ns = head as NSString
        guard let regex = Datelines.regex, let m = regex.firstMatch(in: head, range: NSRange(location: 0, length: ns.length)),
              m.range.length > 0 else { return nil }
        let groups = Datelines.groupNames.map { name -> String? in
            let r = m.range(withName: name)
            return r.location != NSNotFound ? ns.substring(with: r) : nil
        }
        return Datelines.Reading(matched: ns.substring(with: m.range), groups: groups)
    }

    /// A reading's match and groups (absent ones as nil), scalar by scalar.
    static func scalars(of reading: Datelines.Reading?) -> [[Unicode.Scalar]?]? {
        reading.map { r in ([r.matched] + Datelines.Group.allCases.map { r[$0] }).map { $0.map { Array($0.unicodeScalars) } } }
    }

    /// The head the pattern is tried on, and the text left after a match, cut over bytes where
    /// that is a cut between characters.
    func testDatelineHeadAndRestMatchCharacterCutting() {
        let a = String(repeating: "a", count: 159)
        let long = [a, a + "b", a + "bc", a + "bcd", a + "\r\n", a + "b\r\n", a + "bc\r\n", a + "\u{301}", a + "b\u{301}",
                    a + "bc\u{301}", a + "é", a + "bé", a + "bcé", a + "b\u{600}c", a + "bc\u{600}", "\r\n" + a + "bc",
                    "é" + a + "bc", String(repeating: "Beijing, 3 June — ", count: 12), String(repeating: "ab ", count: 60)]
        for text in Self.samples + Self.datelineReadings + long {
            XCTAssertEqual(Array(Datelines.head(of: text).unicodeScalars), Array(String(text.prefix(160)).unicodeScalars), text.debugDescription)
            let scalars = Array(text.unicodeScalars)
            for cut in 0...scalars.count {
                let matched = String(String.UnicodeScalarView(scalars[..<cut]))
                XCTAssertEqual(Array(Datelines.rest(of: text, after: matched).unicodeScalars),
                               Array(String(text.dropFirst(matched.count)).trimmingWhitespace().unicodeScalars),
                               "\(cut): \(text.debugDescription)")
            }
        }
    }

    func testDatelinePrecheckNeverHidesADateline() {
        let datelines = [
            "Minsk, 18.11.2025 — Talks opened.", "Harbin, Tuesday, March 3, 2026 — Talks opened.",
            "November 19, 2025, 10:42 IST", "Nov 19, 2025 | 10:42 AM", "nov 18 — talks", "may 3, 2025 — talks",
            "BEIJING (Reuters) - Talks opened.", "MOSCOW, Nov. 18 (Xinhua) -- Talks", "Beijing|10:42 (Xinhua) — Talks",
            "Rio de Janeiro, 5 May 2025 — Talks", "09:40, March 07, 2026", "New Delhi, 2025-11-18: Talks",
            "Sino-Russian trade grew - officials said.", "Putin: We are ready to talk.", "Details",
            "During the talks, officials said trade grew.", "The minister said 5 deals were signed.",
            "iPhone (Apple) - sales", "of Beijing (Reuters) - x", "St. Petersburg, Nov. 3 — x", "O'Hare, Jan 2 — x",
            "Tuesday (AP) — x", "the Hague, 3 June — x", "upon Tyne, 3 June — x", "X! 3 June — x", ".Beijing 3 June — x",
            // As many words as the pattern reads before a day or an agency, and one more.
            "Rio de Janeiro State, Upper Tyne of Wales, Tuesday, Nov. 3 — x", "Rio de Janeiro State, Upper Tyne of Wales, Tuesday (AP) — x",
            "Rio de Janeiro State, Upper Tyne of Wales Extra, Tuesday, Nov. 3 — x", "A B C D, E F G H, Monday, May 3, 2025",
            "A B C D E F G H Monday May 3", "A B C D, E F G H, Monday, May, June 3", "BeijingMonday, Nov 5 — x",
            "The Ministers Of Trade And Energy Of Both Countries Met On Sunday (Reuters) - x",
            "The minister said trade between the two countries grew by 5 percent in the first half.",
            "“Beijing, Nov. 3 — x", "‘Moscow (AP) — x", "«Minsk, 18.11.2025 — x", "„Berlin: x", "” 3 June — x", "‹x› 3 June",
            "“", "“ — x", "’s 3 June — x", "»Kyiv, 3 June — x",
            // Scalars beyond U+FFFF (two UTF-16 units each) before and inside the groups.
            "Beijing (Reuters 👍) — x", "Beijing (𝐑euters) – x", "Kyiv (AP 🇺🇦🇺🇦) — x", "Minsk (é\u{301}) — x", "Łódź, 3 June — x",
        ] + Self.samples
        let placeOnly = ["Moscow, Russia — Talks opened.", "Beijing: Talks", "Beijing - Talks", "New Delhi -- Talks",
                         "Rio de Janeiro: Talks", "O'Hare-Field - Talks",
                         "Beijing--Talks", "Sao Paulo, Tuesday: Talks", "Beijing Talks", "Beijing, China Talks opened",
                         "Analysis: Talks"]
        for text in datelines + placeOnly + Self.datelineReadings {
            XCTAssertEqual(Self.scalars(of: Datelines.read(text)), Self.scalars(of: Self.readByName(text)), text)
        }
        XCTAssertEqual(Datelines.regex?.numberOfCaptureGroups, Datelines.groupNames.count)
        var memo = Datelines.Memo()
        for text in datelines + placeOnly {
            for place in [false, true] {
                if !Datelines.mayBeDateline(text, placeOnly: place) {
                    XCTAssertNil(Datelines.regexMatch(text, year: 2025, placeOnly: place), "\(text) placeOnly: \(place)")
                }
                for _ in 0..<2 {
                    XCTAssertEqual(memo.match(text, year: 2025, placeOnly: place)?.dateline,
                                   Datelines.match(text, year: 2025, placeOnly: place)?.dateline, text)
                    XCTAssertEqual(memo.match(text, year: nil, placeOnly: place)?.rest,
                                   Datelines.match(text, year: nil, placeOnly: place)?.rest, text)
                }
            }
            XCTAssertEqual(memo.isStandalone(text), Datelines.match(text, year: nil)?.rest.isEmpty ?? false, text)
        }
        for q in Datelines.openingQuotes {
            let c = Character(Unicode.Scalar(q)!)
            XCTAssertFalse(c.isLetter || c.isNumber || c.isWhitespace || "(,|:-–—".contains(c), "U+\(String(q, radix: 16))")
        }
        for text in placeOnly.prefix(6) {
            XCTAssertTrue(Datelines.mayBeDateline(text, placeOnly: true), text)
            XCTAssertNotNil(Datelines.match(text, year: 2025, placeOnly: true), text)
        }
        for text in datelines.prefix(12) {
            XCTAssertTrue(Datelines.mayBeDateline(text, placeOnly: false), text)
            XCTAssertNotNil(Datelines.match(text, year: 2025), text)
        }
    }
}

final class NormalizeFastPathTests: XCTestCase {
    func testASCIINormalizationMatchesScalarVersion() {
        let samples = ["a\r\nb\rc\nd", "tab\there\u{0B}vt\u{0C}ff", "nul\u{0}bell\u{7}del\u{7F}end", "\r\n\r\n", "\n\r", "plain", "",
                       "\u{FEFF}BOM first", "“Curly” — dash… é ñ ß", "Москва\r\nЁлка Й", "И\u{306} decomposed", "nb\u{A0}sp soft\u{AD}hyphen c1\u{85}\u{9F}", "\r\u{A0}\n", "\r“\n"]
        for s in samples {
            var out = String.UnicodeScalarView()
            var afterCR = false
            for scalar in s.precomposedStringWithCanonicalMapping.unicodeScalars {
                let v = scalar.value
                if v == 0x0A && afterCR { afterCR = false; continue }
                afterCR = v == 0x0D
                switch v {
                case 0x0A, 0x0D, 0x2028: out.append("\n")
                case 0x2029: out.append(contentsOf: "\n\n".unicodeScalars)
                case 0x09, 0x0B, 0x0C, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: out.append(" ")
                case 0x00...0x1F, 0x7F...0x9F, 0xAD, 0x180E, 0x200B, 0x200E, 0x200F, 0x202A...0x202E,
                     0x2060...0x2064, 0x2066...0x2069, 0xFEFF: continue
                default: out.append(scalar)
                }
            }
            XCTAssertEqual(Normalize.text(s), String(out), s.debugDescription)
            if let fast = Normalize.asciiText(s) { XCTAssertEqual(fast, String(out), s.debugDescription) }
        }
        // Text that NFC could change, or with scalars outside the plain set, is left to the scalar version.
        XCTAssertNil(Normalize.asciiText("cafe\u{301}"))
        XCTAssertNil(Normalize.asciiText("И\u{306}"))
        XCTAssertNil(Normalize.asciiText("zero\u{200B}width"))
        XCTAssertNil(Normalize.asciiText("a\u{37E}"))
        XCTAssertEqual(Normalize.asciiText("Москва"), "Москва")
    }
}

/// `ByteScan.hasASCIIEquivalent` skips ASCII eight bytes at a time; it must find the three
/// characters wherever they stand, as a byte-by-byte search does.
final class ASCIIEquivalentTests: XCTestCase {
    static func byteByByte(_ b: [UInt8]) -> Bool {
        let patterns: [[UInt8]] = [[0xCD, 0xBE], [0xE1, 0xBF, 0xAF], [0xE2, 0x84, 0xAA]]
        return b.indices.contains { i in patterns.contains { b[i...].starts(with: $0) } }
    }

    func testFindsTheCharactersAtEveryOffset() {
        let fillers = ["", "a", "abcdefg", "abcdefghijklmno", "é", "x—y", "ab\u{301}cdefgh"]
        for c in ["\u{37E}", "\u{1FEF}", "\u{212A}", "\u{1FEE}", "\u{2129}", "\u{37D}", "ok"] {
            for before in fillers {
                for pad in 0..<17 {
                    for after in fillers {
                        let text = before + String(repeating: "p", count: pad) + c + after
                        let bytes = Array(text.utf8)
                        let found = bytes.withUnsafeBufferPointer(ByteScan.hasASCIIEquivalent)
                        XCTAssertEqual(found, Self.byteByByte(bytes), text.debugDescription)
                        // Cut short: a character's first bytes at the very end.
                        for cut in 1...min(3, bytes.count) {
                            let short = Array(bytes.dropLast(cut))
                            XCTAssertEqual(short.withUnsafeBufferPointer(ByteScan.hasASCIIEquivalent), Self.byteByByte(short))
                        }
                    }
                }
            }
        }
        XCTAssertFalse([UInt8]().withUnsafeBufferPointer(ByteScan.hasASCIIEquivalent))
    }
}

/// `Boilerplate.hasNoticePhrase` looks for the phrases of several rules in one pass; it must answer
/// as those rules' own searches did, each with its word limit.
final class NoticePhraseTests: XCTestCase {
    static func separately(_ u: Boilerplate.Lowered) -> Bool {
        (u.hasAtMost(words: 15) && (Scan.contains(u.s, "getty images") || Scan.contains(u.s, "shutterstock")))
            || (u.hasAtMost(words: 20) && Boilerplate.promptPhrases.containedIn(u.s))
            || (u.hasAtMost(words: 25) && Scan.contains(u.s, "all rights reserved"))
            || (u.hasAtMost(words: 40) && (Boilerplate.syndicationPhrases.containedIn(u.s)
                                           || Boilerplate.siteChromePhrases.containedIn(u.s)))
    }

    func testOnePassAnswersAsEachRule() {
        let phrases = ["getty images", "shutterstock", "preferred source", "on google news", "all rights reserved",
                       "syndicated feed", "we use cookies", "terms of service", "getty images\u{301}", "all rights\u{A0}reserved",
                       "\u{212A}elvin", "terms of use”", "x"]
        var checked = 0, found = 0
        for phrase in phrases {
            for words in [0, 5, 12, 13, 14, 17, 18, 19, 22, 23, 24, 37, 38, 39, 45] {
                for padding in ["word", "é"] {
                    let pad = Array(repeating: padding, count: words)
                    for text in [(pad + [phrase]).joined(separator: " "), ([phrase] + pad).joined(separator: " ")] {
                        let u = Boilerplate.Lowered(text)
                        let expected = Self.separately(u)
                        XCTAssertEqual(Boilerplate.hasNoticePhrase(u), expected, text)
                        checked += 1
                        if expected { found += 1 }
                    }
                }
            }
        }
        for s in FastPathTests.samples {
            let u = Boilerplate.Lowered(s)
            XCTAssertEqual(Boilerplate.hasNoticePhrase(u), Self.separately(u), s.debugDescription)
        }
        XCTAssertGreaterThan(found, 50)
        XCTAssertLessThan(found, checked - 50)
    }
}

/// `Tweets.strip` looks for the marks of an embed in one pass; it must find one exactly when
/// `Scan.contains` (Foundation's `contains`) finds one of them.
final class EmbedMarkTests: XCTestCase {
    func testOnePassFindsWhatEachSearchFinds() {
        var texts = FastPathTests.samples
        for mark in ["(@", "t.co/", "pic.twitter.com/", "(@\u{301}", "t.co\u{301}/", "t.co", "(", "pic.twitter.com"] {
            for context in ["", "x ", "é ", "\u{212A} "] {
                texts += [context + mark, mark + context, context + mark + " " + context]
            }
        }
        var found = 0
        for text in texts {
            let expected = Scan.contains(text, "(@") || Scan.contains(text, "t.co/") || Scan.contains(text, "pic.twitter.com/")
            XCTAssertEqual(Tweets.embedMarks.containedIn(text), expected, text.debugDescription)
            if expected { found += 1 }
        }
        XCTAssertGreaterThan(found, 20)
    }
}

/// `Normalize.asciiText` hands back text it would not change without copying it; `isClean` must
/// say so exactly when the copy equals the text, wherever in an eight-byte word a byte stands.
final class NormalizeCleanTests: XCTestCase {
    func testCleanTextIsTextTheCopyKeeps() {
        let specials = ["\r", "\n", "\t", "\u{0B}", "\u{0C}", "\u{0}", "\u{1F}", "\u{7F}", "\u{80}", "\u{85}", "\u{9F}", "\u{A0}",
                        "\u{A1}", "\u{AD}", "\u{FEFF}", "é", "—", "“", "Ж", "\u{2028}", "~", " ", "\r\n", "\u{301}", "中"]
        var checked = 0
        for special in specials {
            for pad in 0..<18 {
                for tail in ["", "x", "abcdefghij"] {
                    let text = String(repeating: "p", count: pad) + special + tail
                    let copy = Normalize.asciiCopy(text)
                    XCTAssertEqual(Normalize.asciiText(text), copy, text.debugDescription)
                    var bytes = text
                    XCTAssertEqual(bytes.withUTF8(Normalize.isClean), copy == text, text.debugDescription)
                    checked += 1
                }
            }
        }
        XCTAssertEqual(checked, 25 * 18 * 3)
    }
}

/// `Subheads.isCandidate` asks its cheap questions first; it must answer as the order it was written in did.
final class SubheadCandidateTests: XCTestCase {
    static func asWritten(_ text: String) -> Bool {
        guard text.count <= 100, Text.hasAtMost(words: 10, text), Text.startsCapitalized(text),
              let first = text.first, first.isLetter || first.isNumber,
              let mark = Text.finalMark(text) else { return false }
        return mark.isLetter || mark.isNumber || mark == "?"
    }

    func testAnswersAsWritten() {
        var texts = FastPathTests.samples + ["Trade talks", "Trade talks.", "What next?", "“Quoted”", "2025 in review", "- Bullet"]
        for word in ["Word", "Ünïcödé", "e\u{301}\u{301}\u{301}\u{301}\u{301}", "中文"] {
            for n in [1, 9, 10, 11, 20, 40] {
                texts.append(Array(repeating: word, count: n).joined(separator: " "))
                texts.append(String(repeating: word, count: n))
            }
        }
        var found = 0
        for text in texts {
            XCTAssertEqual(Subheads.isCandidate(text), Self.asWritten(text), text.debugDescription)
            if Self.asWritten(text) { found += 1 }
        }
        XCTAssertGreaterThan(found, 5)
    }
}

/// A one-line unit takes its line's text without joining; every unit must still be its lines
/// joined by spaces and collapsed.
final class UnitTextTests: XCTestCase {
    /// `Layout.units` is each block's units (runs of non-empty lines), the first block opening the text.
    func testUnitsAreTheUnitsOfEachBlock() {
        let pieces = ["", "", "Headline of the day", "The lead goes on and on, as leads do, well past the headline.", "and continues here.",
                      "  x  y ", "Short.", "1. Item", "— dash line", "Beijing, 3 June —"]
        func pick(_ k: Int, _ j: Int) -> Int { Int((UInt64(k) &* 0x9E37_79B9_7F4A_7C15 ^ UInt64(j) &* 0xC2B2_AE3D_27D4_EB4F) >> 33) }
        for k in 0..<400 {
            let lines = (0..<(pick(k, 77) % 12)).map { Layout.Line(number: $0 + 1, text: pieces[pick(k, $0) % pieces.count]) }
            var blocks: [[Layout.Line]] = [[]]
            for line in lines {
                if line.text.isEmpty { if !blocks[blocks.count - 1].isEmpty { blocks.append([]) } } else { blocks[blocks.count - 1].append(line) }
            }
            let expected = blocks.filter { !$0.isEmpty }.enumerated().flatMap { Layout.units(ofBlock: $0.element, opensText: $0.offset == 0) }
            XCTAssertEqual(Layout.units(lines), expected, lines.map(\.text).debugDescription)
        }
    }

    func testUnitsAreTheirLinesJoined() {
        let texts = FastPathTests.samples.filter { !$0.contains("\n") && !$0.contains("\r") }
        for (i, s) in texts.enumerated() {
            let other = texts[(i + 3) % texts.count]
            for block in [[s], [s, "and then " + other], ["Headline " + s, "the lead " + other, "goes on"], [" \(s) ", "x  y"]] {
                let lines = block.enumerated().map { Layout.Line(number: $0.offset + 1, text: $0.element) }
                for unit in Layout.units(ofBlock: lines) {
                    let index = unit.line - 1
                    let next = lines.dropFirst(index + 1).prefix { line in
                        !Layout.units(ofBlock: lines).contains { $0.line == line.number }
                    }
                    let joined = ([lines[index]] + next).map(\.text).joined(separator: " ")
                    XCTAssertEqual(unit.text, Text.collapse(joined), block.debugDescription)
                }
            }
        }
    }
}
