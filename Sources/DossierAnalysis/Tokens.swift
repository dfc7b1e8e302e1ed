import DossierModel
import Foundation

/// One token of a paragraph: a word, a quotation mark or another punctuation character.
struct Token: Sendable {
    enum Kind: Sendable { case word, quote, punct }

    /// Character offsets of the token in its paragraph's `chars`.
    let start: Int
    let end: Int
    /// The token as written ("China's", "Nov.", "U.S.", "“").
    let text: String
    /// Lowercased, diacritics folded, possessive "'s" and a trailing abbreviation dot removed:
    /// the key every lexicon lookup uses ("china", "nov", "u.s").
    let key: String
    /// `KeyHash.ascii(key)`, made once for the lookups of the key in `KeyTable`s. (Stored before
    /// the one-byte fields, which then fill the optional's last word instead of a word of their own.)
    let keyHash: UInt64?
    let kind: Kind
    /// White space (or the paragraph start) precedes the token.
    let spaceBefore: Bool

    /// Starts with an uppercase letter.
    let isCapitalized: Bool
    /// Two or more letters, all uppercase ("SCO", "BRICS").
    let isAcronym: Bool
    /// Has a character that is a number.
    let hasNumber: Bool
    /// `Lexicon.flags(of: key)`: the lexicon sets the key is in, looked up once.
    let lex: UInt64

    init(kind: Kind, start: Int, end: Int, text: String, key: String, spaceBefore: Bool) {
        let letters = text.filter { $0.isLetter }
        self.init(kind: kind, start: start, end: end, text: text, key: key, spaceBefore: spaceBefore,
                  isCapitalized: text.first.map { $0.isUppercase } ?? false,
                  isAcronym: letters.count >= 2 && letters.allSatisfy { $0.isUppercase },
                  hasNumber: text.contains { $0.isNumber })
    }

    init(kind: Kind, start: Int, end: Int, text: String, key: String, spaceBefore: Bool, isCapitalized: Bool, isAcronym: Bool,
         hasNumber: Bool) {
        let keyHash = KeyHash.ascii(key)
        self.init(kind: kind, start: start, end: end, text: text, key: key, keyHash: keyHash, spaceBefore: spaceBefore,
                  isCapitalized: isCapitalized, isAcronym: isAcronym, hasNumber: hasNumber,
                  lex: Lexicon.membership.flags(of: key, asciiHash: keyHash))
    }

    /// A token whose `keyHash` (`KeyHash.ascii(key)`) and `lex` (`Lexicon.flags(of: key)`) are known.
    init(kind: Kind, start: Int, end: Int, text: String, key: String, keyHash: UInt64?, spaceBefore: Bool, isCapitalized: Bool,
         isAcronym: Bool, hasNumber: Bool, lex: UInt64) {
        self.kind = kind
        self.start = start
        self.end = end
        self.text = text
        self.key = key
        self.keyHash = keyHash
        self.spaceBefore = spaceBefore
        self.isCapitalized = isCapitalized
        self.isAcronym = isAcronym
        self.hasNumber = hasNumber
        self.lex = lex
    }
    /// The key is `word` (`key == word.key`), read from the word code in `lex`.
    @inline(__always)
    func keyIs(_ word: Lexicon.Word) -> Bool { lex >> Lexicon.wordShift == word.rawValue }

    /// A punctuation token whose first character is `c`. A one-byte text is one ASCII character,
    /// equal to a one-byte `c` only when the bytes are equal; other text is compared by `Character`.
    /// Inlined: called on an array's token, a call of its own copied the token (its two strings).
    @inline(__always)
    func isPunct(_ c: Character) -> Bool {
        guard kind == .punct else { return false }
        if text.utf8.count == 1 && c.utf8.count == 1 { return text.utf8.first == c.utf8.first }
        return text.first == c
    }
}

