import DossierModel

/// A span of quoted text in a paragraph, by token index.
struct QuoteSpan: Sendable, Equatable {
    /// The opening quotation mark.
    let open: Int
    /// The closing mark; nil when the quote runs on to the paragraph's end (it continues in the next one).
    let close: Int?
}

/// Finds quotation spans: typographic “…” ‘…’ «…», straight "…" and '…'. Single quotes inside
/// double ones are nested and ignored; an apostrophe inside or after a word never opens a quote.
enum QuoteScanner {
    static func spans(_ tokens: [Token]) -> [QuoteSpan] {
        var out: [QuoteSpan] = []
        var open: Int?
        // Tokens are read in place: most are no quote, and a `for t in tokens` loop copies each.
        for k in tokens.indices where tokens[k].kind == .quote {
            let c = tokens[k].text.first ?? " "
            let gluedToWord = k > 0 && !tokens[k].spaceBefore && tokens[k - 1].kind == .word
            let beforeWord = k + 1 < tokens.count && !tokens[k + 1].spaceBefore && tokens[k + 1].kind != .quote
            if let o = open {
                let opener = tokens[o].text.first ?? " "
                if closes(opener, c), !(isSingle(c) && beforeWord && tokens[k + 1].kind == .word) {
                    out.append(QuoteSpan(open: o, close: k))
                    open = nil
                }
            } else if c == "“" || c == "«" || c == "„" || (c == "\"" && beforeWord) {
                open = k
            } else if (c == "‘" || c == "'") && !gluedToWord && beforeWord {
                open = k
            }
        }
        if let o = open { out.append(QuoteSpan(open: o, close: nil)) }
        return out
    }

    static func isSingle(_ c: Character) -> Bool { c == "'" || c == "‘" || c == "’" }

    static func closes(_ opener: Character, _ c: Character) -> Bool {
        switch opener {
        case "“", "„": return c == "”" || c == "\"" || (opener == "„" && c == "“")
        case "«": return c == "»"
        case "\"": return c == "\"" || c == "”"
        case "‘": return c == "’" || c == "'"
        case "'": return c == "'" || c == "’"
        default: return false
        }
    }

    /// Marks the tokens of every span, marks included.
    static func mask(_ spans: [QuoteSpan], count: Int) -> [Bool] {
        var quoted = Array(repeating: false, count: count)
        for s in spans {
            for k in s.open...(s.close ?? count - 1) where k < count { quoted[k] = true }
        }
        return quoted
    }

    /// The quoted words, without marks, trailing comma or surrounding space.
    static func text(of span: QuoteSpan, in para: TokenizedText) -> String {
        let from = para.tokens[span.open].end
        let to = span.close.map { para.tokens[$0].start } ?? para.count
        guard from < to else { return "" }
        var s = para.slice(from..<to).trimmingWhitespace()
        while let last = s.last, last == "," || last == ";" || last == ":" || last.isWhitespace { s.removeLast() }
        return s
    }

    /// Number of words inside the span; a hyphenated word ("wake-up") counts once.
    static func wordCount(of span: QuoteSpan, in tokens: [Token]) -> Int {
        let end = max(span.open + 1, span.close ?? tokens.count)
        return (span.open + 1..<end).filter { k in
            tokens[k].kind == .word && !(tokens[k - 1].isPunct("-") && !tokens[k - 1].spaceBefore && !tokens[k].spaceBefore)
        }.count
    }
}

