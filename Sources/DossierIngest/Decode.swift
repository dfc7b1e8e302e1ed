import DossierModel

/// Turning a file's bytes into text, repairing what can be repaired and refusing binaries.
enum Decode {
    /// Signatures of binary formats that are sometimes dropped into a text folder by mistake.
    static let magic: [(name: String, bytes: [UInt8])] = [
        ("PNG image", [0x89, 0x50, 0x4E, 0x47]), ("JPEG image", [0xFF, 0xD8, 0xFF]), ("GIF image", [0x47, 0x49, 0x46, 0x38]),
        ("PDF document", [0x25, 0x50, 0x44, 0x46]), ("ZIP archive", [0x50, 0x4B, 0x03, 0x04]), ("gzip archive", [0x1F, 0x8B]),
        ("ELF binary", [0x7F, 0x45, 0x4C, 0x46]), ("WebP/RIFF file", [0x52, 0x49, 0x46, 0x46]),
    ]

    /// The name of the binary format `bytes` start with, if any.
    static func binaryFormat(_ bytes: [UInt8]) -> String? {
        magic.first { bytes.starts(with: $0.bytes) }?.name
    }

    /// Whether the first 64 KB hold so many control bytes (more than 10% other than NUL,
    /// tab, line feed, carriage return, form feed and escape), or so many NULs (more than
    /// 30%), that the content is not text. Eight bytes none of which is below 0x20 or 0x7F
    /// are passed over at once.
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        let count = min(bytes.count, 65_536)
        var nuls = 0, controls = 0
        bytes.withUnsafeBytes { raw in
            var i = 0
            while i < count {
                if i + 8 <= count {
                    let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    if !ByteScan.hasByte(below: 0x20, in: word) && !ByteScan.hasByte(0x7F, in: word) {
                        i += 8
                        continue
                    }
                }
                let c = raw[i]
                if c == 0 {
                    nuls += 1
                } else if (c < 0x20 && c != 0x09 && c != 0x0A && c != 0x0C && c != 0x0D && c != 0x1B) || c == 0x7F {
                    controls += 1
                }
                i += 1
            }
        }
        return controls * 10 > count || nuls * 10 > count * 3
    }

    /// The byte order of UTF-16 text: from its byte-order mark, or guessed from zero bytes
    /// in alternate positions (ASCII-range text in UTF-16 without a mark) among the first
    /// 4096. nil for other text. Eight bytes none of which is zero are passed over at once.
    static func utf16Order(_ bytes: [UInt8]) -> (bigEndian: Bool, bomLength: Int)? {
        if bytes.starts(with: [0xFF, 0xFE]) { return (false, 2) }
        if bytes.starts(with: [0xFE, 0xFF]) { return (true, 2) }
        let count = min(bytes.count, 4096)
        guard count >= 8 else { return nil }
        var evenZeros = 0, oddZeros = 0
        bytes.withUnsafeBytes { raw in
            var i = 0
            while i < count {
                if i + 8 <= count && !ByteScan.hasByte(0, in: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) {
                    i += 8
                    continue
                }
                if raw[i] == 0 {
                    if i % 2 == 0 { evenZeros += 1 } else { oddZeros += 1 }
                }
                i += 1
            }
        }
        let half = count / 2
        if oddZeros * 10 >= half * 7 && evenZeros * 10 < half { return (false, 0) }
        if evenZeros * 10 >= half * 7 && oddZeros * 10 < half { return (true, 0) }
        return nil
    }

    /// UTF-16 `bytes` (after the mark) as text; unpaired surrogates become U+FFFD.
    static func utf16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> (text: String, repaired: Bool) {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let a = UInt16(bytes[index]), b = UInt16(bytes[index + 1])
            units.append(bigEndian ? a << 8 | b : b << 8 | a)
            index += 2
        }
        let text = String(decoding: units, as: UTF16.self)
        let repaired = bytes.count % 2 == 1 || String(validating: units, as: UTF16.self) == nil
        return (text, repaired)
    }

    /// What a scan of UTF-8 found: the offset of the first invalid byte and whether any
    /// valid multi-byte sequence was seen.
    struct UTF8Scan {
        var firstInvalid: Int?
        var hasMultibyte: Bool
    }

    /// Scans `bytes` as UTF-8 (rejecting overlong forms, surrogates and values past U+10FFFF).
    static func scanUTF8(_ bytes: [UInt8]) -> UTF8Scan {
        var scan = UTF8Scan(firstInvalid: nil, hasMultibyte: false)
        var i = 0
        while i < bytes.count {
            // Eight ASCII bytes at once.
            if i + 8 <= bytes.count,
               !ByteScan.hasNonASCII(bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: i, as: UInt64.self) }) {
                i += 8
                continue
            }
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let (length, low, high): (Int, UInt8, UInt8) = switch b {
            case 0xC2...0xDF: (2, 0x80, 0xBF)
            case 0xE0: (3, 0xA0, 0xBF)
            case 0xE1...0xEC, 0xEE...0xEF: (3, 0x80, 0xBF)
            case 0xED: (3, 0x80, 0x9F)
            case 0xF0: (4, 0x90, 0xBF)
            case 0xF1...0xF3: (4, 0x80, 0xBF)
            case 0xF4: (4, 0x80, 0x8F)
            default: (0, 0, 0)
            }
            let valid = length > 0 && i + length <= bytes.count && (low...high).contains(bytes[i + 1])
                && (2..<length).allSatisfy { (0x80...0xBF).contains(bytes[i + $0]) }
            if !valid {
                if scan.firstInvalid == nil { scan.firstInvalid = i }
                i += 1
                continue
            }
            scan.hasMultibyte = true
            i += length
        }
        return scan
    }

    /// Windows-1252 characters for bytes 0x80–0x9F (nil where the code page leaves a hole).
    static let cp1252High: [Unicode.Scalar?] = [
        "\u{20AC}", nil, "\u{201A}", "\u{0192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
        "\u{02C6}", "\u{2030}", "\u{0160}", "\u{2039}", "\u{0152}", nil, "\u{017D}", nil,
        nil, "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
        "\u{02DC}", "\u{2122}", "\u{0161}", "\u{203A}", "\u{0153}", nil, "\u{017E}", "\u{0178}",
    ]

    /// `bytes` read as Windows-1252 (Latin-1 outside 0x80–0x9F; holes become U+FFFD).
    static func windows1252(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        for b in bytes {
            if (0x80...0x9F).contains(b) {
                scalars.append(cp1252High[Int(b) - 0x80] ?? "\u{FFFD}")
            } else {
                scalars.append(Unicode.Scalar(b))
            }
        }
        return String(scalars)
    }

    /// The 1-based line of byte `offset` (counting line feeds, or carriage returns in a file without them).
    static func line(at offset: Int, in bytes: [UInt8]) -> Int {
        let head = bytes.prefix(offset)
        let feeds = head.filter { $0 == 0x0A }.count
        return 1 + (feeds > 0 || bytes.contains(0x0A) ? feeds : head.filter { $0 == 0x0D }.count)
    }
}
