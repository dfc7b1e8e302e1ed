import DossierModel
import Foundation

extension SiteIndex {
    /// The reading order (indexes into `entries`): newest first, undated last, then by title and
    /// slug, so that it never depends on input order; and where each dated day's entries lie in
    /// it, newest day first (the undated ones follow the last). Grouped by day, then each day
    /// sorted by title and slug: no two entries of one day compare their days.
    static func readingOrder(_ entries: [SiteEntry]) -> (order: [Int], days: [(day: Day, entries: Range<Int>)]) {
        var byDay: [Day: [Int]] = [:]
        var undated: [Int] = []
        for (i, e) in entries.enumerated() {
            if let d = e.document.date { byDay[d, default: []].append(i) } else { undated.append(i) }
        }
        let titles = TitleOrder(entries.map(\.document.title))
        func byTitle(_ a: Int, _ b: Int) -> Bool {
            switch titles.compare(a, b) {
            case .less: return true
            case .greater: return false
            case .equal: return entries[a].slug < entries[b].slug
            }
        }
        var order: [Int] = []
        order.reserveCapacity(entries.count)
        var days: [(day: Day, entries: Range<Int>)] = []
        for day in byDay.keys.sorted(by: >) {
            let start = order.count
            order += byDay[day]!.sorted(by: byTitle)
            days.append((day, start..<order.count))
        }
        order += undated.sorted(by: byTitle)
        return (order, days)
    }
}

/// Titles compared as `String` orders them, the ASCII ones by their bytes, kept one after
/// another in one buffer: `String` orders ASCII text byte by byte, and a sort of many titles
/// otherwise reads each from its own storage at every comparison.
struct TitleOrder {
    enum Order { case less, equal, greater }

    private let titles: [String]
    /// The ASCII titles' bytes, one after another; title `i`'s are `bytes[starts[i]..<ends[i]]`.
    private let bytes: [UInt8]
    private let starts: [Int]
    private let ends: [Int]
    private let ascii: [Bool]

    init(_ titles: [String]) {
        self.titles = titles
        var bytes: [UInt8] = []
        var starts: [Int] = [], ends: [Int] = [], ascii: [Bool] = []
        starts.reserveCapacity(titles.count)
        ends.reserveCapacity(titles.count)
        ascii.reserveCapacity(titles.count)
        for var title in titles {
            title.withUTF8 { utf8 in
                let isASCII = utf8.reduce(0, |) < 0x80
                starts.append(bytes.count)
                if isASCII { bytes.append(contentsOf: utf8) }
                ends.append(bytes.count)
                ascii.append(isASCII)
            }
        }
        (self.bytes, self.starts, self.ends, self.ascii) = (bytes, starts, ends, ascii)
    }

    /// How title `a` orders against title `b` (as their `String`s do).
    func compare(_ a: Int, _ b: Int) -> Order {
        guard ascii[a] && ascii[b] else {
            return titles[a] == titles[b] ? .equal : titles[a] < titles[b] ? .less : .greater
        }
        let (lengthA, lengthB) = (ends[a] - starts[a], ends[b] - starts[b])
        let length = min(lengthA, lengthB)
        let common = length == 0 ? 0 : bytes.withUnsafeBufferPointer { buffer in
            memcmp(buffer.baseAddress! + starts[a], buffer.baseAddress! + starts[b], length)
        }
        if common != 0 { return common < 0 ? .less : .greater }
        return lengthA == lengthB ? .equal : lengthA < lengthB ? .less : .greater
    }
}
