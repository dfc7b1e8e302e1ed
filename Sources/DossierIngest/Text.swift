/// Small text predicates and transforms shared by the ingest rules.
enum Text {
    /// Characters that may close a sentence or a quotation after its final punctuation.
    static let closers: Set<Character> = ["\"", "'", "”", "’", "»", ")", "]", "›"]

    /// `s` with runs of white space collapsed to one space and no leading or trailing space.
    static func collapse(_ s: some StringProtocol) -> String {
        if let fast = Scan.collapse(s) { return fast }
        return s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// The last character of `s` that is not a closing quote or bracket, if any.
    static func finalMark(_ s: some StringProtocol) -> Character? {
        s.last(where: { !closers.contains($0) && !$0.isWhitespace })
    }

    /// `finalMark` of a `String`, from its last byte when that decides it (`asciiFinalMark`).
    static func finalMark(_ s: String) -> Character? {
        if let mark = asciiFinalMark(s) { return Character(Unicode.Scalar(mark)) }
        return finalMark(s[...])
    }

    /// `finalMark(s)` when the last byte decides it: a printable ASCII byte other than a space and
    /// the closers `"`, `'`, `)`, `]`, after an ASCII byte or none. It is then a character of its
    /// own (no ASCII scalar is a prepended mark, nor joins the scalar after it but CR before LF),
    /// neither white space nor a closer. Nil for other text.
    static func asciiFinalMark(_ s: String) -> UInt8? {
        let utf8 = s.utf8
        guard let last = utf8.last, last > 0x20, last < 0x7F, last != 0x22, last != 0x27, last != 0x29, last != 0x5D else { return nil }
        if utf8.count > 1 && utf8[utf8.index(before: utf8.index(before: utf8.endIndex))] >= 0x80 { return nil }
        return last
    }

    /// Whether `s` ends like a sentence: `.`, `!`, `?` or `…`, possibly inside closing quotes.
    static func endsSentence(_ s: some StringProtocol) -> Bool {
        guard let mark = finalMark(s) else { return false }
        return ".!?…".contains(mark)
    }

    /// Whether `s` has at most `limit` words (counting stops early on long text).
    static func hasAtMost(words limit: Int, _ s: some StringProtocol) -> Bool {
        (Scan.words(s, cap: limit + 1) ?? characterWords(s, cap: limit + 1)) <= limit
    }

    /// The words of `s` counted by `Character`s (for text `Scan.words` leaves alone), at most `cap`.
    static func characterWords(_ s: some StringProtocol, cap: Int) -> Int {
        var count = 0
        var inWord = false
        for c in s {
            if c.isWhitespace {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
                if count >= cap { return cap }
            }
        }
        return count
    }

    /// The words of `s` lowercased with punctuation removed: letters, digits and marks only.
    static func tokens(_ s: some StringProtocol) -> [String] {
        if Scan.isASCIIOrPunctuation(s) { return Scan.asciiTokens(s) }
        let lower = s.lowercased()
        if let simple = Scan.simpleTokens(lower) { return simple }
        var out: [String] = []
        var current = ""
        for c in lower {
            if c.isLetter || c.isNumber {
                current.append(c)
            } else if !current.isEmpty {
                out.append(current)
                current = ""
            }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    /// A comparison key: the tokens joined by single spaces, so that case, punctuation,
    /// quote style and spacing do not make two copies of a text differ.
    static func key(_ s: some StringProtocol) -> String {
        if Scan.isASCIIOrPunctuation(s) { return Scan.asciiKey(s) }
        return tokens(s).joined(separator: " ")
    }

    /// Whether `key(s) == key`: for ASCII text (and punctuation) without building the key of `s`.
    static func hasKey(_ s: String, _ key: String) -> Bool {
        Scan.isASCIIOrPunctuation(s) ? Scan.hasASCIIKey(s, key) : Text.key(s) == key
    }

    /// Whether the first letter or digit of `s` is an uppercase letter or a digit.
    static func startsCapitalized(_ s: some StringProtocol) -> Bool {
        if let answer = Scan.startsCapitalized(s) { return answer }
        guard let first = s.first(where: { $0.isLetter || $0.isNumber }) else { return false }
        return first.isNumber || first.isUppercase || !first.isCased
    }
}

extension Character {
    /// Whether the character has distinct upper and lower case forms (Latin, Cyrillic, Greek…).
    var isCased: Bool { isUppercase || isLowercase }
}
