import DossierModel

/// One month of a long list (or its undated items): the unit its pages are split by, so that
/// they stay put as articles arrive. Pages of a fixed size, newest first, all shift by one
/// when an article is added (a new article is the newest; a late-filed one lands mid-list),
/// and every one of them would be written again; a month's pages change only when an article
/// of that month is added, changed or removed.
struct ListPeriod: Sendable, Equatable {
    /// "2025-11", or "undated": the period's folder under its list's.
    let key: String
    /// "November 2025", or "Undated".
    let name: String
    /// Positions in the list, in the list's order.
    let positions: [Int]

    static let undatedKey = "undated"

    /// The periods of a list of `count` items, given each item's day (nil: undated): newest
    /// month first, the undated last, each item in its month in the list's order.
    static func months(count: Int, day: (Int) -> Day?) -> [ListPeriod] {
        var months: [(month: Int, day: Day, positions: [Int])] = []
        var place: [Int: Int] = [:] // month → index in `months`; lists are by date, so rarely read
        var undated: [Int] = []
        var last = -1 // the index in `months` of the previous dated position's month
        for position in 0..<count {
            guard let d = day(position) else {
                undated.append(position)
                continue
            }
            let month = d.year * 12 + d.month
            if last < 0 || months[last].month != month {
                last = place[month] ?? {
                    place[month] = months.count
                    months.append((month, d, []))
                    return months.count - 1
                }()
            }
            months[last].positions.append(position)
        }
        var periods = months.sorted { $0.month > $1.month }.map { ListPeriod(key: $0.day.monthKey, name: $0.day.monthName, positions: $0.positions) }
        if !undated.isEmpty { periods.append(ListPeriod(key: undatedKey, name: "Undated", positions: undated)) }
        return periods
    }

    /// The period's pages: runs of at most `size` of its positions, in order, cut where they
    /// stay put as items arrive (`StableParts`); `identity` gives the item at a position's.
    func parts(of size: Int, identity: (Int) -> UInt64) -> [ArraySlice<Int>] {
        StableParts.split(count: positions.count, size: size) { identity(positions[$0]) }.map { positions[$0] }
    }
}
