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

    /// `text(raw)` for ASCII input, over bytes: ASCII is already in NFC, so only the line
    /// breaks, tabs and control characters need handling. Nil for any other input.
    static func asciiText(_ raw: String) -> String? {
        var raw = raw
        return raw.withUTF8 { bytes -> String? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var afterCR = false
            for v in bytes {
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
