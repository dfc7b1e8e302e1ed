import DossierModel

/// The title: the headline when there is one, else the lead's first sentence, cut to read as a
/// title (see `title(headline:lead:)`).
enum TitleMaker {
    static let maxWords = 12

    /// Words a cut title must not end on.
    static let danglingWords: Set<String> = [
        "a", "an", "the", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "by", "for", "from", "with",
        "as", "that", "which", "who", "whose", "its", "their", "his", "her", "is", "are", "was", "were", "be",
        "will", "would", "has", "have", "had", "into", "onto", "than", "this", "these", "those", "amid", "after",
    ]

    /// The first paragraph long enough to be a lead (a stamp such as "Published: 14 October 2025" is not).
    static func lead(of paragraphs: [TokenizedText]) -> TokenizedText? {
        paragraphs.isEmpty ? nil : paragraphs[leadIndex(of: paragraphs)]
    }

    /// The index of `lead(of:)` in `paragraphs` (0 when there is none).
    static func leadIndex(of paragraphs: [TokenizedText]) -> Int {
        paragraphs.firstIndex { p in p.tokens.indices.count { p.tokens[$0].kind == .word } >= 6 } ?? 0
    }

    /// A sentence at most this many words over `maxWords` is used whole rather than losing its last words.
    static let slack = 2

    /// Words a title may be cut before (a new phrase starts): prepositions and conjunctions.
    static let phraseStarts: Set<String> = [
        "in", "on", "at", "for", "with", "from", "by", "during", "after", "before", "amid", "over", "under",
        "as", "and", "but", "while", "who", "which", "following", "despite", "since", "because", "where", "when",
        "ahead", "into", "against", "between", "without", "through",
    ]

    /// Words that open a clause of their own (a subordinate or adverbial clause): the main clause
    /// before them is a complete phrase.
    static let clauseStarts: Set<String> = [
        "after", "while", "amid", "following", "despite", "because", "when", "since", "before", "where",
        "although", "though", "whereas", "until", "ahead",
    ]

    /// Words that leave the phrase they end unfinished when a title is cut after them: a superlative
    /// or ordinal wants its complement ("as the strongest | in history", "the first | of its kind").
    static func leavesPhraseOpen(_ t: Token) -> Bool {
        let key = t.key
        if ["best", "worst", "most", "least", "first", "last", "only", "same", "more", "less", "such"].contains(key) { return true }
        return t.kind == .word && key.count > 5 && key.hasSuffix("est") && Fast.startsLowercase(t.text)
    }

    /// The lead's first sentence (without its dateline) when it has at most `maxWords` words (or only
    /// `slack` more and no clause break); else its first clause (ended by , ; : or a dash after five
    /// words or more) when that fits; else its main clause, before a word that opens another clause
    /// ("… in history | after Putin met Li"), within `maxWords` + `slack`; else the longest run of
    /// whole phrases (cut before a preposition or conjunction, not after a superlative) within
    /// `maxWords`; else `maxWords` words. Never ending on a function word, never cut inside a
    /// quotation, without trailing punctuation or unpaired quotation marks.
    static func title(headline: String?, lead: TokenizedText?) -> String {
        if let h = headline?.trimmingWhitespace(), !h.isEmpty { return h }
        guard let lead, !lead.tokens.isEmpty else { return "Untitled" }
        let tokens = lead.tokens
        let sentence = SentenceSplitter.ranges(lead).first ?? 0..<tokens.count
        var start = sentence.lowerBound
        if let end = datelineEnd(tokens, within: sentence) { start = end }
        let sentenceEnd = sentence.upperBound
        guard start < sentenceEnd else { return "Untitled" }
        // quoteOpen[k]: the opening mark of the quote token k stands inside (after its mark), or -1.
        var quoteOpen = [Int](repeating: -1, count: tokens.count + 1)
        for span in QuoteScanner.spans(tokens) {
            let last = min(span.close ?? tokens.count, tokens.count)
            if span.open + 1 <= last { for k in (span.open + 1)...last { quoteOpen[k] = span.open } }
        }
        let inQuote = quoteOpen.map { $0 >= 0 }
        var words = 0
        var clauseEnd: Int?
        var phraseEnd: Int?
        var subordinateEnd: Int?
        var limitEnd: Int?
        for k in start..<sentenceEnd {
            if tokens[k].kind == .word {
                let lowercase = Fast.startsLowercase(tokens[k].text) && !inQuote[k]
                if words >= 5, words <= maxWords, lowercase, phraseStarts.contains(tokens[k].key),
                   !leavesPhraseOpen(tokens[k - 1]) {
                    phraseEnd = k
                }
                if words >= 5, words <= maxWords + slack, lowercase, clauseStarts.contains(tokens[k].key) {
                    subordinateEnd = k
                }
                words += 1
                if words == maxWords + 1 { limitEnd = k }
            } else if words >= 5, words <= maxWords, clauseEnd == nil, !inQuote[k],
                      [",", ";", ":", "—", "–"].contains(tokens[k].text),
                      k + 1 < tokens.count, tokens[k + 1].spaceBefore {
                clauseEnd = k
            }
        }
        var end = sentenceEnd
        if words <= maxWords || (words <= maxWords + slack && clauseEnd == nil) {
            end = sentenceEnd
        } else if let c = clauseEnd {
            end = c
        } else if let s = subordinateEnd {
            end = s
        } else if let p = phraseEnd {
            end = p
        } else if let l = limitEnd {
            end = l
            // Not inside a quotation: before it when five words or more precede it.
            let open = quoteOpen[l]
            if open > start, tokens[start..<open].filter({ $0.kind == .word }).count >= 5 { end = open }
        }
        if end < sentenceEnd {
            // A title cut short must not end on "and", "with", "the"…
            while end - 1 > start, tokens[end - 1].kind == .word, danglingWords.contains(tokens[end - 1].key) {
                end -= 1
            }
        }
        guard start < end else { return "Untitled" }
        return clean(lead.text(from: start, through: end - 1))
    }