/// Decides who said each quote, from the words around it in its sentence:
/// after it (“…,” Li said / said Li / the Russian president argued), else before it
/// (Putin said, “…” / He noted that “…” / according to the premier / the ministry said that Beijing
/// "opposes" the duties and would "take…"), else the sentence's attribution after it (“…” with
/// Moscow, Li told Putin). The caller falls back on the quote before it.
enum QuoteAttributor {
    /// The speaker entity of a quote span, if the words around it name one.
    static func speaker(of span: QuoteSpan, in para: TokenizedText, quoted: [Bool],
                        sentences: [Range<Int>], mentions: [ResolvedMention]) -> Int? {
        let tokens = para.tokens
        // A possessor never speaks: "Tokayev's press secretary Ruslan Zheldibay wrote".
        let candidates = mentions.filter {
            !$0.raw.isQuoted && $0.entity != nil && !MentionScanner.isPossessive(tokens, $0.raw.end - 1)
        }
        // After the closing mark, up to the sentence's end or the next quote, when the quote ends its
        // clause there (“…,” Li said / "…", said Li / “…?” she asked), not mid-sentence ("…" and thanked Li).
        if let close = span.close, endsClause(tokens, close: close) {
            var end = close + 1
            var words = 0
            while end < tokens.count, words < 8, tokens[end].kind != .quote,
                  !(tokens[end].kind == .punct && [".", "!", "?"].contains(tokens[end].text)) {
                if tokens[end].kind == .word { words += 1 }
                end += 1
            }
            if let verb = (close + 1..<end).first(where: { isSpeechVerb(tokens, $0) }) {
                let near = candidates.filter { $0.raw.first > close && $0.raw.end <= end }
                // The first one named: “…,” Mao Ning, the ministry's spokeswoman, said.
                if let subject = near.first(where: { $0.raw.end <= verb }) ?? near.first(where: { $0.raw.first > verb }) {
                    return subject.entity
                }
            }
        }
        // Before the opening mark, back to the sentence's start (words inside other quotes left out).
        let sentence = sentences.first { $0.contains(span.open) } ?? 0..<tokens.count
        let start = sentence.lowerBound
        let before = candidates.filter { $0.raw.first >= start && $0.raw.end <= span.open }
        if let verb = (start..<span.open).last(where: { !quoted[$0] && isSpeechVerb(tokens, $0) }) {
            // The verb's subject over a name inside an apposition ("Pino, head of the Rural Society, said").
            if let subject = before.last(where: { $0.raw.end <= verb && $0.raw.isSubject })
                ?? before.last(where: { $0.raw.end <= verb }) {
                return subject.entity
            }
            if let inverted = before.first(where: { $0.raw.first > verb }) { return inverted.entity }
        } else if span.open > 0, tokens[span.open - 1].isPunct(":"), let subject = before.last {
            return subject.entity
        }
        // The sentence's own attribution further on: “…” with Moscow, Li told Putin.
        if let close = span.close, close + 1 < sentence.upperBound {
            let rest = close + 1..<sentence.upperBound
            if let verb = rest.first(where: { !quoted[$0] && isSpeechVerb(tokens, $0) }),
               let subject = candidates.last(where: { $0.raw.first > close && $0.raw.end <= verb }) {
                return subject.entity
            }
        }
        return nil
    }

    /// A comma, question or exclamation mark just inside or just after the closing mark, or a dash after it.
    static func endsClause(_ tokens: [Token], close: Int) -> Bool {
        let inside = close > 0 ? tokens[close - 1].text : ""
        let after = close + 1 < tokens.count ? tokens[close + 1].text : ""
        return [",", "?", "!"].contains(inside) || [",", "—", "–", "-"].contains(after)
    }

    /// Words whose verb does not introduce a speaker ("what it calls", "which they described as").
    static let impersonalSubjects: Set<String> = ["it", "which", "what", "they", "this", "that", "who"]

    static func isSpeechVerb(_ tokens: [Token], _ k: Int) -> Bool {
        let t = tokens[k]
        guard t.kind == .word else { return false }
        if k > 0, impersonalSubjects.contains(tokens[k - 1].key) { return false }
        if t.key == "according" { return k + 1 < tokens.count && tokens[k + 1].key == "to" }
        return t.lex & Lexicon.isSpeechVerb != 0
    }
}
