import Foundation

/// URL slugs: lowercase ASCII letters, digits and single hyphens, never empty, never a
/// path component that could climb out of its folder or collide with a reserved device name.
public enum Slug {
    /// Names that some file systems treat as devices; a slug equal to one gets a suffix.
    static let reserved: Set<String> = [
        "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8",
        "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9", "index", "assets",
    ]

    /// The slug of `text`: diacritics folded ("Đ"/"é" → "d"/"e"), other scripts transliterated
    /// where Foundation can, anything else dropped; `fallback` when nothing is left.
    public static func make(_ text: String, fallback: String = "untitled", maxLength: Int = 80) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return makeASCII(text, fallback: fallback, maxLength: maxLength) }
        return makeScalars(text, fallback: fallback, maxLength: maxLength)
    }

    /// `make` over Unicode scalars, after folding to ASCII.
    static func makeScalars(_ text: String, fallback: String, maxLength: Int) -> String {
        var out = ""
        var length = 0  // of `out`, which holds ASCII only
        var pendingHyphen = false
        for scalar in asciiFold(text).unicodeScalars {
            let v = scalar.value
            let isAlnum = (v >= 48 && v <= 57) || (v >= 97 && v <= 122) || (v >= 65 && v <= 90)
            if isAlnum {
                if pendingHyphen && !out.isEmpty {
                    out.append("-")
                    length += 1
                }
                pendingHyphen = false
                out.unicodeScalars.append(v >= 65 && v <= 90 ? Unicode.Scalar(v + 32)! : scalar)
                length += 1
                if length >= maxLength { break }
            } else if v == 39 || v == 0x2019 {
                continue // apostrophes join: "China's" -> "chinas"
            } else {
                pendingHyphen = true
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        if out.isEmpty { return fallback }
        if isReserved(out) { return out + "-1" }
        return out
    }

    /// `make` for ASCII text (file names, most names), over bytes: the same slug, written
    /// straight into the string's storage. As in `makeScalars`, a slug one short of `maxLength`
    /// can still take a hyphen and a letter, so the storage has room for `maxLength + 1`.
    static func makeASCII(_ text: String, fallback: String, maxLength: Int) -> String {
        var text = text
        let slug = text.withUTF8 { bytes in
            String(unsafeUninitializedCapacity: min(bytes.count, maxLength + 1)) { out in
                var count = 0
                var pendingHyphen = false
                for byte in bytes {
                    switch byte {
                    case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
                        if pendingHyphen && count > 0 {
                            out[count] = UInt8(ascii: "-")
                            count += 1
                        }
                        pendingHyphen = false
                        out[count] = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
                        count += 1
                    case UInt8(ascii: "'"): continue // apostrophes join: "China's" -> "chinas"
                    default: pendingHyphen = true
                    }
                    if count >= maxLength { break }
                }
                return count
            }
        }
        if slug.isEmpty { return fallback }
        return isReserved(slug) ? slug + "-1" : slug
    }

    /// Whether `slug` is one of `reserved` (hashed only when it is no longer than they are).
    private static func isReserved(_ slug: String) -> Bool {
        slug.utf8.count <= longestReserved && reserved.contains(slug)
    }

    private static let longestReserved = reserved.map(\.utf8.count).max() ?? 0

    /// `text` folded to ASCII where a Latin equivalent exists.
    public static func asciiFold(_ text: String) -> String {
        // Over bytes, not characters: a text is ASCII when each of its bytes is.
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
        var s = text
        for (from, to) in special { s = s.replacingOccurrences(of: from, with: to) }
        let latin = s.applyingTransform(.toLatin, reverse: false) ?? s
        return latin.folding(options: [.diacriticInsensitive, .widthInsensitive], locale: nil)
    }

    /// Letters that diacritic folding leaves alone.
    private static let special: [(String, String)] = [
        ("ß", "ss"), ("Æ", "AE"), ("æ", "ae"), ("Ø", "O"), ("ø", "o"), ("Đ", "D"), ("đ", "d"),
        ("Ł", "L"), ("ł", "l"), ("Œ", "OE"), ("œ", "oe"), ("ı", "i"), ("Þ", "Th"), ("þ", "th"),
    ]

    /// Gives each key a unique slug: the first (in the order given) keeps its slug, later
    /// clashes get "-2", "-3"…; the result is stable for a stable order of keys.
    public static func unique<Key: Hashable>(_ items: [(key: Key, slug: String)]) -> [Key: String] {
        Dictionary(zip(items.map(\.key), unique(items.map(\.slug))), uniquingKeysWith: { _, last in last })
    }

    /// The same over slugs alone: each slug made unique, in the order given.
    public static func unique(_ slugs: [String]) -> [String] {
        var used = Set<String>(minimumCapacity: slugs.count)
        return slugs.map { slug in
            var candidate = slug
            var n = 2
            while used.contains(candidate) {
                candidate = "\(slug)-\(n)"
                n += 1
            }
            used.insert(candidate)
            return candidate
        }
    }
}
