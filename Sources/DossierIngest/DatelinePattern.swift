/// `Datelines.pattern` matched by hand at the start of a text's head, for heads made of ASCII
/// (without CR) and the three other characters the pattern names ("—", "–", "’"). Over those
/// characters ICU's classes are plain: `\s` is TAB, LF, VT, FF and space (CR is left out, so each
/// unit is one `Character` and the head's cut at 160 characters is its cut at 160 units), `\d`
/// is 0–9, `\p{Lu}` is A–Z, a word character of `\b` is a letter, a digit or "_", and `(?i:)`
/// folds A–Z only. The reader walks the pattern as ICU's backtracking matcher does: every part
/// in its order, greedy quantifiers longest first, alternatives left to right, each capture
/// undone when its part is backtracked over. So the first way through is ICU's match, with the
/// same groups (a test compares the two on many generated heads).
final class DatelinePattern {
    /// The head's UTF-16 units (each one character, see above).
    private let u: [UInt16]
    /// Per group of `Datelines.groupNames`, its range of units in the match being tried.
    private(set) var groups: [Range<Int>?]

    private init(_ units: [UInt16]) {
        u = units
        groups = Array(repeating: nil, count: Datelines.groupNames.count)
    }

    /// The units of the pattern's match at the start of `head` and its groups (in the order of
    /// `Datelines.groupNames`); nil when there is none, or when `head` holds a character other
    /// than those above (then only ICU can say).
    static func match(_ head: String) -> (range: Range<Int>, groups: [Range<Int>?])?? {
        let units = Array(head.utf16)
        guard units.allSatisfy(isReadable) else { return nil }
        let reader = DatelinePattern(units)
        var end = 0
        guard reader.dateline(0, { end = $0; return true }) else { return .some(nil) }
        return .some((0..<end, reader.groups))
    }

    /// Whether the unit is one of the characters the reader knows.
    static func isReadable(_ c: UInt16) -> Bool {
        (c < 0x80 && c != 0x0D) || c == emDash || c == enDash || c == rightQuote
    }

    static let emDash: UInt16 = 0x2014, enDash: UInt16 = 0x2013, rightQuote: UInt16 = 0x2019

    /// The rest of the pattern from a position: true when it matches (the match then is final).
    typealias Next = (Int) -> Bool

    private var n: Int { u.count }

    private func at(_ i: Int, _ c: Unicode.Scalar) -> Bool { i < n && u[i] == UInt16(c.value) }
    private func isSpace(_ i: Int) -> Bool { i < n && (u[i] == 0x20 || (u[i] >= 0x09 && u[i] <= 0x0C)) }
    private func isDigit(_ i: Int) -> Bool { i < n && u[i] >= 0x30 && u[i] <= 0x39 }
    private func isUpper(_ i: Int) -> Bool { i < n && u[i] >= 0x41 && u[i] <= 0x5A }
    private func isLetter(_ i: Int) -> Bool { i < n && (u[i] | 0x20) >= 0x61 && (u[i] | 0x20) <= 0x7A }
    private func isWord(_ i: Int) -> Bool { isLetter(i) || isDigit(i) || at(i, "_") }
    private func isParen(_ i: Int) -> Bool { at(i, "(") || at(i, ")") }
    private func isDash(_ i: Int) -> Bool { i < n && (u[i] == Self.emDash || u[i] == Self.enDash) }
    private func isWordTail(_ i: Int) -> Bool {
        isLetter(i) || at(i, ".") || at(i, "'") || at(i, "-") || (i < n && u[i] == Self.rightQuote)
    }

    /// Whether `literal` (lowercase ASCII) stands at `i`, in either case when `anyCase`.
    private func has(_ literal: [UInt8], at i: Int, anyCase: Bool) -> Bool {
        guard i + literal.count <= n else { return false }
        for (k, b) in literal.enumerated() where (anyCase && isLetter(i + k) ? u[i + k] | 0x20 : u[i + k]) != UInt16(b) {
            return false
        }
        return true
    }

    /// `(?<group>…)` around a part: the part, then the rest with the group set (undone on failure).
    private func capture(_ group: Int, from i: Int, _ part: (Int, Next) -> Bool, _ next: Next) -> Bool {
        // `next` does not outlive the call: it is only called from within `part`.
        withoutActuallyEscaping(next) { next in
            part(i) { end in
                let saved = groups[group]
                groups[group] = i..<end
                if next(end) { return true }
                groups[group] = saved
                return false
            }
        }
    }

