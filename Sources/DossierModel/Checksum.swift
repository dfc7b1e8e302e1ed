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

extension Checksum {
    /// FNV-1a's step over the 8-byte words of `raw`, then over the bytes left, continuing `hash`:
    /// about eight times faster than byte by byte, for change detection only (the output
    /// manifest's page checksums, file stamps). Not the summaries' `checksum:` (that is `of`).
    public static func wordwise(_ raw: UnsafeRawBufferPointer, continuing hash: UInt64 = 0xcbf2_9ce4_8422_2325) -> UInt64 {
        var hash = hash
        let words = raw.count / 8
        for w in 0..<words {
            hash = (hash ^ UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: w * 8, as: UInt64.self))) &* 0x0000_0100_0000_01b3
        }
        for byte in raw[(words * 8)...] { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return hash
    }
}

/// FNV-1a 64 fed piece by piece: fingerprints of structured values (a page's template values).
public struct Fingerprint: Sendable {
    public private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    public init() {}

    public mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            for byte in bytes { value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        }
        add(byte: 0xFF) // a separator no UTF-8 text contains
    }

    public mutating func add(_ number: Int) {
        withUnsafeBytes(of: number.littleEndian) { for byte in $0 { value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 } }
    }

    public mutating func add(byte: UInt8) {
        value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    }
}
