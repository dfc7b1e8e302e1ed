@testable import DossierIngest
import XCTest

/// The hand-written reading of the dateline pattern against ICU's, on generated heads.
final class DatelinePatternTests: XCTestCase {
    /// Pieces of datelines and of text that looks like them: place words and connectors (and words
    /// that only start like them), month and weekday names in several cases and spellings, numbers,
    /// times, agencies, separators, white space of every kind the reader knows, other punctuation.
    static let pieces = [
        "Beijing", "BEIJING", "New", "Delhi", "St.", "John's", "John’s", "O'Hare-Field", "Rio", "Janeiro", "X", "U.S.",
        "of", "de", "del", "la", "al", "el", "am", "upon", "sur", "often", "delta", "Of", "talks", "Talks", "said",
        "Jan", "JAN", "January", "Janus", "Jan.", "jan.", "May", "MAY", "may", "Mayor", "Sept.", "Sept", "September",
        "Septa", "Dec", "december", "Junes", "Jul.", "Monday", "MONDAY", "monday", "Mondays", "Tuesday", "Tues", "Sun",
        "Sunday,", "Marches", "Mar_", "3", "18", "09", "123", "2025", "20255", "18th", "3rd", "1st", "2nd", "4th", "3RD",
        "2025-11-18", "2025-1-18", "18.11.2025", "1.2.2025", "18.11.25", "10:42", "9.05", "10:4", "10:42 AM", "10:42am",
        "10:42 p.m.", "10:42 P.M", "10:42 a.m. IST", "IST", "GMT", "ABCDE", "(Reuters)", "(Xinhua)", "(AP)", "(", ")",
        "(a(b)", "()", "(" + String(repeating: "x", count: 39) + ")", "(" + String(repeating: "y", count: 40) + ")",
        "(" + String(repeating: "z", count: 41) + ")", "(a — b)", ",", ", ", "|", " | ", " - ", "-", "--", " -- ", "---",
        "—", " — ", "–", " – ", ":", " : ", "::", "\t", "\n", "\u{0B}", "\u{0C}", "  ", "_", "x", "'", "’", ".", "!",
        "Analysis", "Updated", "A", "Z.", "é", "\r\n", "\u{A0}",
    ]

    /// The pattern's match and groups by `DatelinePattern` and by ICU, for `head`.
    static func readings(_ head: String) -> (hand: String, icu: String)? {
        guard let hand = DatelinePattern.match(head) else { return nil }
        func text(_ found: (range: Range<Int>, groups: [Range<Int>?])?) -> String {
            guard let found else { return "none" }
            return "\(found.range) " + zip(Datelines.groupNames, found.groups).map { "\($0)=\($1.map { "\($0)" } ?? "-")" }
                .joined(separator: " ")
        }
        return (text(hand), text(Datelines.regexRanges(head)))
    }

    func testHandReadingIsICUs() {
        var random = SystemRandomNumberGenerator()
        let joins = ["", " ", " ", " ", ", ", "  ", "\t"]
        var compared = 0, matched = 0
        for _ in 0..<30_000 {
            var head = ""
            for k in 0..<(1 + Int.random(in: 0..<12, using: &random)) {
                if k > 0 { head += joins.randomElement(using: &random)! }
                head += Self.pieces.randomElement(using: &random)!
            }
            let cut = String(head.prefix(160))
            guard let (hand, icu) = Self.readings(cut) else {
                XCTAssertTrue(cut.utf16.contains { !DatelinePattern.isReadable($0) }, cut.debugDescription)
                continue
            }
            XCTAssertEqual(hand, icu, cut.debugDescription)
            compared += 1
            if icu != "none" { matched += 1 }
        }
        // Most generated heads are read by hand, and the pattern takes a good share of them.
        XCTAssertGreaterThan(compared, 20_000)
        XCTAssertGreaterThan(matched, 5_000)
    }

    func testDatelinesAndEdges() {
        let heads = [
            "Beijing, November 4, 2025 — Talks", "MOSCOW, Nov. 18 (Xinhua) -- Talks", "Moscow, 18 November 2025 – x",
            "BEIJING (Reuters) - x", "New Delhi:", "09:40, March 07, 2026", "Harbin, Tuesday, March 3, 2026 — x",
            "Minsk, 18.11.2025 — x", "Nov 19, 2025 | 10:42 AM", "Rio de Janeiro, 5 May 2025 — x", "St. John’s, 3 June 2025 —",
            "", " ", "—", "x", "Beijing", "Beijing ", "Beijing\n", "Beijing \n ", "Beijing,", "Beijing, Nov 3\t", "(AP)",
            "Jan. — x", "January: x", "Janus — x", "Monday — x", "Mondays — x", "Delhi del Mar — x", "Of Mice — x",
            String(repeating: "Ab ", count: 60), String(repeating: "x", count: 159) + ":", "Beijing" + String(repeating: " ", count: 158),
        ]
        for head in heads {
            guard let (hand, icu) = Self.readings(head) else { return XCTFail(head.debugDescription) }
            XCTAssertEqual(hand, icu, head.debugDescription)
        }
        for head in ["São Paulo — x", "Tokyo\r\n3 June — x", "Kyiv \u{A0}- x", "“Beijing — x"] {
            XCTAssertNil(Self.readings(head), head.debugDescription)
        }
    }
}
