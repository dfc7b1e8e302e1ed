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
            if lex & Lexicon.isNegator != 0 || tokens[k].key.hasSuffix("n't") { negated = true }
            if negated, lex & Lexicon.isReaction != 0 { return true }
            words += 1
            k += 1
        }
        return false
    }

    /// Words that date a clause to the past: "last year", "two years ago", "at the time".
    static let pastWords: Set<String> = ["ago", "previously", "formerly"]

    /// A mention told as history rather than as part of the reported event, after the lead only:
    /// an office held then ("then-Prime Minister X"), or the clause after the name dated to the past
    /// within six words ("X said last year", "X, …, had argued in 2019", "X visited the Emirates in
    /// April", "two years ago"; not "X said that they met in 2019") with no future word in it ("will travel in April" is a plan). `publishedYear`
    /// dates a bare year; without it a year does not count.
    static func isBackground(_ tokens: [Token], first: Int, end: Int, paragraph: Int, publishedYear: Int?) -> Bool {
        guard paragraph >= 2 else { return false }
        if first >= 2, tokens[first - 1].isPunct("-"), tokens[first - 2].key == "then" { return true }
        var k = end
        if k < tokens.count, tokens[k].isPunct(",") { k += 1 }
        var words = 0
        var past = false
        // The clause's first six words: up to a comma, a quote or a clause of its own ("said that …").
        while k < tokens.count, words < 6 {
            if tokens[k].kind == .quote || tokens[k].kind == .punct && endsClause(tokens[k].text) || opensClause(tokens[k].key) { break }
            if tokens[k].kind == .word {
                words += 1
                let previous = k > 0 ? tokens[k - 1].key : ""
                if tokens[k].lex & Lexicon.isFutureWord != 0 { return false }
                if tokens[k].lex & Lexicon.isPastWord != 0 { past = true }
                if previous == "last", isPeriod(tokens[k].key) { past = true }
                if previous == "in" || previous == "since", let year = Int(tokens[k].text), tokens[k].text.count == 4,
                   let published = publishedYear, year < published {
                    past = true
                }
                // "in April" (a month without a day after it).
                if previous == "in", tokens[k].isCapitalized, Lexicon.monthNames.contains(tokens[k].key),
                   !(k + 1 < tokens.count && Fast.startsWithNumber(tokens[k + 1].text)) {
                    past = true
                }
            }
            k += 1
        }
        return past
    }

    // The word lists of `isBackground`, asked per token: a `switch` compares in place, where an array
    // literal's `contains` builds the array at every call.

    /// ".", ",", ";", ":", "!", "?".
    private static func endsClause(_ text: String) -> Bool {
        switch text {
        case ".", ",", ";", ":", "!", "?": return true
        default: return false
        }
    }

    /// "that", "who", "which".
    private static func opensClause(_ key: String) -> Bool {
        switch key {
        case "that", "who", "which": return true
        default: return false
        }
    }

    /// The periods "last …" names in the past.
    private static func isPeriod(_ key: String) -> Bool {
        switch key {
        case "year", "month", "decade", "summer", "winter", "spring", "autumn": return true
        default: return false
        }
    }
}
