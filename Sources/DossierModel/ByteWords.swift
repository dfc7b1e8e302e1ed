/// Tests of eight bytes at once (a `UInt64` loaded from text), for scans that skip runs of
/// ordinary bytes. Each is exact: it is true exactly when one of the eight bytes qualifies.
extension ByteScan {
    /// Every byte of a word set to 0x01, and to 0x80.
    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let highs: UInt64 = 0x8080_8080_8080_8080

    /// Whether a byte of `word` is below `limit` (1…128). A borrow out of a byte below `limit`
    /// can set the high bit of a byte above it, but only above a byte that qualifies itself.
    @inline(__always)
    public static func hasByte(below limit: UInt8, in word: UInt64) -> Bool {
        (word &- ones &* UInt64(limit)) & ~word & highs != 0
    }

    /// Whether a byte of `word` equals `byte`.
    @inline(__always)
    public static func hasByte(_ byte: UInt8, in word: UInt64) -> Bool {
        hasByte(below: 1, in: word ^ (ones &* UInt64(byte)))
    }

    /// Whether a byte of `word` is 0x80 or above (not ASCII).
    @inline(__always)
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
}
