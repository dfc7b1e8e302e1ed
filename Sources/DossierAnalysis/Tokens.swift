import DossierModel

/// One token of a paragraph: a word, a quotation mark or another punctuation character.
struct Token: Sendable {
    enum Kind: Sendable { case word, quote, punct }

    let kind: Kind
    /// Character offsets of the token in its paragraph's `chars`.
    let start: Int
    let end: Int
    /// The token as written ("China's", "Nov.", "U.S.", "“").
    let text: String
    /// Lowercased, diacritics folded, possessive "'s" and a trailing abbreviation dot removed:
    /// the key every lexicon lookup uses ("china", "nov", "u.s").
    let key: String
    /// White space (or the paragraph start) precedes the token.
    let spaceBefore: Bool

    /// Starts with an uppercase letter.
    var isCapitalized: Bool { text.first.map { $0.isUppercase } ?? false }
    /// Two or more letters, all uppercase ("SCO", "BRICS").
    var isAcronym: Bool {
        let letters = text.filter { $0.isLetter }
        return letters.count >= 2 && letters.allSatisfy { $0.isUppercase }
    }
    func isPunct(_ c: Character) -> Bool { kind == .punct && text.first == c }
}

/// A paragraph split into tokens, with its characters kept for slicing out exact text.
struct TokenizedText: Sendable {
    let chars: [Character]
    let tokens: [Token]

    init(_ text: String) {
        let chars = Array(text)
        self.chars = chars
        self.tokens = Tokenizer.tokens(chars)
    }

    /// The exact source text from token `from` through token `through` (inclusive).
    func text(from: Int, through: Int) -> String {
        guard from <= through, from >= 0, through < tokens.count else { return "" }
        return String(chars[tokens[from].start..<tokens[through].end])
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

    /// Lookup key: lowercase, folded to ASCII, possessive and final dot removed.
    static func key(of word: String) -> String {
        var w = fold(word).lowercased()
        if w.hasSuffix("'s") || w.hasSuffix("’s") { w.removeLast(2) }
        if w.hasSuffix(".") { w.removeLast() }
        return w
    }

    /// Diacritics folded; ASCII text is returned untouched (the fast path).
    static func fold(_ text: String) -> String {
        text.allSatisfy({ $0.isASCII }) ? text : Slug.asciiFold(text)
    }
}
