import DossierModel
import Foundation

/// Datelines: where and when a story was filed, written before its first paragraph, e.g.
/// "Beijing, November 4, 2025 —", "MOSCOW, Nov. 18 (Xinhua) --", "Moscow, 18 November 2025 –",
/// "BEIJING (Reuters) -", "New Delhi:", "09:40, March 07, 2026".
enum Datelines {
    /// A month name or abbreviation (English), as a regular-expression fragment.
    static let monthPattern = "(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?"

    private static let time = "\\d{1,2}[:.]\\d{2}(?:\\s?[AaPp]\\.?[Mm]\\.?)?(?:\\s+[A-Z]{2,4})?"
    private static let weekday = "(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
    private static let word = "(?!(?:\(monthPattern)|\(weekday))\\b)\\p{Lu}[\\p{L}\\p{M}.'’-]*"
    private static let placeWords = "\(word)(?:\\s+(?:\(word)|of|de|del|la|al|el|am|upon|sur)){0,3}"
    private static let pattern = """
    ^(?:\(time)\\s*,?\\s*)?\
    (?<place>\(placeWords)(?:,\\s*\(placeWords))?)?\
    \\s*,?\\s*(?:\(weekday),?\\s+)?\
    (?:(?<m1>\(monthPattern))\\s+(?<d1>\\d{1,2})(?:st|nd|rd|th)?(?:\\s*,?\\s*(?<y1>\\d{4}))?\
    |(?<d2>\\d{1,2})(?:st|nd|rd|th)?\\s+(?<m2>\(monthPattern))(?:\\s*,?\\s*(?<y2>\\d{4}))?\
    |(?<iso>\\d{4}-\\d{2}-\\d{2})\
    |(?<nd>\\d{1,2})\\.(?<nm>\\d{1,2})\\.(?<ny>\\d{4}))?\
    (?:\\s*[,|]?\\s*\(time))?\
    \\s*(?:\\((?<agency>[^()]{1,40})\\))?\
    (?<sep>\\s*(?:—|–|--)\\s*|\\s+-\\s+|\\s*:\\s*|\\s*$)
    """
    static let regex = try? NSRegularExpression(pattern: pattern)

    /// Labels that open copy the way a place does ("Analysis: …") but are not places.
    static let labels: Set<String> = [
        "update", "updated", "breaking", "breaking news", "analysis", "opinion", "editorial", "exclusive", "watch",
        "video", "photos", "note", "editor's note", "editor’s note", "explainer", "live", "comment", "interview",
        "factbox", "correction", "clarification", "summary", "background", "context", "read", "source", "sources",
    ]

    /// A dateline found at the start of a unit, and the text that follows it.
    struct Match {
        var dateline: Dateline
        var rest: String
    }

    /// The dateline at the start of `text`, if any. `year` fills in a day written without
    /// one ("Nov. 18"). A dateline must name a day or an agency; with `placeOnly`, a place (at
    /// most four words) followed by a dash or a colon and capitalised text is one too ("Beijing: …").
    static func match(_ text: String, year: Int?, placeOnly: Bool = false) -> Match? {
        // Most text cannot hold a day or an agency (nor, with `placeOnly`, a place before a dash or colon).
        guard mayBeDateline(text, placeOnly: placeOnly) else { return nil }
        return regexMatch(text, year: year, placeOnly: placeOnly)
    }

    /// Words other than capitalised ones that may stand before a dateline's day or agency: the
    /// connectors of place names, and the beginnings of month and weekday names (any case).
    private static let lowercaseStarts = [
        "of", "de", "del", "la", "al", "el", "am", "upon", "sur",
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
        "mon", "tue", "wed", "thu", "fri", "sat", "sun",
    ].map { Array($0.utf8) }

    /// `lowercaseStarts` by first letter (a–z): a word opening with another letter is none of them.
    private static let lowercaseStartsByFirst: [[[UInt8]]] = (UInt8(0x61)...0x7A).map { letter in
        lowercaseStarts.filter { $0.first == letter }
    }

