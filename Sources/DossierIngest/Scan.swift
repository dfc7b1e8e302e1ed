import DossierModel
import Foundation

/// Byte-level fast paths for the ingest rules. Each gives exactly the answer of the
/// `Character` or Foundation code it stands in for, and says so by returning nil (or by
/// falling back itself) whenever the text holds something it cannot judge byte by byte.
enum Scan {
    /// Whether every byte of `s` is ASCII.
    @inline(__always)
    static func isASCII(_ s: some StringProtocol) -> Bool {
        if let all = s.utf8.withContiguousStorageIfAvailable(ByteScan.isASCII) {
            return all
        }
        return s.utf8.allSatisfy { $0 < 0x80 }
    }

    /// ASCII white space as `Character.isWhitespace` sees it: tab, LF, VT, FF, CR and space.
    @inline(__always)
    static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || (b >= 0x09 && b <= 0x0D) }

    /// Whether the scalar `v` always forms a character of its own (apart from CR LF): true for
    /// the scalars below U+0300 (Latin, symbols, controls), Cyrillic letters (U+0400–U+0482,
    /// U+048A–U+052F, not its combining marks) and the general punctuation U+2010–U+2027,
    /// U+2030–U+205E (dashes, curly quotes, …), none of which combines with its neighbours into
    /// one grapheme cluster, has a singleton decomposition, or changes under NFC.
    @inline(__always)
    static func isSimple(_ v: UInt32) -> Bool {
        v < 0x300 || (v >= 0x400 && v <= 0x482) || (v >= 0x48A && v <= 0x52F)
            || (v >= 0x2010 && v <= 0x2027) || (v >= 0x2030 && v <= 0x205E)
    }

    /// Number of whitespace-separated words in `s` (as counted over its `Character`s with
    /// `isWhitespace`), stopping at `cap`; nil when `s` holds a scalar that is not `isSimple`.
    static func words(_ s: some StringProtocol, cap: Int) -> Int? {
        if let r = s.utf8.withContiguousStorageIfAvailable({ words($0, cap: cap) }) { return r }
        return Array(s.utf8).withUnsafeBufferPointer { words($0, cap: cap) }
    }

    /// Eight ASCII bytes without control bytes (so their only white space is 0x20) are counted at once.
    static func words(_ bytes: UnsafeBufferPointer<UInt8>, cap: Int) -> Int? {
        var count = 0
        var inWord = false
        var i = 0
        let n = bytes.count
        let raw = UnsafeRawBufferPointer(bytes)
        while i < n {
            if i + 8 <= n, let word = plainWord(raw, at: i) {
                let (starts, endsInRun) = ByteScan.runStarts(word, inRun: inWord)
                count += starts
                if count >= cap { return cap }
                inWord = endsInRun
                i += 8
                continue
            }
            let b = bytes[i]
            let space: Bool
            if b < 0x80 {
                space = isSpace(b)
                i += 1
            } else {
                let (v, len) = ByteScan.decode(bytes, at: i)
                guard isSimple(v) else { return nil }
                space = v == 0x85 || v == 0xA0
                i += len
            }
            if space {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
                if count >= cap { return cap }
            }
        }
        return count
    }

    /// Exactly Foundation's `haystack.contains(needle)` (canonical equivalence, matches ending on a
    /// character boundary) for an ASCII `needle`, without Foundation in the common cases: a byte
    /// match that ends the text or is followed by an ASCII byte is a match; no byte match in a text
    /// without the three characters whose canonical form is ASCII (U+037E, U+1FEF, U+212A) is no
    /// match; anything else is left to Foundation.
    static func contains(_ haystack: String, _ needle: String) -> Bool {
        var h = haystack
        var nd = needle
        let answer: Bool? = h.withUTF8 { hb in
            nd.withUTF8 { nb in
                let n = nb.count, m = hb.count
                guard n > 0 else { return nil }
                guard n <= m else { return asciiOnly(hb) ? false : nil }
                let first = nb[0]
                var i = 0
                var ambiguous = false
                let raw = UnsafeRawBufferPointer(hb)
                // The needle's first two bytes in every byte of a word.
                let firsts = ByteScan.ones &* UInt64(first), seconds = ByteScan.ones &* UInt64(n > 1 ? nb[1] : 0)
                while i + n <= m {
                    // No match starts at any of eight bytes none of which is the needle's first byte followed
                    // by its second (`zeroBits` marks each byte that is zero, and maybe some above one).
                    if n > 1 && i + 9 <= m {
                        let here = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) ^ firsts
                        let next = raw.loadUnaligned(fromByteOffset: i + 1, as: UInt64.self) ^ seconds
                        if ByteScan.zeroBits(here) & ByteScan.zeroBits(next) == 0 {
                            i += 8
                            continue
                        }
                    } else if i + 8 <= m && !ByteScan.hasByte(first, in: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) {
                        i += 8
                        continue
                    }
                    if hb[i] == first {
                        var k = 1
                        while k < n && hb[i + k] == nb[k] { k += 1 }
                        if k == n {
                            if i + n == m || hb[i + n] < 0x80 { return true }
                            ambiguous = true
                        }
                    }
                    i += 1
                }
                if ambiguous { return nil }
                return hasASCIIEquivalent(hb) ? nil : false
            }
        }
        return answer ?? haystack.contains(needle)
    }

    /// The eight bytes at `i` when all are ASCII and none is below 0x0E (no white space but 0x20).
    @inline(__always)
    static func plainWord(_ raw: UnsafeRawBufferPointer, at i: Int) -> UInt64? {
        let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
        return ByteScan.hasNonASCII(word) || ByteScan.hasByte(below: 0x0E, in: word) ? nil : word
    }

    static func asciiOnly(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.allSatisfy { $0 < 0x80 }
    }

    static func hasASCIIEquivalent(_ b: UnsafeBufferPointer<UInt8>) -> Bool { ByteScan.hasASCIIEquivalent(b) }
}

