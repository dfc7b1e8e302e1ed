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
    /// times faster than byte by byte. Not the summaries' `checksum:` (that is `of`). The bytes
    /// left after the last whole word go in one more step, with their count in its top byte as
    /// `0xF8 | count`: a top byte no UTF-8 text has, so texts fed one after another stay apart.
    public static func wordwise(_ raw: UnsafeRawBufferPointer, continuing hash: UInt64 = 0xcbf2_9ce4_8422_2325) -> UInt64 {
        var hash = hash
        var offset = 0
        var last = UInt64(0xF8) << 56
        if let bytes = raw.baseAddress {
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