    /// False only when the pattern surely cannot find a day or an agency at the start of `text`.
    /// Before its first digit or "(", a dateline holds only place words (capitalised), their
    /// connectors, weekday and month names, white space, ",", "|", ".", "'", "’" and "-". So the
    /// answer is false when, reading ASCII text from the start, a word opens in lower case and is
    /// none of `lowercaseStarts`, or a character outside that set (and not a digit or "(") comes,
    /// or the text ends first. Anything not ASCII, and any digit or "(", leaves it to the pattern.
    ///
    /// With `placeOnly`, a place alone followed by a separator (" - ", "--", "—", "–", ":") also
    /// makes a dateline, so a ":" or a "-" anywhere leaves it to the pattern too.
    ///
    /// The pattern's words before the first digit, "(" or separator are at most `wordsBeforeDay`
    /// (see there), and a word read here lies within one of them: more words than that say false.
    static func mayBeDateline(_ text: String, placeOnly: Bool) -> Bool {
        var text = text
        return text.withUTF8 { b in
            var i = 0
            let n = b.count
            var wordStart = true
            var words = 0
            if n > 0 && b[0] >= 0x80 && openingQuotes.contains(ByteScan.decode(b, at: 0).0) { return false }
            while i < n {
                let c = b[i]
                if c >= 0x80 { return true }
                if (c >= 0x30 && c <= 0x39) || c == UInt8(ascii: "(") { return true }
                if placeOnly && (c == UInt8(ascii: ":") || c == UInt8(ascii: "-")) { return true }
                if c == 0x20 || c == 0x09 || c == UInt8(ascii: ",") || c == UInt8(ascii: "|") {
                    wordStart = true
                    i += 1
                    continue
                }
                let isUpper = c >= 0x41 && c <= 0x5A, isLower = c >= 0x61 && c <= 0x7A
                if wordStart {
                    words += 1
                    if words > wordsBeforeDay { return false }
                    if isLower {
                        let rest = UnsafeBufferPointer(rebasing: b[i...])
                        let known = lowercaseStartsByFirst[Int(c - 0x61)].contains { start in
                            rest.count >= start.count && zip(rest, start).allSatisfy { $0 == $1 }
                        }
                        if !known { return false }
                    } else if !isUpper {
                        return false
                    }
                    wordStart = false
                } else if !(isUpper || isLower || c == UInt8(ascii: ".") || c == UInt8(ascii: "'") || c == UInt8(ascii: "-")) {
                    return false
                }
                i += 1
            }
            return false
        }
    }

    /// Quotation marks that open text: the pattern can read none of them (each of its parts opens
    /// with a digit, a letter, "(", white space or a separator), so text opening with one has no dateline.
    static let openingQuotes: Set<UInt32> = [0xAB, 0xBB, 0x2018, 0x2019, 0x201A, 0x201B, 0x201C, 0x201D, 0x201E, 0x201F,
                                             0x2039, 0x203A]

    /// The most words the pattern reads before a day, a time, an agency or a separator: a place of
    /// two parts of up to four words each (connectors included), a weekday and a month name.
    static let wordsBeforeDay = 4 + 4 + 1 + 1

    /// What the pattern reads at the start of a text: the text it matched and its named groups.
    struct Reading {
        let matched: String
        /// The text of each named group, in the order of `Group` (nil where the group took no part).
        let groups: [String?]

        subscript(_ group: Group) -> String? { groups[group.rawValue] }
    }

    /// The named groups of the pattern, in the order they open in it: group `i + 1` is the case
    /// of raw value `i` (the pattern's other groups capture nothing).
    enum Group: Int, CaseIterable {
        case place, m1, d1, y1, d2, m2, y2, iso, nd, nm, ny, agency, sep
    }

    /// The names of the groups, as the pattern writes them.
    static let groupNames = Group.allCases.map { "\($0)" }

    /// The pattern's non-empty match at the start of `text` (its first 160 characters), if any:
    /// read by hand (`DatelinePattern`) where the head allows, else by ICU. Groups are cut out of
    /// the Swift string by UTF-16 offsets (out of its bytes where `bmpReading` can).
    static func read(_ text: String) -> Reading? {
        let head = head(of: text)
        guard let found = DatelinePattern.match(head) ?? regexRanges(head), !found.range.isEmpty else { return nil }
        if let reading = bmpReading(head, found) { return reading }
        func substring(_ r: Range<Int>) -> String {
            let utf16 = head.utf16
            let start = utf16.index(utf16.startIndex, offsetBy: r.lowerBound)
            return String(head[start..<utf16.index(start, offsetBy: r.count)])
        }
        return Reading(matched: substring(found.range), groups: found.groups.map { $0.map(substring) })
    }