    /// A greedy run of units that `accepts`, `min` to `max` of them.
    private func run(_ i: Int, min: Int, max: Int = .max, _ accepts: (Int) -> Bool, _ next: Next) -> Bool {
        var j = i
        while j - i < max && accepts(j) { j += 1 }
        while j - i >= min {
            if next(j) { return true }
            j -= 1
        }
        return false
    }

    private func spaces(_ i: Int, min: Int, _ next: Next) -> Bool { run(i, min: min, isSpace, next) }
    private func digits(_ i: Int, _ min: Int, _ max: Int, _ next: Next) -> Bool { run(i, min: min, max: max, isDigit, next) }

    /// `c?`, greedy.
    private func optional(_ c: Unicode.Scalar, _ i: Int, _ next: Next) -> Bool { (at(i, c) && next(i + 1)) || next(i) }

    /// The first of `literals` that stands at `i` and lets the rest match.
    private func oneOf(_ literals: [[UInt8]], _ i: Int, anyCase: Bool, _ next: Next) -> Bool {
        literals.contains { has($0, at: i, anyCase: anyCase) && next(i + $0.count) }
    }

    /// The forms of each month name the pattern's alternatives read, in the order it tries them.
    static let months = [
        "january", "jan", "february", "feb", "march", "mar", "april", "apr", "may", "june", "jun", "july", "jul",
        "august", "aug", "september", "sept", "sep", "october", "oct", "november", "nov", "december", "dec",
    ].map { Array($0.utf8) }
    static let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"].map { Array($0.utf8) }
    static let connectors = ["of", "de", "del", "la", "al", "el", "am", "upon", "sur"].map { Array($0.utf8) }
    static let ordinals = ["st", "nd", "rd", "th"].map { Array($0.utf8) }

    /// The whole pattern from `^`: `(?:time\s*,?\s*)?(?<place>…)?\s*,?\s*`, then the rest.
    private func dateline(_ i: Int, _ next: Next) -> Bool {
        func afterPlace(_ b: Int) -> Bool {
            spaces(b, min: 0) { c in optional(",", c) { d in spaces(d, min: 0) { e in weekdayToEnd(e, next) } } }
        }
        func afterTime(_ a: Int) -> Bool { capture(0, from: a, place, afterPlace) || afterPlace(a) }
        return time(i) { a in spaces(a, min: 0) { b in optional(",", b) { c in spaces(c, min: 0, afterTime) } } } || afterTime(i)
    }

    /// `(?:weekday,?\s+)?`, the optional day, then the rest.
    private func weekdayToEnd(_ i: Int, _ next: Next) -> Bool {
        func afterWeekday(_ a: Int) -> Bool { day(a) { b in timeAndAgency(b, next) } || timeAndAgency(a, next) }
        return weekday(i) { a in optional(",", a) { b in spaces(b, min: 1, afterWeekday) } } || afterWeekday(i)
    }

    /// `(?:\s*[,|]?\s*time)?\s*(?:\((?<agency>[^()]{1,40})\))?`, then the separator.
    private func timeAndAgency(_ i: Int, _ next: Next) -> Bool {
        func afterTime(_ a: Int) -> Bool {
            spaces(a, min: 0) { b in
                let agency = at(b, "(") && capture(11, from: b + 1, { c, inner in
                    run(c, min: 1, max: 40, { !isParen($0) && $0 < n }, inner)
                }, { c in at(c, ")") && separator(c + 1, next) })
                return agency || separator(b, next)
            }
        }
        let timed = spaces(i, min: 0) { a in
            ((at(a, ",") || at(a, "|")) && spaces(a + 1, min: 0) { b in time(b, afterTime) })
                || spaces(a, min: 0) { b in time(b, afterTime) }
        }
        return timed || afterTime(i)
    }

    /// `(?<sep>\s*(?:—|–|--)\s*|\s+-\s+|\s*:\s*|\s*$)`.
    private func separator(_ i: Int, _ next: Next) -> Bool {
        capture(12, from: i, { a, end in
            let dashed = spaces(a, min: 0) { b in
                let length = isDash(b) ? 1 : at(b, "-") && at(b + 1, "-") ? 2 : 0
                return length > 0 && spaces(b + length, min: 0, end)
            }
            return dashed
                || spaces(a, min: 1) { b in at(b, "-") && spaces(b + 1, min: 1, end) }
                || spaces(a, min: 0) { b in at(b, ":") && spaces(b + 1, min: 0, end) }
                || spaces(a, min: 0) { b in b == n && end(b) }
        }, next)
    }

