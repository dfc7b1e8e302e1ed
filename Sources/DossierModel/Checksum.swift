/// A fast, stable 64-bit content checksum (FNV-1a). Used to recognise a summary the
/// generator wrote from one an analyst edited; not a security measure.
public enum Checksum {
    /// "fnv1a64:" followed by 16 lowercase hex digits.
    public static func of(_ text: String) -> String {
        var text = text
        let hash = text.withUTF8 { bytes in
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in bytes {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01b3
            }
            return hash
        }
        let hex = String(hash, radix: 16)
        return "fnv1a64:" + String(repeating: "0", count: 16 - hex.count) + hex
    }
}
