/// A calendar day (proleptic Gregorian, no time zone): the unit of every date in a dossier.
///
/// Dates in news copy are days, not instants; keeping them as plain year-month-day values
/// avoids time-zone drift and makes the output independent of the machine's clock and zone.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// A valid day, or nil (month 1–12, day within the month, year 1000–9999).
    public init?(year: Int, month: Int, day: Int) {
        guard (1000...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= Day.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD` exactly (surrounding white space allowed).
    public init?(iso text: some StringProtocol) {
        let parts = text.trimmingWhitespace().split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// `YYYY-MM-DD`: byte by byte for a four-digit year (as the checked initializer makes them),
    /// which spares the interpolation of three numbers (a summary writes two dates, lists many).
    public var iso: String {
        let (y, m, d) = (year, month, day)
        guard (1000...9999).contains(y), (1...12).contains(m), (1...31).contains(d) else { return interpolatedISO }
        func digit(_ n: Int) -> UInt8 { UInt8(truncatingIfNeeded: n % 10) &+ UInt8(ascii: "0") }
        return String(unsafeUninitializedCapacity: 10) { out in
            (out[0], out[1], out[2], out[3]) = (digit(y / 1000), digit(y / 100), digit(y / 10), digit(y))
            (out[4], out[5], out[6]) = (UInt8(ascii: "-"), digit(m / 10), digit(m))
            (out[7], out[8], out[9]) = (UInt8(ascii: "-"), digit(d / 10), digit(d))
            return 10
        }
    }

    /// `YYYY-MM-DD` for any year (`iso` of a year outside 1000–9999).
    var interpolatedISO: String { "\(year)-\(Day.pad2(month))-\(Day.pad2(day))" }
    public var description: String { iso }

    /// `YYYY-MM`, the key of the month this day belongs to.
    public var monthKey: String { String(iso.prefix(7)) }

    /// "November 18, 2025".
    public var longName: String { "\(Day.monthNames[month - 1]) \(day), \(year)" }

    /// "November 2025".
    public var monthName: String { "\(Day.monthNames[month - 1]) \(year)" }

    /// Days since 1970-01-01 (negative before).
    public var ordinal: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The day `ordinal` days after 1970-01-01.
    public init(ordinal z0: Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
    }

    /// This day moved by `n` days.
    public func adding(days n: Int) -> Day { Day(ordinal: ordinal + n) }

    /// 1 = Monday … 7 = Sunday (ISO 8601).
    public var weekday: Int { ((ordinal % 7) + 7 + 3) % 7 + 1 }

    public static func < (a: Day, b: Day) -> Bool { a.ordinal < b.ordinal }

    /// English month names, January first.
    public static let monthNames = ["January", "February", "March", "April", "May", "June", "July",
                                    "August", "September", "October", "November", "December"]
    /// English weekday names, Monday first (index = weekday - 1).
    public static let weekdayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static func pad2(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}


extension StringProtocol {
    /// The text without leading and trailing white space and newlines.
    public func trimmingWhitespace() -> String {
        guard let start = firstIndex(where: { !$0.isWhitespace }),
              let end = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[start...end])
    }
}

extension String {
    /// The text without leading and trailing white space and newlines. A text that starts and
    /// ends with an ASCII byte other than white space is returned as it is, without looking at
    /// its characters (a character is white space by its first scalar, and no character that
    /// ends in such a byte starts with white space).
    public func trimmingWhitespace() -> String {
        let isSpace = { (byte: UInt8) in byte == 0x20 || (0x09...0x0D).contains(byte) }
        if let first = utf8.first, let last = utf8.last, first < 0x80, last < 0x80, !isSpace(first), !isSpace(last) {
            return self
        }
        return self[...].trimmingWhitespace()
    }
}