/// A paragraph split into tokens, with its characters kept for slicing out exact text.
struct TokenizedText: Sendable {
    /// The paragraph's characters; empty when `ascii` is set (then `source`'s bytes are its
    /// characters) or `scalars` is not empty (then each scalar is one character).
    let chars: [Character]
    /// The paragraph's scalars when each is a character of its own (see `Tokenizer.plainScalars`).
    let scalars: [Unicode.Scalar]
    let tokens: [Token]
    /// The paragraph as given.
    let source: String
    /// `source` is ASCII without CR, so each byte is one character and offsets are byte offsets.
    let ascii: Bool

    init(_ text: String) {
        source = text
        if Tokenizer.isPlainASCII(text) {
            ascii = true
            chars = []
            scalars = []
            tokens = Tokenizer.asciiTokens(text)
        } else if let scalars = Tokenizer.plainScalars(text) {
            ascii = false
            chars = []
            self.scalars = scalars
            tokens = Tokenizer.scalarTokens(scalars)
        } else {
            ascii = false
            scalars = []
            let chars = Array(text)
            self.chars = chars
            tokens = Tokenizer.tokens(chars)
        }
    }

    /// Number of characters.
    var count: Int { ascii ? source.utf8.count : scalars.isEmpty ? chars.count : scalars.count }

    /// The characters at offsets `range`.
    func slice(_ range: Range<Int>) -> String {
        if ascii {
            let utf8 = source.utf8
            let lower = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
            let upper = utf8.index(lower, offsetBy: range.count)
            return String(source[lower..<upper])
        }
        if !scalars.isEmpty {
            return Tokenizer.string(scalars[range])
        }
        return String(chars[range])
    }

    /// The exact source text from token `from` through token `through` (inclusive).
    func text(from: Int, through: Int) -> String {
        guard from <= through, from >= 0, through < tokens.count else { return "" }
        return slice(tokens[from].start..<tokens[through].end)
    }
}

