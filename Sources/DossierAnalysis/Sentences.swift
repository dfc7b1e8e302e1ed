/// Splits a tokenized paragraph into sentences.
///
/// A sentence ends at ".", "!" or "?" (with any closing quotes or brackets glued to it) when the
/// next token, after white space, can start a sentence (anything but a lowercase word or a comma,
/// semicolon or closing bracket). Abbreviations ("Nov.", "U.S.", "Mr.") and initials keep their dot inside the word token,
/// and decimals are one token, so neither ends a sentence.
enum SentenceSplitter {
    static func ranges(_ text: TokenizedText) -> [Range<Int>] {
        let tokens = text.tokens
        var out: [Range<Int>] = []
        var start = 0
        var i = 0
        while i < tokens.count {
            let t = tokens[i]
            if t.kind == .punct, t.text == "." || t.text == "!" || t.text == "?" || t.text == "…" {
                var end = i + 1
                while end < tokens.count, !tokens[end].spaceBefore,
                      tokens[end].kind == .quote || tokens[end].text == ")" || tokens[end].text == "." {
                    end += 1
                }
                if end >= tokens.count {
                    break
                }
                let next = tokens[end]
                let startsLower = next.text.first?.isLowercase == true
                let opensNext = next.spaceBefore && !startsLower && !(next.kind == .punct && ",;:)]".contains(next.text))
                if opensNext {
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