    /// The index after a dateline that opens the lead: up to eight capitalised words, numbers, commas
    /// and a bracketed agency, then a spaced dash ("Moscow, March 3, 2026 —", "TOKYO (Reuters) -").
    static func datelineEnd(_ tokens: [Token], within sentence: Range<Int>) -> Int? {
        for k in sentence.prefix(12) {
            if tokens[k].kind == .punct, ["—", "–", "-"].contains(tokens[k].text), tokens[k].spaceBefore, k > sentence.lowerBound {
                var end = k + 1
                while end < sentence.upperBound, ["—", "–", "-"].contains(tokens[end].text) { end += 1 }  // "--"
                return end
            }
            let fits = tokens[k].kind == .word ? (tokens[k].isCapitalized || tokens[k].text.first?.isNumber == true)
                : [",", "(", ")", "."].contains(tokens[k].text)
            if !fits { return nil }
        }
        return nil
    }

    /// The number of characters of `t` that are quotation marks (`"`, “, ”), counted over bytes
    /// when every scalar is a character of its own (`Tokenizer.isPlain`).
    static func quotationMarks(_ t: String) -> Int {
        var copy = t
        let fast: Int? = copy.withUTF8 { b in
            var count = 0
            var i = 0
            while i < b.count {
                let c = b[i]
                if c < 0x80 {
                    if c == 0x22 { count += 1 }
                    i += 1
                    continue
                }
                let (v, length) = ByteScan.decode(b, at: i)
                guard Tokenizer.isPlain(v) else { return nil }
                if v == 0x201C || v == 0x201D { count += 1 }
                i += length
            }
            return count
        }
        return fast ?? t.filter { $0 == "\"" || $0 == "“" || $0 == "”" }.count
    }

    /// Without trailing punctuation and unpaired quotation marks.
    static func clean(_ s: String) -> String {
        var t = s.trimmingWhitespace()
        func isMark(_ c: Character) -> Bool { c == "\"" || c == "“" || c == "”" }
        while let last = t.last, last.isPunctuation || last.isWhitespace, last != ")" {
            // A closing quotation mark stays (`remains “stable.”` → `remains “stable”`); the period before it goes.
            if isMark(last), t.count >= 2 {
                let before = t[t.index(t.endIndex, offsetBy: -2)]
                if before.isPunctuation && !isMark(before) && before != ")" || before.isWhitespace {
                    t.remove(at: t.index(t.endIndex, offsetBy: -2))
                    continue
                }
                break
            }
            t.removeLast()
        }
        if quotationMarks(t) % 2 == 1 { t.removeAll { $0 == "\"" || $0 == "“" || $0 == "”" } }
        while let first = t.first, first.isPunctuation, first != "(", first != "“", first != "\"" { t.removeFirst() }
        return t.trimmingWhitespace()
    }
}