/// Splits characters into tokens. Hand-written: fast, no regular expressions.
enum Tokenizer {
    /// Words that keep their trailing dot (the dot does not end a sentence).
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "sen", "rep", "gov", "st",
        "jr", "sr", "inc", "corp", "co", "ltd", "no", "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul",
        "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "approx",
        "dept", "est", "fig", "min", "max", "mt", "ft", "u.s", "u.k", "e.u", "u.n", "a.m", "p.m", "i.e", "e.g",
    ]

    static func isQuoteChar(_ c: Character) -> Bool {
        c == "\"" || c == "'" || c == "“" || c == "”" || c == "‘" || c == "’" || c == "«" || c == "»" || c == "„"
    }

    /// `isQuoteChar` of the character made of the one scalar `v`.
    static func isQuoteScalar(_ v: Int) -> Bool {
        switch v {
        case 0x22, 0x27, 0xAB, 0xBB, 0x2018, 0x2019, 0x201C, 0x201D, 0x201E: return true
        default: return false
        }
    }

    static func isWordChar(_ c: Character) -> Bool { c.isLetter || c.isNumber }

    static func tokens(_ chars: [Character]) -> [Token] {
        var out: [Token] = []
        out.reserveCapacity(chars.count / 4)
        var i = 0
        var space = true
        let n = chars.count
        while i < n {
            let c = chars[i]
            if c.isWhitespace {
                space = true
                i += 1
                continue
            }
            if isWordChar(c) {
                var j = i + 1
                while j < n {
                    let d = chars[j]
                    if isWordChar(d) || d.unicodeScalars.allSatisfy({ $0.properties.isDiacritic }) {
                        j += 1
                    } else if (d == "'" || d == "’") && j + 1 < n && chars[j + 1].isLetter {
                        j += 1 // apostrophe inside a word: "China's", "O'Neill"
                    } else if (d == "." || d == ",") && j + 1 < n && chars[j + 1].isNumber && chars[j - 1].isNumber {
                        j += 1 // 3.5, 1,000
                    } else if d == "." && j + 2 < n && chars[j + 1].isLetter && chars[j + 2] == "." && j - i <= 2 {
                        j += 2 // U.S.
                    } else {
                        break
                    }
                }
                var word = String(chars[i..<j])
                // Keep the dot of an abbreviation or an initial with its word.
                if j < n && chars[j] == "." {
                    let lower = word.lowercased()
                    let isInitial = word.count == 1 && c.isUppercase
                    if abbreviations.contains(lower) || isInitial || lower.contains(".") {
                        j += 1
                        word.append(".")
                    }
                }
                out.append(Token(kind: .word, start: i, end: j, text: word, key: key(of: word), spaceBefore: space))
                i = j
            } else {
                let kind: Token.Kind = isQuoteChar(c) ? .quote : .punct
                out.append(Token(kind: kind, start: i, end: i + 1, text: String(c), key: String(c), spaceBefore: space))
                i += 1
            }
            space = false
        }
        return out
    }

    /// Whether `text` is ASCII without a carriage return (so "\r\n" never makes one character of two bytes).
    static func isPlainASCII(_ text: String) -> Bool {
        var text = text
        return text.withUTF8(ByteScan.isPlainASCII)
    }

    /// `tokens(Array(text))` for text where `isPlainASCII` holds, reading bytes instead of characters.
    static func asciiTokens(_ text: String) -> [Token] {
        var text = text
        return text.withUTF8 { unitTokens(ASCIIUnits(bytes: $0, characters: asciiCharacters, smallStrings: SmallASCII.isAvailable)) }
    }

    /// Whether the scalar `v` always forms a character of its own (apart from CR LF): below
    /// U+0300 (Latin, symbols, controls), Cyrillic letters (U+0400–U+0482, U+048A–U+052F, not
    /// its combining marks), general punctuation U+2010–U+2027, U+2030–U+205E (dashes, curly
    /// quotes, ellipsis): none of these joins a neighbour in a grapheme cluster.
    @inline(__always)
    static func isPlain(_ v: UInt32) -> Bool {
        v < 0x300 || (v >= 0x400 && v <= 0x482) || (v >= 0x48A && v <= 0x52F)
            || (v >= 0x2010 && v <= 0x2027) || (v >= 0x2030 && v <= 0x205E)
    }

    /// The scalars of `text` when every one `isPlain` and none is CR, so each is one character.
    /// Nil for any other text, and for empty text.
    static func plainScalars(_ text: String) -> [Unicode.Scalar]? {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            let v = scalar.value
            guard v != 0x0D && isPlain(v) else { return nil }
            out.append(scalar)
        }
        return out.isEmpty ? nil : out
    }

    /// The string of `scalars`, encoded directly.
    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count * 2)
        for scalar in scalars {
            let v = scalar.value
            if v < 0x80 {
                bytes.append(UInt8(v))
            } else if v < 0x800 {
                bytes.append(UInt8(0xC0 | (v >> 6)))
                bytes.append(UInt8(0x80 | (v & 0x3F)))
            } else if v < 0x10000 {
                bytes.append(UInt8(0xE0 | (v >> 12)))
                bytes.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
                bytes.append(UInt8(0x80 | (v & 0x3F)))
            } else {
                bytes.append(UInt8(0xF0 | (v >> 18)))
                bytes.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
                bytes.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
                bytes.append(UInt8(0x80 | (v & 0x3F)))
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `key(of: word)` for an ASCII word whose bytes are `b`, with its `KeyHash.ascii`: nothing to
    /// fold, no curly apostrophe to straighten; lowercased and cut over bytes. A word that is its own
    /// key (lowercase, nothing to cut) is returned as it is; a key of up to 15 bytes is made from its
    /// bits when `smallStrings` (`SmallASCII.isAvailable`).
    static func asciiKey(of b: UnsafeBufferPointer<UInt8>, word: String, smallStrings: Bool) -> (key: String, hash: UInt64) {
        func lower(_ c: UInt8) -> UInt8 { c &- 0x41 < 26 ? c | 0x20 : c }
        var n = b.count
        if n >= 2 && b[n - 2] == UInt8(ascii: "'") && lower(b[n - 1]) == UInt8(ascii: "s") { n -= 2 }
        if n >= 1 && b[n - 1] == UInt8(ascii: ".") { n -= 1 }
        if n == b.count && !b.contains(where: { $0 &- 0x41 < 26 }) { return (word, KeyHash.ascii(b) ?? 0) }
        if smallStrings && n <= SmallASCII.capacity {
            let (low, high) = SmallASCII.words(UnsafeBufferPointer(rebasing: b[0..<n]))
            let (keyLow, keyHigh) = (SmallASCII.lowercased(low), SmallASCII.lowercased(high))
            return (SmallASCII.string(low: keyLow, high: keyHigh, count: n), KeyHash.ascii(low: keyLow, high: keyHigh, count: n))
        }
        var key = String(unsafeUninitializedCapacity: n) { out in
            for i in 0..<n { out[i] = lower(b[i]) }
            return n
        }
        let hash = key.withUTF8 { KeyHash.ascii($0) } ?? 0
        return (key, hash)
    }

    /// `asciiKey(of:word:smallStrings:)` of a word of at most 15 bytes packed in `low` and `high` as
    /// `SmallASCII.words` packs them, `word` its text: the cut, the lowercasing and the hash made on
    /// the two words, eight bytes at once.
    @inline(__always)
    static func smallASCIIKey(low: UInt64, high: UInt64, count: Int, word: String) -> (key: String, hash: UInt64) {
        var n = count
        if n >= 2 && SmallASCII.byte(n - 2, low, high) == UInt8(ascii: "'")
            && SmallASCII.byte(n - 1, low, high) | 0x20 == UInt8(ascii: "s") { n -= 2 }
        if n >= 1 && SmallASCII.byte(n - 1, low, high) == UInt8(ascii: ".") { n -= 1 }
        let keyLow = SmallASCII.lowercased(low & SmallASCII.mask(n)), keyHigh = SmallASCII.lowercased(high & SmallASCII.mask(n - 8))
        let hash = KeyHash.ascii(low: keyLow, high: keyHigh, count: n)
        if n == count && keyLow == low && keyHigh == high { return (word, hash) }
        return (SmallASCII.string(low: keyLow, high: keyHigh, count: n), hash)
    }

    /// The one-character strings of the ASCII bytes, by byte: a punctuation token's text and key.
    static let asciiCharacters: [String] = (0..<128).map { String(UnicodeScalar(UInt8($0))) }

    /// Lookup key: lowercase, folded to ASCII, possessive and final dot removed.
    static func key(of word: String) -> String {
        // No "’" bytes, nothing to replace (no other character is canonically "’").
        let straight = word.utf8.contains(0x99) ? word.replacingOccurrences(of: "’", with: "'") : word
        var w = fold(straight).lowercased()
        if w.hasSuffix("'s") { w.removeLast(2) }
        if w.hasSuffix(".") { w.removeLast() }
        return w
    }

    /// Diacritics folded; ASCII text is returned untouched, Latin letters with accents take the cheap
    /// diacritic folding, and only other scripts go through transliteration.
    static func fold(_ text: String) -> String {
        if text.allSatisfy({ $0.isASCII }) { return text }
        return foldCache.value(for: text, foldUncached)
    }

    /// `fold` without the cache: Foundation's folding, or ICU transliteration for other scripts.
    static func foldUncached(_ text: String) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .widthInsensitive], locale: nil)
        return folded.allSatisfy({ $0.isASCII }) ? folded : Slug.asciiFold(text)
    }

    /// Folding is pure but slow (transliteration takes microseconds a word), and the same names
    /// recur across articles: results for non-ASCII words are kept, up to `FoldCache.limit`.
    static let foldCache = FoldCache()
}

/// A memo of `Tokenizer.foldUncached`, safe to use from several threads at once.
final class FoldCache: @unchecked Sendable {
    /// Entries kept at most; the memo starts over when full.
    static let limit = 50_000
    private let lock = NSLock()
    private var memo: [String: String] = [:]

    func value(for word: String, _ make: (String) -> String) -> String {
        lock.lock()
        let known = memo[word]
        lock.unlock()
        if let known { return known }
        let made = make(word)
        lock.lock()
        if memo.count >= FoldCache.limit { memo.removeAll(keepingCapacity: true) }
        memo[word] = made
        lock.unlock()
        return made
    }
}
