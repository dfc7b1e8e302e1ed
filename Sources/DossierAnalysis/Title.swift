import DossierModel

/// The title: the headline when there is one, else the lead's first sentence cut to its first
/// clause (or to twelve words at a word boundary), without a dateline or trailing punctuation.
enum TitleMaker {
    static let maxWords = 12

    /// The first paragraph long enough to be a lead (a stamp such as "Published: 14 October 2025" is not).
    static func lead(of paragraphs: [TokenizedText]) -> TokenizedText? {
        paragraphs.first { p in p.tokens.filter { $0.kind == .word }.count >= 6 } ?? paragraphs.first
    }

    static func title(headline: String?, lead: TokenizedText?) -> String {
        if let h = headline?.trimmingWhitespace(), !h.isEmpty { return h }
        guard let lead, !lead.tokens.isEmpty else { return "Untitled" }
        let tokens = lead.tokens
        let sentence = SentenceSplitter.ranges(lead).first ?? 0..<tokens.count
        var start = sentence.lowerBound
        if let end = datelineEnd(tokens, within: sentence) { start = end }
        var end = sentence.upperBound
        var words = 0
        var clauseEnd: Int?
        for k in start..<end {
            if tokens[k].kind == .word {
                words += 1
                if words > maxWords {
                    end = k
                    break
                }
            } else if words >= 5, clauseEnd == nil, [",", ";", ":", "—", "–"].contains(tokens[k].text),
                      k + 1 < tokens.count, tokens[k + 1].spaceBefore {
                clauseEnd = k
            }
        }
        if words > maxWords, let c = clauseEnd { end = c }
        guard start < end else { return "Untitled" }
        return clean(lead.text(from: start, through: end - 1))
    }

    /// The index after a dateline that opens the lead: up to eight capitalised words, numbers, commas
    /// and a bracketed agency, then a spaced dash ("Moscow, March 3, 2026 —", "TOKYO (Reuters) -").
    static func datelineEnd(_ tokens: [Token], within sentence: Range<Int>) -> Int? {
        for k in sentence.prefix(12) {
            let t = tokens[k]
            if t.kind == .punct, ["—", "–", "-"].contains(t.text), t.spaceBefore, k > sentence.lowerBound {
                var end = k + 1
                while end < sentence.upperBound, ["—", "–", "-"].contains(tokens[end].text) { end += 1 }  // "--"
                return end
            }
            let fits = t.kind == .word ? (t.isCapitalized || t.text.first?.isNumber == true)
                : [",", "(", ")", "."].contains(t.text)
            if !fits { return nil }
        }
        return nil
    }

    /// Without trailing punctuation and unpaired quotation marks.
    static func clean(_ s: String) -> String {
        var t = s.trimmingWhitespace()
        while let last = t.last, last.isPunctuation || last.isWhitespace, last != ")" { t.removeLast() }
        let marks = t.filter { $0 == "\"" || $0 == "“" || $0 == "”" }.count
        if marks % 2 == 1 { t.removeAll { $0 == "\"" || $0 == "“" || $0 == "”" } }
        while let first = t.first, first.isPunctuation, first != "(", first != "“", first != "\"" { t.removeFirst() }
        return t.trimmingWhitespace()
    }
}
