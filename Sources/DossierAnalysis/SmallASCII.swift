/// ASCII text of at most 15 bytes made into a `String` from its bits. The standard library keeps
/// such text inline in the string's two words: the bytes in order (little-endian, the first in
/// the lowest byte), then the count in the top byte with the small-ASCII discriminator 0xE0.
/// `String(unsafeUninitializedCapacity:)` spends over a hundred instructions a token reaching
/// the same two words; here they are written directly. `isAvailable` checks once, against strings
/// the standard library made, that this build's strings are laid out so; where they are not, the
/// callers make their strings as before.
enum SmallASCII {
    /// The longest text a small string holds.
    static let capacity = 15

    /// Whether `string(low:high:count:)` makes the very string the standard library makes of the
    /// same bytes (a test holds it to that for every length).
    static let isAvailable: Bool = {
        guard MemoryLayout<String>.size == 16 else { return false }
        let samples = ["", "a", "the", "Tokayev", "abcdefgh", "abcdefghi", "abcdefghijklmno"]
        return samples.allSatisfy { sample in
            var copy = sample
            let made = copy.withUTF8 { b -> (UInt64, UInt64) in
                let (low, high) = words(b)
                return bits(of: string(low: low, high: high, count: b.count))
            }
            return made == bits(of: sample)
        }
    }()

    /// The two words of `s` as stored.
    static func bits(of s: String) -> (UInt64, UInt64) { unsafeBitCast(s, to: (UInt64, UInt64).self) }

    /// The string of the bytes packed in `low` (bytes 0–7) and `high` (bytes 8–14), `count` of them:
    /// every byte below 0x80, none set beyond `count`. Only when `isAvailable`.
    @inline(__always)
    static func string(low: UInt64, high: UInt64, count: Int) -> String {
        unsafeBitCast((low, high | (0xE0 | UInt64(truncatingIfNeeded: count)) << 56), to: String.self)
    }

    /// The bytes of `b` (at most 15) packed as `string(low:high:count:)` reads them.
    @inline(__always)
    static func words(_ b: UnsafeBufferPointer<UInt8>) -> (low: UInt64, high: UInt64) {
        var low: UInt64 = 0, high: UInt64 = 0
        for k in 0..<min(b.count, 8) { low |= UInt64(b[k]) << (8 * UInt64(k)) }
        if b.count > 8 {
            for k in 8..<b.count { high |= UInt64(b[k]) << (8 * UInt64(k - 8)) }
        }
        return (low, high)
    }

    /// The bytes `range` of `bytes` (at most 15) packed as `words(_:)` packs them, read eight at a
    /// time where `bytes` goes on far enough (the bytes after `range` are masked off).
    @inline(__always)
    static func words(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> (low: UInt64, high: UInt64) {
        let start = range.lowerBound, count = range.count
        guard start + 16 <= bytes.count else { return words(UnsafeBufferPointer(rebasing: bytes[range])) }
        let raw = UnsafeRawBufferPointer(bytes)
        let low = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: start, as: UInt64.self))
        let high = count > 8 ? UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: start + 8, as: UInt64.self)) : 0
        return (low & mask(count), high & mask(count - 8))
    }

    /// Byte `k` (0–14) of the bytes packed in `low` and `high`.
    @inline(__always)
    static func byte(_ k: Int, _ low: UInt64, _ high: UInt64) -> UInt8 {
        UInt8(truncatingIfNeeded: k < 8 ? low >> (8 * UInt64(k & 7)) : high >> (8 * UInt64(k & 7)))
    }

    /// The bits of the first `count` bytes of a word: none for `count` 0 or less, all for 8 or more.
    @inline(__always)
    static func mask(_ count: Int) -> UInt64 {
        count <= 0 ? 0 : count >= 8 ? ~0 : (1 << (8 * UInt64(count))) - 1
    }

    /// Each byte of `x` that is an ASCII capital letter (every byte below 0x80) made lowercase,
    /// eight at once: a byte is a capital when adding 0x3F carries it to 0x80 (at least "A") and
    /// adding 0x25 does not (below "["); no sum passes 0xFF, so no byte carries into the next.
    @inline(__always)
    static func lowercased(_ x: UInt64) -> UInt64 { x | (capitals(x) >> 2) }

    /// 0x80 in each byte of `x` that is an ASCII capital letter (every byte below 0x80).
    @inline(__always)
    static func capitals(_ x: UInt64) -> UInt64 {
        let atLeastA = x &+ 0x3F3F_3F3F_3F3F_3F3F, pastZ = x &+ 0x2525_2525_2525_2525
        return atLeastA & ~pastZ & 0x8080_8080_8080_8080
    }
}
