/// Splits a tokenized paragraph into sentences.
///
/// A sentence ends at ".", "!" or "?" (with any closing quotes or brackets glued to it) when the
/// next token, after white space, can start a sentence (anything but a lowercase word or a comma,
/// semicolon or closing bracket). Abbreviations ("Nov.", "U.S.", "Mr.") and initials keep their dot inside the word token,
/// and decimals are one token, so neither ends a sentence. A quotation is never cut in half: a
/// sentence end inside a quote ("…spheres. In my view, …," he said) is skipped while the sentence,
/// through the quote's close, stays within `maxQuotedWords` words.
enum SentenceSplitter {
    static let maxQuotedWords = 60

    /// The marks that end a sentence (`Lexicon.isSentenceEnd`).
    static let ends: Set<String> = [".", "!", "?", "…"]

    static func ranges(_ text: TokenizedText) -> [Range<Int>] {
        ranges(text, spans: QuoteScanner.spans(text.tokens))
    }

    /// `ranges(text)` with the text's quote spans (`QuoteScanner.spans`) already found.
    static func ranges(_ text: TokenizedText, spans: [QuoteSpan]) -> [Range<Int>] {
        let tokens = text.tokens
        // quoteEnd[k]: the index after the close of the quote token k stands inside (its opening mark
        // excluded), or -1; wordsBefore[k]: words among tokens[..<k]. Tokens are read in place (a
        // `let t = tokens[i]` copies one).
        var quoteEnd = [Int](repeating: -1, count: tokens.count)
        for span in spans where span.open + 1 < tokens.count {
            let last = span.close ?? tokens.count - 1
            if span.open + 1 <= last {
                for k in (span.open + 1)...last { quoteEnd[k] = last + 1 }
            }
        }
        var wordsBefore = [Int](repeating: 0, count: tokens.count + 1)
        for k in tokens.indices { wordsBefore[k + 1] = wordsBefore[k] + (tokens[k].kind == .word ? 1 : 0) }
        var out: [Range<Int>] = []
        var start = 0
        var i = 0
        while i < tokens.count {
            // (A punctuation token's key is its text.)
            if tokens[i].kind == .punct, tokens[i].lex & Lexicon.isSentenceEnd != 0 {
                var end = i + 1
                while end < tokens.count, !tokens[end].spaceBefore,
                      tokens[end].kind == .quote || tokens[end].isPunct(")") || tokens[end].isPunct(".") {
                    end += 1
                }
                if end >= tokens.count {
                    break
                }
                let next = tokens[end]
                let startsLower = Fast.startsLowercase(next.text)
                let opensNext = next.spaceBefore && !startsLower && !(next.kind == .punct && ",;:)]".contains(next.text))
                let inQuote = quoteEnd[end] >= 0 && wordsBefore[quoteEnd[end]] - wordsBefore[start] <= maxQuotedWords
                if opensNext && !inQuote {
                    out.append(start..<end)
                    start = end
                }
                i = end
                continue
            }
            i += 1
        }
        if start < tokens.count { out.append(start..<tokens.count) }
        return out
    }
}