extension Scan {
    /// `Text.collapse` for text of `isSimple` scalars only (nil otherwise): white space runs
    /// (ASCII white space, U+0085, U+00A0) become one space, none at either end.
    static func collapse(_ s: some StringProtocol) -> String? {
        if let r = s.utf8.withContiguousStorageIfAvailable({ collapse($0) }) {
            // Text that is already collapsed comes back as it is.
            return r.map { $0 ?? String(s) }
        }
        return Array(s.utf8).withUnsafeBufferPointer { collapse($0) }.map { $0 ?? String(s) }
    }

    /// The collapsed text, `.some(nil)` when `bytes` are collapsed already, nil when a scalar is not `isSimple`.
    static func collapse(_ bytes: UnsafeBufferPointer<UInt8>) -> String?? {
        let n = bytes.count
        // First pass: is anything to be done, and is every scalar simple?
        var changed = false
        var previousSpace = true  // at the start, a space would be leading
        var i = 0
        let raw = UnsafeRawBufferPointer(bytes)
        while i < n {
            // Eight ASCII bytes without control bytes: a space after a space (or leading) changes the text.
            if i + 8 <= n, let word = plainWord(raw, at: i) {
                let spaces = ByteScan.spaceBits(word)
                if spaces & (spaces << 8 | (previousSpace ? 0x80 : 0)) != 0 { changed = true }
                previousSpace = spaces >> 63 != 0
                i += 8
                continue
            }
            let b = bytes[i]
            if b < 0x80 {
                if isSpace(b) {
                    if b != 0x20 || previousSpace { changed = true }
                    previousSpace = true
                } else {
                    previousSpace = false
                }
                i += 1
            } else {
                let (v, length) = ByteScan.decode(bytes, at: i)
                guard isSimple(v) else { return nil }
                if v == 0x85 || v == 0xA0 {
                    changed = true
                    previousSpace = true
                } else {
                    previousSpace = false
                }
                i += length
            }
        }
        if previousSpace && n > 0 { changed = true }  // trailing space
        guard changed else { return .some(nil) }
        var out: [UInt8] = []
        out.reserveCapacity(n)
        var pendingSpace = false
        i = 0
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                if isSpace(b) {
                    pendingSpace = !out.isEmpty
                } else {
                    if pendingSpace { out.append(0x20); pendingSpace = false }
                    out.append(b)
                }
                i += 1
            } else {
                let (v, length) = ByteScan.decode(bytes, at: i)
                if v == 0x85 || v == 0xA0 {
                    pendingSpace = !out.isEmpty
                } else {
                    if pendingSpace { out.append(0x20); pendingSpace = false }
                    for k in i..<(i + length) { out.append(bytes[k]) }
                }
                i += length
            }
        }
        return .some(String(decoding: out, as: UTF8.self))
    }

    /// `Text.tokens` of ASCII text: runs of letters and digits, lowercased.
    static func asciiTokens(_ s: some StringProtocol) -> [String] {
        var out: [String] = []
        forEachASCIIToken(s) { out.append(String(decoding: $0, as: UTF8.self)) }
        return out
    }

    /// `Text.key` of ASCII text: its tokens joined by single spaces.
    static func asciiKey(_ s: some StringProtocol) -> String {
        if let key = s.utf8.withContiguousStorageIfAvailable(asciiKey) { return key }
        var copy = String(s)
        return copy.withUTF8(asciiKey)
    }

    /// `asciiKey` of UTF-8 bytes, written straight into the string (a key is never longer than
    /// its text: each space in it stands for at least one byte that is not a letter or digit).
    /// Eight bytes `keyWord` can write at once are written so.
    static func asciiKey(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        keyBytes.withUnsafeBufferPointer { table in
            String(unsafeUninitializedCapacity: bytes.count) { out in
                var n = 0
                var inToken = false
                var i = 0
                let raw = UnsafeRawBufferPointer(bytes)
                while i < bytes.count {
                    if i + 8 <= bytes.count, let word = keyWord(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self), inToken: inToken) {
                        if !inToken && n > 0 {
                            out[n] = 0x20
                            n += 1
                        }
                        UnsafeMutableRawPointer(out.baseAddress! + n).storeBytes(of: word, as: UInt64.self)
                        n += 8
                        i += 8
                        inToken = true
                        continue
                    }
                    let k = table[Int(bytes[i])]
                    i += 1
                    if k != 0 {
                        if !inToken {
                            if n > 0 {
                                out[n] = 0x20
                                n += 1
                            }
                            inToken = true
                        }
                        out[n] = k
                        n += 1
                    } else {
                        inToken = false
                    }
                }
                return n
            }
        }
    }

    /// Whether `asciiKey(s) == key`, without building the key: its bytes are compared with
    /// `key`'s as they come, up to the first that differs.
    static func hasASCIIKey(_ s: String, _ key: String) -> Bool {
        var s = s, key = key
        return keyBytes.withUnsafeBufferPointer { table in
            s.withUTF8 { bytes in
                key.withUTF8 { k in
                    var n = 0
                    var inToken = false
                    for b in bytes {
                        let lowered = table[Int(b)]
                        if lowered != 0 {
                            if !inToken {
                                if n > 0 {
                                    guard n < k.count, k[n] == 0x20 else { return false }
                                    n += 1
                                }
                                inToken = true
                            }
                            guard n < k.count, k[n] == lowered else { return false }
                            n += 1
                        } else {
                            inToken = false
                        }
                    }
                    return n == k.count
                }
            }
        }
    }

    /// Per byte, what `asciiKey` keeps of it: an ASCII letter lowercased, a digit as it is; 0 for
    /// every other byte (which ends a token).
    static let keyBytes: [UInt8] = (0..<256).map { v in
        let b = UInt8(v)
        if b &- 0x41 < 26 { return b | 0x20 }
        return b &- 0x61 < 26 || b &- 0x30 < 10 ? b : 0
    }

    /// Calls `body` with each lowercased run of ASCII letters and digits of `s`.
    static func forEachASCIIToken(_ s: some StringProtocol, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var current: [UInt8] = []
        current.reserveCapacity(32)
        func flush() {
            if !current.isEmpty {
                current.withUnsafeBufferPointer(body)
                current.removeAll(keepingCapacity: true)
            }
        }
        for b in s.utf8 {
            if b >= 0x41 && b <= 0x5A {
                current.append(b | 0x20)
            } else if (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) {
                current.append(b)
            } else {
                flush()
            }
        }
        flush()
    }
}

