import DossierModel

/// A list of articles (or stories) that may be long: an actor's, a topic's, the stories index.
/// Up to `page_size` items it is one page; longer, its first page shows the newest `page_size`
/// and links every month (`archive`), and each month has pages of its own
/// (`<folder>/<YYYY-MM>/index.html`, then `<folder>/<YYYY-MM>/<n>/index.html`; the undated
/// items under `undated/`) that show only what belongs to the month (`period`), so that an
/// added article changes its months' pages and the first page, not every page (`ListPeriod`).
struct ListArchive {
    let firstPath: String
    let template: String
    let count: Int
    /// The day of the item at a position (nil: undated).
    let day: (Int) -> Day?
    /// The fingerprint of the item at a position as pages show it (its card's).
    let itemKey: (Int) -> UInt64
    /// The identity of the item at a position (`StableParts`): where a month is cut into parts.
    let identity: (Int) -> UInt64
    /// Everything the first page's values read besides its items and archive; nil: its values
    /// are fingerprinted.
    let key: (() -> UInt64)?
    /// Everything a month's page's values read besides its items and `period`; nil: as `key`.
    let periodKey: (() -> UInt64)?
    /// The first page's values, but for its items (`list`) and archive.
    let values: (String) -> PageMap
    /// A month's page's values, but for its items, `period`, `pagination` and title suffix.
    let periodValues: (String) -> PageMap
    /// Puts the items at some positions into a page's values, given the page's root.
    let list: (inout PageMap, [Int], String) -> Void

    var folder: String { String(firstPath.dropLast("index.html".count)) }

    /// Part `k` (from 0) of `period`.
    func path(_ period: ListPeriod, part k: Int) -> String {
        k == 0 ? "\(folder)\(period.key)/index.html" : "\(folder)\(period.key)/\(k + 1)/index.html"
    }
}

extension SiteRenderer {
    /// Adds the pages of `list` (see `ListArchive`).
    func archived(_ list: ListArchive, _ page: AddPage) {
        let size = max(1, config.pageSize)
        let first = list.firstPath
        guard list.count > size else {
            let all = Array(0..<list.count)
            page(first, list.template, list.key.map { key in { SiteRenderer.archiveKey(key(), path: first, items: all, list, periods: nil) } }) {
                var v = list.values(first)
                list.list(&v, all, PageContext.root(of: first))
                return v
            }
            return
        }
        let periods = ListPeriod.months(count: list.count, day: list.day)
        let newest = Array(0..<size)
        // Computed once, by the first page that asks: a term's key reads all its articles.
        let mainKey = list.key.map { Shared($0) }
        let monthsKey = (list.periodKey ?? list.key).map { Shared($0) }
        page(first, list.template, mainKey.map { key in { SiteRenderer.archiveKey(key.value, path: first, items: newest, list, periods: periods) } }) {
            var v = list.values(first)
            list.list(&v, newest, PageContext.root(of: first))
            v[.archive] = .map([.count: .number(periods.count), .periods: .maps(periods.map { p in
                [.key: .text(p.key), .name: .text(p.name), .url: .text(list.path(p, part: 0)), .count: .number(p.positions.count)]
            })])
            return v
        }
        for (n, period) in periods.enumerated() {
            let parts = period.parts(of: size, identity: list.identity)
            let newer = n > 0 ? periods[n - 1] : nil, older = n + 1 < periods.count ? periods[n + 1] : nil
            for (k, part) in parts.enumerated() {
                let path = list.path(period, part: k)
                let key = monthsKey.map { key in
                    { SiteRenderer.periodKey(key.value, path: path, period, parts: parts.count, items: part, list, newer: newer, older: older) }
                }
                page(path, list.template, key) {
                    var v = list.periodValues(path)
                    let title = v[.pageTitle]?.text ?? ""
                    v[.pageTitle] = .text("\(title) — \(period.name)" + (k > 0 ? ", part \(k + 1)" : ""))
                    list.list(&v, Array(part), PageContext.root(of: path))
                    // The month's count on its first part, a part's own on the others: an article
                    // added to one part then leaves the month's other parts as they were.
                    let count = k == 0 ? period.positions.count : part.count
                    var values: PageMap = [.key: .text(period.key), .name: .text(period.name), .count: .number(count),
                                           .countLabel: .text(PageContext.plural(count, "article")),
                                           .allURL: .text(first)]
                    if k > 0 { values[.part] = .map([.number: .number(k + 1), .total: .number(parts.count)]) }
                    if let newer { values[.newer] = .map([.name: .text(newer.name), .url: .text(list.path(newer, part: 0))]) }
                    if let older { values[.older] = .map([.name: .text(older.name), .url: .text(list.path(older, part: 0))]) }
                    v[.period] = .map(values)
                    if parts.count > 1 { v[.pagination] = .map(SiteRenderer.pagination(k, of: parts.count) { list.path(period, part: $0) }) }
                    return v
                }
            }
        }
    }

    /// The first page's key: what its values read (`common`), its path, its items' keys and,
    /// when the list is split, each month's key and count (its archive).
    static func archiveKey(_ common: UInt64, path: String, items: [Int], _ list: ListArchive, periods: [ListPeriod]?) -> UInt64 {
        var key = Fingerprint()
        key.add(key: common)
        key.add(path)
        key.add(items.count)
        for i in items { key.add(key: list.itemKey(i)) }
        key.add(periods?.count ?? -1)
        for p in periods ?? [] {
            key.add(p.key)
            key.add(p.positions.count)
        }
        return key.value
    }

    /// A month's page's key: what its values read (`common`), its path, the month (and its
    /// count, on its first part), its number of parts, the months either side and the keys of
    /// the page's items.
    static func periodKey(_ common: UInt64, path: String, _ period: ListPeriod, parts: Int, items: ArraySlice<Int>,
                          _ list: ListArchive, newer: ListPeriod?, older: ListPeriod?) -> UInt64 {
        var key = Fingerprint()
        key.add(key: common)
        key.add(path)
        key.add(period.name)
        key.add(items.startIndex == period.positions.startIndex ? period.positions.count : -1)
        key.add(parts)
        for neighbour in [newer, older] {
            key.add(neighbour?.key ?? "")
            key.add(neighbour?.name ?? "")
        }
        key.add(items.count)
        for i in items { key.add(key: list.itemKey(i)) }
        return key.value
    }
}
