import DossierModel

/// Finds the publication day. Ingest's marked date and dateline come first; otherwise only a date
/// that stands as a stamp counts: at the very start of one of the first two paragraphs (after at
/// most a place name: "Moscow, March 3, 2026 —"), or right after "Published", "Updated", "Posted"
/// or "Date". A date inside a sentence is an event date, not a publication date.
enum PublicationDate {
    static func find(_ article: Article, paragraphs: [TokenizedText]) -> Day? {
        if let day = article.markedDate { return day }
        if let day = article.dateline?.day { return day }
        for para in paragraphs.prefix(2) {
            if let day = stamp(in: para.tokens) { return day }
        }
        return nil
    }

    static let stampWords: Set<String> = ["published", "updated", "posted", "date", "dated", "filed"]

    static func stamp(in tokens: [Token]) -> Day? {
        // At the start, after at most a place ("Moscow,") of up to three words.
        var k = 0
        while k < min(tokens.count, 4), tokens[k].kind == .word, tokens[k].isCapitalized,
              Lexicon.monthKeys.contains(tokens[k].key) == false {
            k += 1
        }
        if k < tokens.count, tokens[k].isPunct(",") { k += 1 }
        if let day = date(in: tokens, at: k) ?? date(in: tokens, at: 0) { return day }
        // After a stamp word anywhere in the paragraph.
        for (i, t) in tokens.enumerated() where t.kind == .word && stampWords.contains(t.key) {
            var j = i + 1
            while j < tokens.count, j - i <= 3, tokens[j].kind != .word || ["on", "at"].contains(tokens[j].key) { j += 1 }
            if let day = date(in: tokens, at: j) { return day }
        }
        return nil
    }

    /// "November 4, 2025", "Nov. 4 2025", "4 November 2025", "2025-11-04", "2025/11/04", "04.11.2025",
    /// "24/11/2025" at token `i`.
    static func date(in tokens: [Token], at i: Int) -> Day? {
        func word(_ k: Int) -> Token? { k < tokens.count && tokens[k].kind == .word ? tokens[k] : nil }
        func number(_ k: Int) -> Int? { word(k).flatMap { Int($0.text) } }
        func skipComma(_ k: Int) -> Int { k < tokens.count && tokens[k].isPunct(",") ? k + 1 : k }
        guard let first = word(i) else { return nil }
        if let month = month(first.key), let d = number(i + 1) ?? ordinal(word(i + 1)),
           let y = number(skipComma(i + 2)) {
            return Day(year: y, month: month, day: d)
        }
        if let d = number(i) ?? ordinal(first), let w = word(i + 1), let month = month(w.key),
           let y = number(skipComma(i + 2)) {
            return Day(year: y, month: month, day: d)
        }
        if first.text.count == 4, let y = Int(first.text), i + 4 < tokens.count,
           tokens[i + 1].isPunct("-") && tokens[i + 3].isPunct("-") || tokens[i + 1].isPunct("/") && tokens[i + 3].isPunct("/"),
           let m = number(i + 2), let d = number(i + 4) {
            return Day(year: y, month: m, day: d)
        }
        // "18.11.2025" (one token: day, month, year)
        let dotted = first.text.split(separator: ".").compactMap { Int($0) }
        if dotted.count == 3, first.text.split(separator: ".").last?.count == 4 {
            return Day(year: dotted[2], month: dotted[1], day: dotted[0])
        }
        // "18/11/2025" or "11/18/2025", only when the order is unambiguous.
        if let a = number(i), i + 4 < tokens.count, tokens[i + 1].isPunct("/"), tokens[i + 3].isPunct("/"),
           let b = number(i + 2), let y = number(i + 4), tokens[i + 4].text.count == 4 {
            if a > 12 { return Day(year: y, month: b, day: a) }
            if b > 12 { return Day(year: y, month: a, day: b) }
        }
        return nil
    }

    static func month(_ key: String) -> Int? {
        let short = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        if key == "sept" { return 9 }
        if let k = short.firstIndex(of: key) { return k + 1 }
        return Day.monthNames.firstIndex { $0.lowercased() == key }.map { $0 + 1 }
    }

    /// "4th", "21st".
    static func ordinal(_ t: Token?) -> Int? {
        guard let text = t?.key, text.count > 2 else { return nil }
        let suffix = text.suffix(2)
        guard ["st", "nd", "rd", "th"].contains(suffix) else { return nil }
        return Int(text.dropLast(2))
    }
}
