import DossierModel
import Foundation

/// Character-level clean-up of decoded text, before any layout is read from it.
enum Normalize {
    /// `raw` in Unicode NFC with line breaks as LF (CRLF and lone CR converted, U+2028/U+2029
    /// too), odd spaces (no-break, thin, ideographic…) and tabs as plain spaces, and invisible
    /// characters (byte-order marks, zero-width spaces, soft hyphens, bidirectional controls,
    /// other control characters) removed. Zero-width joiners stay: emoji and some scripts need them.
    /// The number of lines is unchanged, so line numbers still point into the raw file.
    static func text(_ raw: String) -> String {
        if let ascii = asciiText(raw) { return ascii }
        var out = String.UnicodeScalarView()
        var afterCR = false
        for scalar in raw.precomposedStringWithCanonicalMapping.unicodeScalars {
            let v = scalar.value
            if v == 0x0A && afterCR {
                afterCR = false
                continue
            }
            afterCR = v == 0x0D
            switch v {
            case 0x0A, 0x0D, 0x2028:
                out.append("\n")
            case 0x2029:
                out.append(contentsOf: "\n\n".unicodeScalars)
            case 0x09, 0x0B, 0x0C, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
                out.append(" ")
            case 0x00...0x1F, 0x7F...0x9F, 0xAD, 0x180E, 0x200B, 0x200E, 0x200F, 0x202A...0x202E,
                 0x2060...0x2064, 0x2066...0x2069, 0xFEFF:
                continue
            default:
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// `text(raw)` over bytes for text whose scalars are all ASCII, below U+0300, general
    /// punctuation U+2010–U+2027 or U+2030–U+205E, or U+FEFF: such text is already in NFC (none
    /// of these scalars decomposes, and no combining mark follows to compose with), so only the
    /// line breaks, odd spaces and invisible characters need handling. Nil for any other text.
    static func asciiText(_ raw: String) -> String? {
        var copy = raw
        if copy.withUTF8(isClean) { return raw }
        return asciiCopy(raw)
    }

    /// Whether `asciiText` gives `bytes` back as they are: each scalar printable ASCII, LF, or
    /// `Scan.isSimple` and kept as it is (not U+0080–U+00A0 or U+00AD). Eight bytes of printable
    /// ASCII in a row are passed at once.
    static func isClean(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        var i = 0
        let n = bytes.count
        while i < n {
            if i + 8 <= n {
                let x = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                let below20 = (x &- 0x20 &* ones) & ~x
                let del = ((x ^ (0x7F &* ones)) &- ones) & ~(x ^ (0x7F &* ones))
                if (x | below20 | del) & highs == 0 {
                    i += 8
                    continue
                }
            }
            let v = bytes[i]
            if v < 0x80 {
                guard v == 0x0A || (v >= 0x20 && v != 0x7F) else { return false }
                i += 1
                continue
            }
            let (scalar, length) = ByteScan.decode(bytes, at: i)
            guard Scan.isSimple(scalar), scalar > 0xA0, scalar != 0xAD else { return false }
            i += length
        }
        return true
    }

    /// `asciiText`, building the normalised copy.
    static func asciiCopy(_ raw: String) -> String? {
        var raw = raw
        return raw.withUTF8 { bytes -> String? in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var afterCR = false
            var i = 0
            let n = bytes.count
            while i < n {
                let v = bytes[i]
                if v >= 0x80 {
                    let (scalar, length) = ByteScan.decode(bytes, at: i)
                    guard Scan.isSimple(scalar) || scalar == 0xFEFF else { return nil }
                    afterCR = false
                    switch scalar {
                    case 0xA0:
                        out.append(0x20)
                    case 0x80...0x9F, 0xAD, 0xFEFF:
                        break
                    default:
                        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<(i + length)]))
                    }
                    i += length
                    continue
                }
                i += 1
                if v == 0x0A && afterCR {
                    afterCR = false
                    continue
                }
                afterCR = v == 0x0D
                switch v {
                case 0x0A, 0x0D:
                    out.append(0x0A)
                case 0x09, 0x0B, 0x0C:
                    out.append(0x20)
                case 0x00...0x1F, 0x7F:
                    continue
                default:
                    out.append(v)
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }
}
