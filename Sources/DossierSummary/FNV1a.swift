/// `Checksum.of` (64-bit FNV-1a over the UTF-8 bytes, written "fnv1a64:" and 16 lowercase hex
/// digits) taken over texts one after another: the checksum of their concatenation, without
/// building it.
enum FNV1a {
    /// The hash of no bytes (FNV's offset basis).
    static let empty: UInt64 = 0xcbf2_9ce4_8422_2325

    /// The hash of the bytes hashed into `hash` followed by those of `text`.
    static func hash(_ text: String, continuing hash: UInt64 = empty) -> UInt64 {
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

    /// `hash` as `Checksum.of` writes it.
    static func hex(_ hash: UInt64) -> String {
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
