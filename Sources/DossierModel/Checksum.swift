/// A fast, stable 64-bit content checksum (FNV-1a). Used to recognise a summary the
/// generator wrote from one an analyst edited; not a security measure.
public enum Checksum {
    /// "fnv1a64:" followed by 16 lowercase hex digits.
    public static func of(_ text: String) -> String { written(fnv1a(text)) }

    /// The checksum of several texts one after another: that of their concatenation, without
    /// building it.
    public static func of(concatenated texts: String...) -> String {
        written(texts.reduce(fnvOffset) { fnv1a($1, continuing: $0) })
    }

    /// FNV-1a's hash of no bytes (its offset basis).
    static let fnvOffset: UInt64 = 0xcbf2_9ce4_8422_2325

    /// FNV-1a over the UTF-8 bytes of `text`, continuing `hash`.
    static func fnv1a(_ text: String, continuing hash: UInt64 = fnvOffset) -> UInt64 {
        var text = text
        return text.withUTF8 { bytes in
            var hash = hash
            for byte in bytes {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01b3
            }
            return hash
        }
    }

    /// `hash` written as "fnv1a64:" and 16 lowercase hex digits.
    static func written(_ hash: UInt64) -> String {
        String(unsafeUninitializedCapacity: 24) { out in
            for (i, byte) in "fnv1a64:".utf8.enumerated() { out[i] = byte }
            for k in 0..<16 {
                let nibble = UInt8(truncatingIfNeeded: hash >> (60 - 4 * UInt64(k))) & 0xF
                out[8 + k] = nibble < 10 ? nibble &+ UInt8(ascii: "0") : nibble &+ (UInt8(ascii: "a") - 10)
            }
            return 24
        }
    }
}

extension Checksum {
    /// A 64-bit checksum of `raw` continuing `hash`, eight bytes a step (`step`), for change
    /// detection only (the output manifest's page checksums, file stamps, page keys): about eight
    /// times faster than byte by byte. Not the summaries' `checksum:` (that is `of`). Whole
    /// 32-byte blocks go through four chains at once (`blocks`), then the words left one by one.
    /// The bytes left after the last whole word go in one more step, with their count in its top
    /// byte as `0xF8 | count`: a top byte no UTF-8 text has, so texts fed one after another stay
    /// apart.
    public static func wordwise(_ raw: UnsafeRawBufferPointer, continuing hash: UInt64 = 0xcbf2_9ce4_8422_2325) -> UInt64 {
        var hash = hash
        var offset = 0
        var last = UInt64(0xF8) << 56
        if let bytes = raw.baseAddress {
            if raw.count >= 64 { (hash, offset) = blocks(bytes, count: raw.count, continuing: hash) }
            while offset + 8 <= raw.count {
                hash = step(hash, UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
                offset += 8
            }
            last |= UInt64(raw.count - offset) << 56
            // The last bytes in at most three loads (four, two and one bytes), not one by one.
            var shift: UInt64 = 0
            if raw.count - offset >= 4 {
                last |= UInt64(UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self)))
                offset += 4
                shift = 32
            }
            if raw.count - offset >= 2 {
                last |= UInt64(UInt16(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt16.self))) << shift
                offset += 2
                shift += 16
            }
            if offset < raw.count { last |= UInt64(bytes.load(fromByteOffset: offset, as: UInt8.self)) << shift }
        }
        return step(hash, last)
    }

    /// The whole 32-byte blocks of `count` bytes (at least two blocks) hashed continuing `hash`,
    /// and the offset after them. Word k of a block goes to chain k: four multiplications in
    /// flight instead of one waiting on the last. The chains start apart (`hash` and three
    /// rotations of it), each is mixed (`mixed`: FNV's sparse multiplier moves a change only
    /// a few bits up, so two chains' changes could cancel when xored), then they are folded into
    /// one by `step`s. Both are one-to-one, so a change in one word still always changes the result.
    @inline(__always)
    static func blocks(_ bytes: UnsafeRawPointer, count: Int, continuing hash: UInt64) -> (hash: UInt64, offset: Int) {
        var (a, b, c, d) = (hash, hash.rotated(16), hash.rotated(32), hash.rotated(48))
        var offset = 0
        while offset + 32 <= count {
            a = step(a, UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
            b = step(b, UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self)))
            c = step(c, UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset + 16, as: UInt64.self)))
            d = step(d, UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset + 24, as: UInt64.self)))
            offset += 32
        }
        return (step(step(step(mixed(a), mixed(b)), mixed(c)), mixed(d)), offset)
    }

    /// MurmurHash3's 64-bit finalizer: a one-to-one mix in which every input bit changes about
    /// half the output bits.
    @inline(__always)
    static func mixed(_ value: UInt64) -> UInt64 {
        var k = value
        k ^= k &>> 33
        k = k &* 0xff51_afd7_ed55_8ccd
        k ^= k &>> 33
        k = k &* 0xc4ce_b9fe_1a85_ec53
        return k ^ k &>> 33
    }

    /// One step: FNV-1a's over a whole word, then the high half folded into the low half.
    /// FNV's multiplication carries a change only upwards, so without the fold a change in
    /// the top bytes of two words could cancel out in the top byte alone; each part is a
    /// bijection, so a change in one word always changes the result.
    @inline(__always)
    public static func step(_ hash: UInt64, _ word: UInt64) -> UInt64 {
        let h = (hash ^ word) &* 0x0000_0100_0000_01b3
        return h ^ (h &>> 32)
    }
}

/// `Checksum.wordwise`'s steps fed piece by piece: fingerprints of structured values (a page's
/// template values, a card's inputs).
public struct Fingerprint: Sendable {
    public private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    public init() {}

    /// Adds a text: its UTF-8 bytes a word at a time, ended as `Checksum.wordwise` ends them.
    public mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { add(bytes: UnsafeRawBufferPointer($0)) }
    }

    /// Adds bytes, as `add(_:)` adds a text's UTF-8.
    public mutating func add(bytes: UnsafeRawBufferPointer) {
        value = Checksum.wordwise(bytes, continuing: value)
    }

    public mutating func add(_ number: Int) {
        value = Checksum.step(value, UInt64(bitPattern: Int64(number)))
    }

    public mutating func add(byte: UInt8) {
        value = Checksum.step(value, UInt64(byte))
    }
}

private extension UInt64 {
    /// The bits rotated left by `n` (0 < n < 64).
    func rotated(_ n: UInt64) -> UInt64 { self &<< n | self &>> (64 - n) }
}
