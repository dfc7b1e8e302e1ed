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
        // Weakest evidence: a date in the path of a URL the text quotes ("…/2025/11/18/…").
        for para in paragraphs {
            if let day = urlDate(in: para.source) { return day }
        }
        return nil
    }

    /// The first date inside a URL ("https://…/2025/11/18/…", "www.x.com/news/2025-11-18-…"): a run
    /// of non-space bytes holding "://" or starting "www.", with a year 1990–2099, a month and a
    /// day separated by "/" or "-". One pass over the bytes.
    static func urlDate(in text: String) -> Day? {
        var copy = text
        return copy.withUTF8 { b -> Day? in
            let n = b.count
            var i = 0
            while i < n {
                while i < n, b[i] == 0x20 { i += 1 }
                let start = i
                var isURL = false
                while i < n, b[i] != 0x20 {
                    if b[i] == 0x3A, i + 2 < n, b[i + 1] == 0x2F, b[i + 2] == 0x2F { isURL = true }
                    i += 1
                }
                if !isURL, i - start > 4, b[start] | 0x20 == 0x77, b[start + 1] | 0x20 == 0x77,
                   b[start + 2] | 0x20 == 0x77, b[start + 3] == 0x2E {
                    isURL = true
                }
                if isURL, let day = dateInURL(b, start..<i) { return day }
            }
            return nil
        }
    }

    private static func dateInURL(_ b: UnsafeBufferPointer<UInt8>, _ run: Range<Int>) -> Day? {
        func isDigit(_ k: Int) -> Bool { k < run.upperBound && b[k] >= 0x30 && b[k] <= 0x39 }
        func digits(_ k: Int) -> (value: Int, end: Int)? {
            var v = 0, j = k
            while isDigit(j), j - k < 4 { v = v * 10 + Int(b[j] - 0x30); j += 1 }
            return j == k || isDigit(j) ? nil : (v, j)
        }
        var k = run.lowerBound
        while k + 8 <= run.upperBound {
            // A year that starts a path segment or follows a separator.
            if isDigit(k), k == run.lowerBound || !isDigit(k - 1) && !(b[k - 1] | 0x20 >= 0x61 && b[k - 1] | 0x20 <= 0x7A),
               let y = digits(k), y.end - k == 4, (1990...2099).contains(y.value), y.end < run.upperBound,
               b[y.end] == 0x2F || b[y.end] == 0x2D {
                let sep = b[y.end]
                if let m = digits(y.end + 1), m.end - y.end - 1 <= 2, m.end < run.upperBound, b[m.end] == sep,
                   let d = digits(m.end + 1), d.end - m.end - 1 <= 2,
                   let day = Day(year: y.value, month: m.value, day: d.value) {
                    return day
                }
            }
            k += 1
        }
        return nil
    }

    static let stampWords: Set<String> = ["published", "updated", "posted", "date", "dated", "filed"]

    static func stamp(in tokens: [Token]) -> Day? {
        // At the start, after at most a place ("Moscow,") of up to three words.
        var k = 0
        while k < min(tokens.count, 4), tokens[k].kind == .word, tokens[k].isCapitalized,
              tokens[k].lex & Lexicon.isMonthKey == 0 {
            k += 1
        }
        if k < tokens.count, tokens[k].isPunct(",") { k += 1 }
        if let day = date(in: tokens, at: k) ?? date(in: tokens, at: 0) { return day }
        // After a stamp word anywhere in the paragraph.
        for i in tokens.indices where tokens[i].kind == .word && tokens[i].lex & Lexicon.isStampWord != 0 {
            var j = i + 1
            while j < tokens.count, j - i <= 4,
                  tokens[j].kind != .word || tokens[j].keyIs(.on) || tokens[j].keyIs(.at) || Lexicon.weekdayKeys.contains(tokens[j].key) {
                j += 1
            }
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
        if let month = month(of: first), let d = number(i + 1) ?? ordinal(word(i + 1)),
           let y = number(skipComma(i + 2)) {
            return Day(year: y, month: month, day: d)
        }
        if let d = number(i) ?? ordinal(first), let w = word(i + 1), let month = month(of: w),
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

    /// `month(t.key)`, asked only of a month key (`Lexicon.monthKeys` holds the keys `month` knows).
    static func month(of t: Token) -> Int? { t.lex & Lexicon.isMonthKey != 0 ? month(t.key) : nil }

    static func month(_ key: String) -> Int? {
        let short = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        if key == "sept" { return 9 }
        if let k = short.firstIndex(of: key) { return k + 1 }
        return monthNameKeys.firstIndex(of: key).map { $0 + 1 }
    }

    /// `Day.monthNames` lowercased, January first.
    static let monthNameKeys = Day.monthNames.map { $0.lowercased() }

    /// "4th", "21st".
    static func ordinal(_ t: Token?) -> Int? {
        guard let text = t?.key, text.count > 2 else { return nil }
        let suffix = text.suffix(2)
        guard ["st", "nd", "rd", "th"].contains(suffix) else { return nil }
        return Int(text.dropLast(2))
    }
}


/// Finds the day the reported event happened, from the lead and the two paragraphs after it (the
/// lead's dateline left out, quotes ignored), paragraph by paragraph: in each, an explicit date ("on
/// November 18", "18 November", "Nov. 18", with or without a year) first, else a weekday ("on
/// Tuesday", "said Monday", "last Tuesday") or "today"/"yesterday". A weekday is the most recent such
/// day on or before publication ("last Tuesday": before it), never a future one. A date without a
/// year is its occurrence nearest publication (Dec 30 reported on Jan 3 is last year's). Without a
/// publication date only a date with its year can be resolved. Explicit dates after publication
/// (plans, deadlines) and weekdays in a plan ("next Friday", "will meet on Friday") are not the
/// reported event; "last week" names no day and is passed over.
enum EventDate {
    /// Paragraphs read, the lead included: where a report tells its event.
    static let paragraphs = 3

    /// `paragraphs`: the lead and those after it, each with its quote mask.
    static func find(paragraphs: [(text: TokenizedText, quoted: [Bool])], published: Day?) -> Day? {
        for (n, p) in paragraphs.prefix(Self.paragraphs).enumerated() {
            if let day = find(in: p.text, quoted: p.quoted, isLead: n == 0, published: published) { return day }
        }
        return nil
    }

    /// The event date one paragraph gives (see the type).
    static func find(in paragraph: TokenizedText, quoted: [Bool], isLead: Bool, published: Day?) -> Day? {
        let tokens = paragraph.tokens
        guard !tokens.isEmpty else { return nil }
        // Only the lead's first sentence is asked about (for its dateline).
        let start = isLead ? TitleMaker.datelineEnd(tokens, within: SentenceSplitter.ranges(paragraph).first ?? 0..<tokens.count) ?? 0 : 0
        var weekday: Day??  // first weekday reference: .some(nil) when it cannot be resolved
        for i in start..<tokens.count where tokens[i].kind == .word && !(i < quoted.count && quoted[i]) {
            let previous: Lexicon.Word? = i > 0 && tokens[i - 1].kind == .word ? Lexicon.Word(rawValue: tokens[i - 1].lex >> Lexicon.wordShift) : nil
            if tokens[i].lex & Lexicon.isMonthKey != 0 || Fast.startsWithNumber(tokens[i].text) {
                if let day = explicit(tokens, at: i, published: published) { return day }
                continue
            }
            guard weekday == nil, previous != .next, previous != .coming, previous != .every,
                  !isFuture(tokens, before: i, from: start) else { continue }
            if weekdayFilter.mayContain(tokens[i].key), let w = weekdayKeys.firstIndex(of: tokens[i].key), tokens[i].isCapitalized {
                // Days back to the most recent such weekday; "last Tuesday" on a Tuesday is a week ago.
                let back: (Day) -> Int = { p in
                    let d = (p.weekday - (w + 1) + 7) % 7
                    return previous == .last && d == 0 ? 7 : d
                }
                weekday = .some(published.map { p in p.adding(days: -back(p)) })
            } else if tokens[i].keyIs(.yesterday) {
                weekday = .some(published?.adding(days: -1))
            } else if tokens[i].keyIs(.today) {
                weekday = .some(published)
            }
        }
        return weekday ?? nil
    }

    /// `Day.weekdayNames` lowercased, Monday first.
    static let weekdayKeys = Day.weekdayNames.map { $0.lowercased() }
    /// Rules out most words as weekday names without comparing them with each.
    static let weekdayFilter = KeyFilter(weekdayKeys)

    static let futureWords: Set<String> = ["will", "would", "shall", "due", "scheduled", "expected", "plans", "planned", "next"]

    /// A plan rather than a report ("will meet in Paris on Friday"): a future word among the six
    /// words before `i`, in the same clause (no comma between).
    static func isFuture(_ tokens: [Token], before i: Int, from start: Int) -> Bool {
        var k = i - 1, words = 0
        while k >= start, words < 6, !tokens[k].isPunct(","), !tokens[k].isPunct(";") {
            if tokens[k].kind == .word {
                if tokens[k].lex & Lexicon.isFutureWord != 0 { return true }
                words += 1
            }
            k -= 1
        }
        return false
    }

    /// An explicit date at token `i` ("November 18, 2025", "18 November", "Nov. 18"), resolved and
    /// not after publication.
    static func explicit(_ tokens: [Token], at i: Int, published: Day?) -> Day? {
        if let day = PublicationDate.date(in: tokens, at: i) {
            return published.map { day <= $0 } ?? true ? day : nil
        }
        func word(_ k: Int) -> Token? { k < tokens.count && tokens[k].kind == .word ? tokens[k] : nil }
        func dayNumber(_ t: Token?) -> Int? {
            guard let t else { return nil }
            if let n = Int(t.text), (1...31).contains(n), t.text.count <= 2 { return n }
            return PublicationDate.ordinal(t).flatMap { (1...31).contains($0) ? $0 : nil }
        }
        let month: Int, d: Int
        if let m = PublicationDate.month(of: tokens[i]), tokens[i].isCapitalized, let n = dayNumber(word(i + 1)) {
            // "May 5" but not "may 5" (the verb); "Nov. 18".
            month = m; d = n
        } else if let n = dayNumber(tokens[i]), let w = word(i + 1), w.isCapitalized, let m = PublicationDate.month(of: w) {
            month = m; d = n
        } else {
            return nil
        }
        // The occurrence nearest the publication day (Dec 30 reported on Jan 3 is last year's); when
        // that is after publication ("would open on December 5") it is a plan, not the event.
        guard let p = published else { return nil }
        let candidates = [p.year - 1, p.year, p.year + 1].compactMap { Day(year: $0, month: month, day: d) }
        guard let nearest = candidates.min(by: { abs($0.ordinal - p.ordinal) < abs($1.ordinal - p.ordinal) }) else { return nil }
        return nearest <= p ? nearest : nil
    }
}
