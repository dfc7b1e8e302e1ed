import DossierModel

/// Escaping of article text so that it reads back as the same plain text through any
/// CommonMark parser: one source paragraph becomes exactly one Markdown paragraph.
enum MarkdownText {
    /// `text` with every character that CommonMark could read as markup escaped. Works on
    /// Unicode scalars: CommonMark sees "#" or ">" even when a combining mark follows it and
    /// Swift would count the two as one Character.
    static func escape(_ text: String) -> String {
        var copy = text
        let marks = markupBytes // read once: a static is checked for its initializer at every read
        let escaped: String? = copy.withUTF8 { bytes in
            // Most text has nothing to escape: answer that from the bytes, without building a copy.
            guard let first = bytes.firstIndex(where: { marks[Int($0)] }) else { return nil }
            // The marks are ASCII: a backslash before each of their bytes is one before each of their scalars.
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 16)
            out.append(contentsOf: bytes[..<first])
            for byte in bytes[first...] {
                if marks[Int(byte)] { out.append(UInt8(ascii: "\\")) }
                out.append(byte)
            }
            return String(decoding: out, as: UTF8.self)
        }
        if let escaped { return escapeLineStart(escaped) }
        return startsBlock(text) ? escapeLineStart(text) : text
    }

    /// The ASCII characters `escape` puts a backslash before.
    private static let markupBytes: [Bool] = (0..<256).map { "\\`*_[]<>&~|".utf8.contains(UInt8($0)) }

    /// Whether `text` starts with what could open a block: `#`, `-`, `+`, `=`, or digits and `.`/`)`.
    private static func startsBlock(_ text: String) -> Bool {
        guard let first = text.utf8.first else { return false }
        return "#-+=".utf8.contains(first) || (first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9"))
    }

    /// Escapes what would open a block at the start of a line: headings, lists, thematic
    /// breaks, block quotes, ordered-list numbers ("1." / "1)"), setext underlines.
    static func escapeLineStart(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.first else { return text }
        if "#-+=".unicodeScalars.contains(first) { return "\\" + text }
        let digits = scalars.prefix(while: { $0.properties.numericType != nil && $0.isASCII })
        if !digits.isEmpty, digits.count <= 9 {
            let rest = scalars.dropFirst(digits.count)
            if let mark = rest.first, mark == "." || mark == ")" {
                return String(String.UnicodeScalarView(digits)) + "\\" + String(String.UnicodeScalarView(rest))
            }
        }
        return text
    }

    /// `escape(oneLine(text))`. Text that ingest left on one line (the common case) is looked at
    /// once: the pass that finds it needs no `oneLine` also says whether it needs escaping at all.
    static func escapedLine(_ text: String) -> String {
        var copy = text
        let (clean, markup): (Bool, Bool) = copy.withUTF8 { bytes in
            var previousSpace = true // a leading space counts as a double one
            var markup = false
            var nonASCII = false
            let classes = lineClass // read once: a static is checked for its initializer at every read
            for byte in bytes {
                switch classes[Int(byte)] {
                case .plain: previousSpace = false
                case .space:
                    if previousSpace { return (false, false) }
                    previousSpace = true
                case .markup:
                    markup = true
                    previousSpace = false
                case .control: return (false, false)
                case .nonASCII:
                    nonASCII = true
                    previousSpace = false
                }
            }
            guard !previousSpace || bytes.isEmpty else { return (false, false) }
            if nonASCII && !noWideSpace(bytes) { return (false, false) }
            return (true, markup)
        }
        guard clean else { return escape(oneLine(text)) }
        if markup { return escape(text) }
        return startsBlock(text) ? escapeLineStart(text) : text
    }

    /// What a byte is to `escapedLine`.
    private enum LineClass { case plain, space, markup, control, nonASCII }

    private static let lineClass: [LineClass] = (0..<256).map { b in
        if b >= 0x80 { return .nonASCII }
        if b < 0x20 || b == 0x7F { return .control }
        if b == 0x20 { return .space }
        return markupBytes[b] ? .markup : .plain
    }

    /// Whether valid UTF-8 `bytes` hold no white space scalar at or above U+0080.
    private static func noWideSpace(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = bytes.count
        while i < n {
            if bytes[i] < 0x80 {
                i += 1
                continue
            }
            let (v, length) = ByteScan.decode(bytes, at: i)
            if isWhitespace(v) { return false }
            i += length
        }
        return true
    }

    /// `text` on one line: line breaks and runs of white space become one space.
    static func oneLine(_ text: String) -> String {
        // Ingest already gives one-line, single-spaced text: check the bytes, copy only if needed.
        if isOneLine(text) { return text }
        return text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// No control characters, no leading, trailing or double spaces, no other white space.
    private static func isOneLine(_ text: String) -> Bool {
        var copy = text
        let (clean, nonASCII): (Bool, Bool) = copy.withUTF8 { bytes in
            var previousSpace = true // a leading space counts as a double one
            var nonASCII = false
            for byte in bytes {
                if byte < 0x20 || byte == 0x7F { return (false, false) }
                let space = byte == 0x20
                if space && previousSpace { return (false, false) }
                previousSpace = space
                if byte >= 0x80 { nonASCII = true }
            }
            return (!previousSpace || bytes.isEmpty, nonASCII)
        }
        guard clean else { return false }
        return !nonASCII || !text.unicodeScalars.contains { $0.value >= 0x80 && isWhitespace($0.value) }
    }

    /// `Unicode.Scalar.Properties.isWhitespace` (White_Space) of the scalar `v`, at or above U+0080.
    static func isWhitespace(_ v: UInt32) -> Bool {
        switch v {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }
}

/// YAML scalars written by the generator: always double-quoted with JSON-style escapes, so any
/// text (colons, quotes, '#', leading dashes, "null", "yes") round-trips as the same string.
enum YAMLText {
    /// `text` as a double-quoted scalar, appended to `out`.
    static func appendQuoted(_ text: String, to out: inout String) {
        if isVerbatim(text) {
            out += "\""
            out += text
            out += "\""
        } else {
            out += escaped(text)
        }
    }

    /// `quoted` scalar by scalar.
    static func escaped(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value == 0xFEFF {
                    continue // YAML readers drop a byte-order mark even inside quotes; so do we
                } else if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value)
                    || scalar.value == 0x2028 || scalar.value == 0x2029 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    // Outside YAML's printable set (or a line break): written as an escape.
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// Whether `quoted` writes `text` as it is: no byte of `text` begins a scalar it escapes or
    /// drops (controls, `"`, `\\`, U+0080–U+009F, U+2028, U+2029, U+FEFF, U+FFFE, U+FFFF).
    static func isVerbatim(_ text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { b in
            let n = b.count
            var i = 0
            while i < n {
                let c = b[i]
                switch c {
                case 0x00..<0x20, 0x22, 0x5C, 0x7F: return false
                case 0xC2: if i + 1 < n && b[i + 1] < 0xA0 { return false }
                case 0xE2: if i + 2 < n && b[i + 1] == 0x80 && (b[i + 2] == 0xA8 || b[i + 2] == 0xA9) { return false }
                case 0xEF:
                    if i + 2 < n && ((b[i + 1] == 0xBB && b[i + 2] == 0xBF) || (b[i + 1] == 0xBF && b[i + 2] >= 0xBE)) {
                        return false
                    }
                default: break
                }
                i += 1
            }
            return true
        }
    }

    /// A flow sequence of quoted scalars, `["a", "b"]`, appended to `out`. The quotes around a
    /// verbatim item go in with the bracket or separator next to them (one append for both).
    static func appendList(_ items: [String], to out: inout String) {
        var quoteOpen = false // the last item was verbatim: its closing quote is still to come
        for (i, item) in items.enumerated() {
            let verbatim = isVerbatim(item)
            switch (i == 0, quoteOpen, verbatim) {
            case (true, _, true): out += "[\""
            case (true, _, false): out += "["
            case (false, true, true): out += "\", \""
            case (false, true, false): out += "\", "
            case (false, false, true): out += ", \""
            case (false, false, false): out += ", "
            }
            out += verbatim ? item : escaped(item)
            quoteOpen = verbatim
        }
        out += items.isEmpty ? "[]" : quoteOpen ? "\"]" : "]"
    }
}
