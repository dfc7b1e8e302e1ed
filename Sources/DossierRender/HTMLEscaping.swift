import DossierModel
import Mustache

/// HTML escaping for every `{{value}}` the templates print, over UTF-8 bytes.
///
/// swift-mustache's own HTML content type escapes `Character` by `Character` through a
/// dictionary, which was a tenth of a whole build's CPU time; it also leaves a `<` or `>`
/// unescaped when a combining mark follows it (the pair is one `Character`). This one
/// escapes the same five characters, byte by byte, whatever follows them, and returns text
/// without any of them as it is. Templates get it through the `CONTENT_TYPE` pragma that
/// `prepared(_:)` puts in front of each template.
public enum HTMLEscaping {
    /// The content type's name in swift-mustache's registry.
    public static let contentTypeName = "DOSSIER_HTML"

    /// Registers the content type (once, thread-safe) and returns `template` with the pragma
    /// that selects it on a line of its own in front (a standalone tag: it prints nothing), so
    /// line `n` of the file is line `n + 1` of the text.
    public static func prepared(_ template: String) -> String {
        _ = registration
        return "{{% CONTENT_TYPE: \(contentTypeName)}}\n" + template
    }

    /// Lines `prepared(_:)` adds in front of a template.
    public static let addedLines = 1

    private static let registration: Void = MustacheContentTypes.register(ContentType(), named: contentTypeName)

    struct ContentType: MustacheContentType {
        func escapeText(_ text: String) -> String { HTMLEscaping.escape(text) }
    }

    /// `text` with `&`, `<`, `>`, `"` and `'` replaced by `&amp;`, `&lt;`, `&gt;`, `&quot;`, `&#39;`.
    public static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: needsEscape) else { return text }
        let out = PageBytes(capacity: text.utf8.count + 32)
        append(text, to: out)
        return String(decoding: out.array, as: UTF8.self)
    }

    /// Appends `text`, escaped as `escape(_:)` does, to `out`. Reads the UTF-8 where it is
    /// (`withUTF8` would need a mutable copy of the string, a retain and a release for every
    /// value a page prints); a string without contiguous UTF-8 is copied first.
    static func append(_ text: String, to out: PageBytes) {
        if text.utf8.withContiguousStorageIfAvailable({ append(utf8: $0, to: out) }) != nil { return }
        var copy = text
        copy.withUTF8 { append(utf8: $0, to: out) }
    }

    /// Appends `bytes` escaped: eight bytes at a time, and byte by byte only in the words that
    /// hold one of the five. The last word of a text of eight bytes or more ends at its end
    /// (overlapping the one before), so its last bytes are looked at one by one only when one
    /// of the five may be there.
    private static func append(utf8 bytes: UnsafeBufferPointer<UInt8>, to out: PageBytes) {
        guard let base = bytes.baseAddress else { return }
        var from = 0
        func escape(_ range: Range<Int>) {
            for i in range where needsEscape(bytes[i]) {
                out.append(UnsafeBufferPointer(rebasing: bytes[from..<i]))
                switch bytes[i] {
                case UInt8(ascii: "&"): out.append("&amp;")
                case UInt8(ascii: "<"): out.append("&lt;")
                case UInt8(ascii: ">"): out.append("&gt;")
                case UInt8(ascii: "\""): out.append("&quot;")
                default: out.append("&#39;")
                }
                from = i + 1
            }
        }
        var word = 0
        while word + 8 <= bytes.count {
            if mayNeedEscape(UnsafeRawPointer(base + word).loadUnaligned(as: UInt64.self)) { escape(word..<word + 8) }
            word += 8
        }
        if word < bytes.count, bytes.count < 8 || mayNeedEscape(UnsafeRawPointer(base + bytes.count - 8).loadUnaligned(as: UInt64.self)) {
            escape(word..<bytes.count)
        }
        out.append(UnsafeBufferPointer(rebasing: bytes[from...]))
    }

    /// Whether `byte` is `&`, `<`, `>`, `"` or `'`: all below 64, so one bit each of a mask.
    private static func needsEscape(_ byte: UInt8) -> Bool {
        let escaped: UInt64 = 1 << 0x26 | 1 << 0x3C | 1 << 0x3E | 1 << 0x22 | 1 << 0x27  // & < > " '
        return byte < 64 && escaped >> byte & 1 == 1
    }

    /// Whether one of the eight bytes of `word` is `&`, `<`, `>`, `"` or `'`, in three tests for
    /// the five: `&` and `'` (0x26, 0x27) differ only in bit 0, which set in every byte makes both
    /// 0x27; `<` and `>` (0x3C, 0x3E) only in bit 1, which set makes both 0x3E.
    private static func mayNeedEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        return ByteScan.hasByte(0x27, in: word | ones) || ByteScan.hasByte(0x3E, in: word | ones << 1) || ByteScan.hasByte(0x22, in: word)
    }
}