    /// `read`'s reading of `found` in `head`, cut out of its bytes, when every scalar of `head` is
    /// below U+10000: each UTF-16 offset is then the start of a scalar (the pieces' ends are scalar
    /// boundaries, where `head[…]` cuts as it is), found by one pass over the bytes. Nil for other heads.
    static func bmpReading(_ head: String, _ found: (range: Range<Int>, groups: [Range<Int>?])) -> Reading? {
        var copy = head
        return copy.withUTF8 { b -> Reading? in
            var starts: [Int] = []  // the first byte of each UTF-16 unit, then the end
            starts.reserveCapacity(b.count + 1)
            var i = 0
            while i < b.count {
                let c = b[i]
                guard c < 0xF0 else { return nil }  // a scalar of four bytes is two UTF-16 units
                starts.append(i)
                i += c < 0x80 ? 1 : c < 0xE0 ? 2 : 3
            }
            starts.append(b.count)
            func piece(_ r: Range<Int>) -> String {
                String(decoding: UnsafeBufferPointer(rebasing: b[starts[r.lowerBound]..<starts[r.upperBound]]), as: UTF8.self)
            }
            return Reading(matched: piece(found.range), groups: found.groups.map { $0.map(piece) })
        }
    }

    /// `String(text.prefix(160))`, the part of a text the pattern is tried on: cut at byte 160 when
    /// the first 161 bytes are ASCII without CR (each a character, the last not extending the one
    /// before it), and the whole text when it has no more than 160 bytes.
    static func head(of text: String) -> String {
        let utf8 = text.utf8
        guard utf8.count > 160 else { return text }
        var copy = text
        let plain = copy.withUTF8 { ByteScan.isPlainASCII(UnsafeBufferPointer(rebasing: $0[..<161])) }
        guard plain else { return String(text.prefix(160)) }
        return String(text[..<utf8.index(utf8.startIndex, offsetBy: 160)])
    }

    /// The regular expression's match at the start of `head` and its groups (in the order of
    /// `groupNames`), as UTF-16 offsets. Groups are read by number (asking by name costs
    /// several thousand instructions each).
    static func regexRanges(_ head: String) -> (range: Range<Int>, groups: [Range<Int>?])? {
        guard let regex, let m = regex.firstMatch(in: head, range: NSRange(location: 0, length: head.utf16.count)) else {
            return nil
        }
        func offsets(_ r: NSRange) -> Range<Int>? { r.location == NSNotFound ? nil : r.location..<(r.location + r.length) }
        return (offsets(m.range) ?? 0..<0, groupNames.indices.map { offsets(m.range(at: $0 + 1)) })
    }

    /// `match` without the pre-check: by the pattern alone.
    static func regexMatch(_ text: String, year: Int?, placeOnly: Bool) -> Match? {
        read(text).flatMap { dateline(from: $0, in: text, year: year, placeOnly: placeOnly) }
    }

    /// The dateline `reading` makes at the start of `text`, if it makes one (see `match`).
    static func dateline(from reading: Reading, in text: String, year: Int?, placeOnly: Bool) -> Match? {
        let matched = reading.matched
        let rest = rest(of: text, after: matched)
        // Whether the separator is white space only (or absent): asked of its characters, not trimmed.
        let blankSeparator = reading[.sep]?.allSatisfy(\.isWhitespace) ?? true
        let place = reading[.place]
        let hasDate = reading[.m1] != nil || reading[.d2] != nil || reading[.iso] != nil || reading[.nd] != nil
        let hasAgency = reading[.agency] != nil
        if rest.isEmpty && !(hasDate || hasAgency) { return nil }
        let isPlace = place.map { !labels.contains($0.lowercased()) } ?? false
        if !rest.isEmpty && (blankSeparator || !(hasDate || hasAgency || (placeOnly && isPlace))) { return nil }
        if !rest.isEmpty && !(hasDate || hasAgency) && !Text.startsCapitalized(rest) { return nil }
        let day = day(month: reading[.m1] ?? reading[.m2] ?? reading[.nm], day: reading[.d1] ?? reading[.d2] ?? reading[.nd],
                      year: reading[.y1] ?? reading[.y2] ?? reading[.ny], iso: reading[.iso], fallbackYear: year)
        let line = Dateline(place: place.map(Text.collapse), day: day, text: Text.collapse(matched))
        return Match(dateline: line, rest: rest)
    }