extension Scan {
    /// `Text.startsCapitalized(s)` read from the bytes up to its first ASCII letter or digit, when
    /// that and every byte before it are ASCII and the byte after it is ASCII or the end (so each is
    /// a character of its own, CR LF aside, which is neither letter nor digit): a digit or A–Z says
    /// yes, a–z no. Nil when a byte that is not ASCII comes first, or the text has no letter or digit.
    static func startsCapitalized(_ s: some StringProtocol) -> Bool? {
        let found: Bool?? = s.utf8.withContiguousStorageIfAvailable { b -> Bool? in
            for (i, c) in b.enumerated() {
                guard c < 0x80 else { return nil }
                guard (c | 0x20) &- 0x61 < 26 || c &- 0x30 < 10 else { continue }
                guard i + 1 == b.count || b[i + 1] < 0x80 else { return nil }
                return c &- 0x61 >= 26
            }
            return nil
        }
        return found ?? nil
    }
}

extension Scan {
    /// Whether `s` has an ASCII letter that starts a `Character` (it is first or follows an
    /// ASCII byte), so `s.contains(where: \.isLetter)` is surely true.
    static func hasLeadingASCIILetter(_ s: String) -> Bool {
        var previous: UInt8 = 0
        for b in s.utf8 {
            if previous < 0x80 && ((b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)) { return true }
            previous = b
        }
        return false
    }
}

