/// Tests of eight bytes at once (a `UInt64` loaded from text), for scans that skip runs of
/// ordinary bytes. Each is exact: it is true exactly when one of the eight bytes qualifies.
extension ByteScan {
    /// Every byte of a word set to 0x01, and to 0x80.
    @inlinable public static var ones: UInt64 { 0x0101_0101_0101_0101 }
    @inlinable public static var highs: UInt64 { 0x8080_8080_8080_8080 }

    /// The high bit of each zero byte of `word`, and maybe of some bytes above a zero byte (a
    /// borrow out of it): never missing a zero byte, and zero exactly when `word` has none.
    @inlinable @inline(__always)
    public static func zeroBits(_ word: UInt64) -> UInt64 { (word &- ones) & ~word & highs }

    /// Whether a byte of `word` is below `limit` (1…128). A borrow out of a byte below `limit`
    /// can set the high bit of a byte above it, but only above a byte that qualifies itself.
    @inlinable @inline(__always)
    public static func hasByte(below limit: UInt8, in word: UInt64) -> Bool {
        (word &- ones &* UInt64(limit)) & ~word & highs != 0
    }

    /// Whether a byte of `word` equals `byte`.
    @inlinable @inline(__always)
    public static func hasByte(_ byte: UInt8, in word: UInt64) -> Bool {
        hasByte(below: 1, in: word ^ (ones &* UInt64(byte)))
    }

    /// Whether a byte of `word` is 0x80 or above (not ASCII).
    @inlinable @inline(__always)
    public static func hasNonASCII(_ word: UInt64) -> Bool { word & highs != 0 }

    /// Whether every byte is ASCII and none is CR (so each byte is a character of its own),
    /// eight bytes at a time where it can.
    public static func isPlainASCII(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let raw = UnsafeRawBufferPointer(b)
        var i = 0
        while i + 8 <= raw.count {
            let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            if hasNonASCII(word) || hasByte(0x0D, in: word) { return false }
            i += 8
        }
        return b[i...].allSatisfy { $0 < 0x80 && $0 != 0x0D }
    }

    /// Whether `text` holds any of `bytes` (a few), eight bytes of it tested at a time.
    @inlinable
    public static func contains(anyOf bytes: [UInt8], in text: String) -> Bool {
        var text = text
        return text.withUTF8 { b in
            let raw = UnsafeRawBufferPointer(b)
            var i = 0
            while i + 8 <= raw.count {
                let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                if bytes.contains(where: { hasByte($0, in: word) }) { return true }
                i += 8
            }
            return b[i...].contains(where: bytes.contains)
        }
    }

    /// The high bit of each byte of `word` that is a space (0x20), for ASCII words: 0x7F added to
    /// the low seven bits of a byte carries into its high bit unless they are all zero.
    @inlinable @inline(__always)
    public static func spaceBits(_ word: UInt64) -> UInt64 {
        let t = word ^ (ones &* 0x20)
        return ~(((t & ~highs) &+ (ones &* 0x7F)) | t) & highs
    }

    /// The high bit of each byte of an ASCII `word` that is an uppercase letter A–Z: a byte of at
    /// most 0x7F reaches the high bit when 0x3F is added exactly when it is 0x41 or more, and when
    /// 0x25 is added exactly when it is 0x5B or more (no sum carries into the next byte).
    @inlinable @inline(__always)
    public static func upperBits(_ word: UInt64) -> UInt64 {
        (word &+ ones &* 0x3F) & ~(word &+ ones &* 0x25) & highs
    }

    /// Runs of bytes other than a space starting in an ASCII `word` (the first byte the low one),
    /// counted, the first when `inRun` is false, and whether the last byte is in a run.
    @inlinable @inline(__always)
    public static func runStarts(_ word: UInt64, inRun: Bool) -> (count: Int, endsInRun: Bool) {
        let others = ~spaceBits(word) & highs
        let before = others << 8 | (inRun ? 0x80 : 0)
        return ((others & ~before).nonzeroBitCount, others >> 63 != 0)
    }
}
