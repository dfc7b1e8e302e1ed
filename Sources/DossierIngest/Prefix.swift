import DossierModel

extension Scan {
    /// `s.hasPrefix(prefix)` (Character by Character, canonical equivalence) for an ASCII
    /// `prefix` not ending in CR, answered from the bytes where they decide it: a byte match
    /// followed by an ASCII byte or the end (so the prefix ends on a character boundary) is a
    /// prefix; a first differing byte that is ASCII in both is none; otherwise no byte match, in
    /// text whose first bytes hold none of the three characters canonically equal to ASCII
    /// (U+037E, U+1FEF, U+212A), is none. Nil otherwise (a combining
    /// mark after the match, say): the caller asks `hasPrefix` itself.
    static func hasPrefix(_ s: String, _ prefix: String) -> Bool? {
        var s = s, prefix = prefix
        return prefix.withUTF8 { p -> Bool? in
            guard let last = p.last, last != 0x0D, p.allSatisfy({ $0 < 0x80 }) else { return nil }
            return s.withUTF8 { b -> Bool? in
                let m = p.count, n = b.count
                var i = 0
                while i < m && i < n && b[i] == p[i] { i += 1 }
                if i == m { return n == m || b[m] < 0x80 ? true : nil }
                // A first differing byte that is ASCII in the text too: the characters holding it
                // differ (ASCII bytes join into one character only as CR LF, and canonical
                // equivalence keeps an ASCII scalar first in its character).
                if i < n && b[i] < 0x80 { return false }
                // Each character equal to one of the prefix's is one to three bytes.
                return ByteScan.hasASCIIEquivalent(UnsafeBufferPointer(rebasing: b[..<min(n, 3 * m)])) ? nil : false
            }
        }
    }

    /// Whether the scalar `v` is punctuation that stays the first scalar of any character it opens,
    /// in every canonical form: «, », U+2010–U+2027 and U+2030–U+205E (dashes, quotation marks,
    /// ellipsis…), none of which has a canonical decomposition, combines with what follows, or is
    /// a combining mark itself (a test checks them all).
    static func isOpaqueOpening(_ v: UInt32) -> Bool {
        v == 0xAB || v == 0xBB || (v >= 0x2010 && v <= 0x2027) || (v >= 0x2030 && v <= 0x205E)
    }

    /// Whether each scalar of `s` is ASCII or punctuation that is a character of its own and
    /// neither a letter nor a number nor changed by lowercasing: U+00A0, «, », U+2010–U+2027,
    /// U+2030–U+205E (dashes, curly quotes, ellipsis…). `Text.tokens` of such text are its runs
    /// of ASCII letters and digits, lowercased.
    static func isASCIIOrPunctuation(_ s: some StringProtocol) -> Bool {
        if let r = s.utf8.withContiguousStorageIfAvailable({ isASCIIOrPunctuation($0) }) { return r }
        return Array(s.utf8).withUnsafeBufferPointer { isASCIIOrPunctuation($0) }
    }

    static func isASCIIOrPunctuation(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = b.count
        let raw = UnsafeRawBufferPointer(b)
        while i < n {
            // Eight ASCII bytes at once, then one by one up to the next scalar that is not ASCII.
            while i + 8 <= n && !ByteScan.hasNonASCII(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) { i += 8 }
            while i < n && b[i] < 0x80 { i += 1 }
            guard i < n else { return true }
            let c = b[i]
            guard c == 0xC2 || c == 0xE2, i + (c == 0xC2 ? 1 : 2) < n else { return false }
            let (v, length) = ByteScan.decode(b, at: i)
            guard v == 0xA0 || isOpaqueOpening(v) else {
                return false
            }
            i += length
        }
        return true
    }
}
