import DossierModel

extension Scan {
    /// What `asciiKey` writes for the eight ASCII bytes `word` (the first the low one), when they can
    /// be written at once: each letter or digit as `keyBytes` keeps it, each other byte as one
    /// space. That is the byte loop's output when every other byte stands between two letters or
    /// digits: the last byte is one, no two others are neighbours, and the first is another only
    /// `inToken` (after a letter or digit). The key then goes on in a token. Nil for other words.
    @inline(__always)
    static func keyWord(_ word: UInt64, inToken: Bool) -> UInt64? {
        let (ones, highs) = (ByteScan.ones, ByteScan.highs)
        // For ASCII bytes no sum below carries into the next byte: the high bit of `v + 0x80 - lo`
        // is set exactly when v >= lo.
        func atLeast(_ v: UInt64, _ lo: UInt64) -> UInt64 { (v &+ ones &* (0x80 - lo)) & highs }
        let folded = word | ones &* 0x20  // A–Z to a–z (and other bytes elsewhere, which stay others)
        let letters = atLeast(folded, 0x61) & ~atLeast(folded, 0x7B)
        let digits = atLeast(word, 0x30) & ~atLeast(word, 0x3A)
        let others = ~(letters | digits) & highs
        guard word & highs == 0, others >> 63 == 0, others & (others << 8) == 0, inToken || others & 0x80 == 0 else { return nil }
        let otherBytes = (others >> 7) &* 0xFF
        return ((word | letters >> 2) & ~otherBytes) | (ones &* 0x20 & otherBytes)
    }
}