    /// `String(text.dropFirst(matched.count)).trimmingWhitespace()` for `matched`, a prefix of
    /// `text`'s bytes, without counting characters where the cut between them is surely a
    /// character boundary of `text`: the last byte of `matched` and the first after it are ASCII
    /// (neither a prepended mark nor an extending one) and the last is not CR (CR LF is one character).
    static func rest(of text: String, after matched: String) -> String {
        let utf8 = text.utf8
        let cut = matched.utf8.count
        if cut == utf8.count { return "" }
        let index = utf8.index(utf8.startIndex, offsetBy: cut)
        guard let last = matched.utf8.last, last < 0x80, last != 0x0D, utf8[index] < 0x80 else {
            return String(text.dropFirst(matched.count)).trimmingWhitespace()
        }
        return Scan.trimmed(text[index...])
    }

    /// `match` with the pattern's readings kept for one article, which asks about its first units
    /// several times (as headline candidates, after the headline, and for the dateline).
    struct Memo {
        /// The pattern's reading of each text asked about (which does not depend on the year or
        /// `placeOnly`): a few texts an article, looked up by comparing them (hashing a unit costs more).
        private var readings: [(text: String, reading: Reading?)] = []

        /// `Datelines.match(text, year: year, placeOnly: placeOnly)`.
        mutating func match(_ text: String, year: Int?, placeOnly: Bool = false) -> Match? {
            // Most units cannot hold a dateline: that answer is not worth keeping.
            guard mayBeDateline(text, placeOnly: placeOnly) else { return nil }
            let reading: Reading?
            if let known = readings.first(where: { $0.text == text }) {
                reading = known.reading
            } else {
                reading = read(text)
                readings.append((text, reading))
            }
            return reading.flatMap { dateline(from: $0, in: text, year: year, placeOnly: placeOnly) }
        }

        /// Whether the whole of `text` is a dateline.
        mutating func isStandalone(_ text: String) -> Bool {
            match(text, year: nil)?.rest.isEmpty ?? false
        }
    }

    /// The day named by the dateline's parts, when they make a real day.
    private static func day(month: String?, day: String?, year: String?, iso: String?, fallbackYear: Int?) -> Day? {
        if let iso { return Day(iso: iso) }
        guard let month = month.flatMap(monthNumber), let d = day.flatMap({ Int($0) }),
              let y = year.flatMap({ Int($0) }) ?? fallbackYear else { return nil }
        return Day(year: y, month: month, day: d)
    }

    /// 1–12 for an English month name or abbreviation ("Nov.", "September") or a number.
    static func monthNumber(_ name: String) -> Int? {
        if let number = Int(name) { return number }
        let prefix = String(name.lowercased().prefix(3))
        return ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
            .firstIndex(of: prefix).map { $0 + 1 }
    }

    /// Looks for datelines among the first `window` units: a unit that is only a dateline is
    /// removed, a dateline opening a unit is cut off it (a place-only one only from the first unit). Returns the dateline to report (the
    /// first that names a day, else the first found) and the units left.
    static func extract(_ units: [Layout.Unit], year: Int?, window: Int = 5, memo: inout Memo)
        -> (dateline: Dateline?, units: [Layout.Unit]) {
        var found: [Dateline] = []
        var out: [Layout.Unit] = []
        for (index, unit) in units.enumerated() {
            guard index < window, let m = memo.match(unit.text, year: year, placeOnly: index == 0) else {
                out.append(unit)
                continue
            }
            found.append(m.dateline)
            if !m.rest.isEmpty { out.append(Layout.Unit(line: unit.line, text: m.rest)) }
        }
        return (found.first(where: { $0.day != nil }) ?? found.first, out)
    }
}