extension Scan {
    /// `s.trimmingWhitespace()`, with the ends found over bytes when they are ASCII: an ASCII
    /// byte that is not white space ends the trim (it starts a character, or, at the far end, is
    /// where the character's last scalar is), and ASCII white space next to the ends is a
    /// character of its own unless a non-ASCII scalar could attach to it, which sends the
    /// text to the character version.
    static func trimmed(_ s: Substring) -> String {
        let utf8 = s.utf8
        guard let firstKept = utf8.firstIndex(where: { !isSpace($0) }) else { return "" }
        let lastKept = utf8.lastIndex(where: { !isSpace($0) })!
        guard utf8[firstKept] < 0x80, utf8[lastKept] < 0x80 else { return s.trimmingWhitespace() }
        return String(s[firstKept..<utf8.index(after: lastKept)])
    }
}

extension Scan {
    /// For each `isSimple` scalar (each a character of its own): whether that character
    /// `isLetter || isNumber`, asked of the standard library once.
    static let simpleWordChar: [Bool] = {
        var table = [Bool](repeating: false, count: 0x2060)
        for v in 0..<UInt32(0x2060) where isSimple(v) {
            if let scalar = Unicode.Scalar(v) {
                let c = Character(scalar)
                table[Int(v)] = c.isLetter || c.isNumber
            }
        }
        return table
    }()

    /// The runs of letters and digits of `lower` (already lowercased) when all its scalars are
    /// `isSimple`, else nil: `Text.tokens` without walking characters.
    static func simpleTokens(_ lower: String) -> [String]? {
        var lower = lower
        return lower.withUTF8 { b -> [String]? in
            var out: [String] = []
            var start = -1
            var i = 0
            let n = b.count
            let table = simpleWordChar
            while i < n {
                let c = b[i]
                var v = UInt32(c), length = 1
                if c >= 0x80 {
                    (v, length) = ByteScan.decode(b, at: i)
                    guard isSimple(v) else { return nil }
                }
                if table[Int(v)] {
                    if start < 0 { start = i }
                } else if start >= 0 {
                    out.append(String(decoding: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self))
                    start = -1
                }
                i += length
            }
            if start >= 0 { out.append(String(decoding: UnsafeBufferPointer(rebasing: b[start..<n]), as: UTF8.self)) }
            return out
        }
    }
}

extension Scan {
    /// A lower bound of the number of `Text.tokens` of `s` (exact for ASCII text), counting stops
    /// at `cap`: the runs of ASCII letters and digits with an ASCII byte that is neither, or an end
    /// of the text, on both sides. Each is a token of its own: an ASCII character next to an ASCII
    /// character is a character boundary, and `Character.isLetter`/`isNumber` look at the first scalar.
    static func separateASCIITokens(_ s: String, cap: Int) -> Int {
        var s = s
        return keyBytes.withUnsafeBufferPointer { table in s.withUTF8 { b -> Int in
            var count = 0
            var inRun = false
            var cleanStart = true  // the run began at the start or after an ASCII separator byte
            var previousASCII = true
            for c in b {
                if table[Int(c)] != 0 {  // an ASCII letter or digit
                    if !inRun {
                        inRun = true
                        cleanStart = previousASCII
                    }
                } else {
                    if inRun && cleanStart && c < 0x80 {
                        count += 1
                        if count >= cap { return count }
                    }
                    inRun = false
                }
                previousASCII = c < 0x80
            }
            if inRun && cleanStart { count += 1 }
            return min(count, cap)
        } }
    }
}

extension Scan {
    /// A fixed set of needles searched for together (shared with analysis).
    typealias Needles = NeedleSet
}
