/// The part a name plays in its clause, beyond being its subject: told as history (background),
/// declining to speak, or the object of a preposition. People in these roles are mentioned, not
/// acting, so they do not become actors on the strength of that mention (see Centrality).
enum ClauseRole {
    /// Prepositions whose object is never the subject of the verb after it ("a letter from X was
    /// handed over", "a policy started under X has").
    static let prepositions: Set<String> = [
        "to", "from", "of", "under", "for", "against", "about", "toward", "towards", "among", "into",
        "than", "like", "after", "before", "despite", "without",
    ]

    /// "… from Indian Prime Minister Narendra Modi was handed over": the mention starting at `first`
    /// is the object of a preposition.
    static func isPrepositionObject(_ tokens: [Token], first: Int) -> Bool {
        first > 0 && tokens[first - 1].kind == .word && tokens[first - 1].lex & Lexicon.isPreposition != 0
    }

    static let negators: Set<String> = ["not", "declined", "refused", "never", "no"]
    static let reactions: Set<String> = [
        "comment", "commented", "respond", "responded", "reply", "replied", "available", "reached", "answer",
    ]

    /// "did not comment", "declined to comment", "could not be reached", "was not available for
    /// comment" starting at `j` (within five words): a refusal to speak, not an act.
    static func declinesToSpeak(_ tokens: [Token], at j: Int) -> Bool {
        var k = j, words = 0, negated = false
        while k < tokens.count, words < 5, tokens[k].kind == .word {
            let lex = tokens[k].lex
            if lex & Lexicon.isNegator != 0 || endsNegated(tokens[k].key) { negated = true }
            if negated, lex & Lexicon.isReaction != 0 { return true }
            words += 1
            k += 1
        }
        return false
    }

    /// `key.hasSuffix("n't")`, asked of the last byte first: only text whose last scalar is "t" can
    /// end with the character "t" (nothing else is canonically "t", and a mark after it would join it).
    @inline(__always)
    static func endsNegated(_ key: String) -> Bool { key.utf8.last == 0x74 && key.hasSuffix("n't") }

    /// Words that date a clause to the past: "last year", "two years ago", "at the time".
    static let pastWords: Set<String> = ["ago", "previously", "formerly"]

    /// A mention told as history rather than as part of the reported event, after the lead only:
    /// an office held then ("then-Prime Minister X"), or the clause after the name dated to the past
    /// within six words ("X said last year", "X, …, had argued in 2019", "X visited the Emirates in
    /// April", "two years ago"; not "X said that they met in 2019") with no future word in it ("will travel in April" is a plan). `publishedYear`
    /// dates a bare year; without it a year does not count.
    static func isBackground(_ tokens: [Token], first: Int, end: Int, paragraph: Int, publishedYear: Int?) -> Bool {
        guard paragraph >= 2 else { return false }
        if first >= 2, tokens[first - 1].isPunct("-"), tokens[first - 2].keyIs(.then) { return true }
        var k = end
        if k < tokens.count, tokens[k].isPunct(",") { k += 1 }
        var words = 0
        var past = false
        // The clause's first six words: up to a comma, a quote or a clause of its own ("said that …").
        while k < tokens.count, words < 6 {
            // (A punctuation token's key is its text.)
            let lex = tokens[k].lex
            if tokens[k].kind == .quote || tokens[k].kind == .punct && lex & Lexicon.isClauseEnd != 0 || lex & Lexicon.isClauseOpener != 0 {
                break
            }
            if tokens[k].kind == .word {
                words += 1
                let previous: Lexicon.Word? = k > 0 ? Lexicon.Word(rawValue: tokens[k - 1].lex >> Lexicon.wordShift) : nil
                if lex & Lexicon.isFutureWord != 0 { return false }
                if lex & Lexicon.isPastWord != 0 { past = true }
                if previous == .last, lex & Lexicon.isPeriod != 0 { past = true }
                if previous == .in || previous == .since, let year = Int(tokens[k].text), tokens[k].text.count == 4,
                   let published = publishedYear, year < published {
                    past = true
                }
                // "in April" (a month without a day after it).
                if previous == .in, tokens[k].isCapitalized, Lexicon.monthNames.contains(tokens[k].key),
                   !(k + 1 < tokens.count && Fast.startsWithNumber(tokens[k + 1].text)) {
                    past = true
                }
            }
            k += 1
        }
        return past
    }

    // The word lists of `isBackground`, asked per token through `Token.lex`.

    /// Punctuation that ends a clause (`Lexicon.isClauseEnd`).
    static let clauseEnds: Set<String> = [".", ",", ";", ":", "!", "?"]

    /// Words that open a clause of their own (`Lexicon.isClauseOpener`).
    static let clauseOpeners: Set<String> = ["that", "who", "which"]

    /// The periods "last …" names in the past (`Lexicon.isPeriod`).
    static let periods: Set<String> = ["year", "month", "decade", "summer", "winter", "spring", "autumn"]
}