    /// `\d{1,2}[:.]\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?`.
    private func time(_ i: Int, _ next: Next) -> Bool {
        func zone(_ c: Int) -> Bool { spaces(c, min: 1) { d in run(d, min: 2, max: 4, isUpper, next) } || next(c) }
        func meridiem(_ c: Int) -> Bool {
            (at(c, "A") || at(c, "a") || at(c, "P") || at(c, "p"))
                && optional(".", c + 1) { d in (at(d, "M") || at(d, "m")) && optional(".", d + 1, zone) }
        }
        return digits(i, 1, 2) { a in
            (at(a, ":") || at(a, ".")) && digits(a + 1, 2, 2) { b in (isSpace(b) && meridiem(b + 1)) || meridiem(b) || zone(b) }
        }
    }

    /// `monthPattern`: a month name in any case, then `\.?`.
    private func month(_ i: Int, _ next: Next) -> Bool {
        oneOf(Self.months, i, anyCase: true) { a in optional(".", a, next) }
    }

    private func weekday(_ i: Int, _ next: Next) -> Bool { oneOf(Self.weekdays, i, anyCase: true, next) }

    /// `\b` at `i`.
    private func isBoundary(_ i: Int) -> Bool { isWord(i) != (i > 0 && isWord(i - 1)) }

    /// `word`: not a month or weekday name ending at a boundary; a capital, then letters, ".", "'", "’", "-".
    private func word(_ i: Int, _ next: Next) -> Bool {
        guard isUpper(i), !month(i, isBoundary), !weekday(i, isBoundary) else { return false }
        return run(i + 1, min: 0, isWordTail, next)
    }

    /// `placeWords`: a word, then up to three more words or connectors after white space.
    private func placeWords(_ i: Int, _ next: Next) -> Bool {
        func more(_ a: Int, _ count: Int) -> Bool {
            let again = count < 3 && spaces(a, min: 1) { b in
                word(b) { more($0, count + 1) } || oneOf(Self.connectors, b, anyCase: false) { more($0, count + 1) }
            }
            return again || next(a)
        }
        return word(i) { more($0, 0) }
    }

    /// The inside of `(?<place>…)`: place words, then optionally "," and more place words.
    private func place(_ i: Int, _ next: Next) -> Bool {
        placeWords(i) { a in (at(a, ",") && spaces(a + 1, min: 0) { b in placeWords(b, next) }) || next(a) }
    }

    /// The optional day's alternatives: month day year, day month year, ISO, dotted numbers.
    private func day(_ i: Int, _ next: Next) -> Bool {
        func ordinal(_ a: Int, _ rest: Next) -> Bool { oneOf(Self.ordinals, a, anyCase: false, rest) || rest(a) }
        func year(_ a: Int, _ group: Int, _ rest: Next) -> Bool {
            let written = spaces(a, min: 0) { b in
                optional(",", b) { c in spaces(c, min: 0) { d in capture(group, from: d, { digits($0, 4, 4, $1) }, rest) } }
            }
            return written || rest(a)
        }
        // (?<m1>month)\s+(?<d1>\d{1,2})(?:st|nd|rd|th)?(?:\s*,?\s*(?<y1>\d{4}))?
        let monthFirst = capture(1, from: i, month) { a in
            spaces(a, min: 1) { b in capture(2, from: b, { digits($0, 1, 2, $1) }) { c in ordinal(c) { d in year(d, 3, next) } } }
        }
        // (?<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?<m2>month)(?:\s*,?\s*(?<y2>\d{4}))?
        if monthFirst || capture(4, from: i, { digits($0, 1, 2, $1) }, { a in
            ordinal(a) { b in spaces(b, min: 1) { c in capture(5, from: c, month) { d in year(d, 6, next) } } }
        }) { return true }
        // (?<iso>\d{4}-\d{2}-\d{2})
        let iso = capture(7, from: i, { a, end in
            digits(a, 4, 4) { b in at(b, "-") && digits(b + 1, 2, 2) { c in at(c, "-") && digits(c + 1, 2, 2, end) } }
        }, next)
        // (?<nd>\d{1,2})\.(?<nm>\d{1,2})\.(?<ny>\d{4})
        return iso || capture(8, from: i, { digits($0, 1, 2, $1) }) { a in
            at(a, ".") && capture(9, from: a + 1, { digits($0, 1, 2, $1) }) { b in
                at(b, ".") && capture(10, from: b + 1, { digits($0, 4, 4, $1) }, next)
            }
        }
    }
}
