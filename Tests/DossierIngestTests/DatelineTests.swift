import DossierModel
import XCTest
@testable import DossierIngest

final class DatelineTests: XCTestCase {
    func testDatelineOnItsOwnLineBeforeTheLead() {
        let article = ingest("Beijing, November 4, 2025 —\nThe delegations met in the afternoon.")
        XCTAssertEqual(article.dateline, Dateline(place: "Beijing", day: Day(year: 2025, month: 11, day: 4), text: "Beijing, November 4, 2025 —"))
        XCTAssertEqual(article.blocks, [p("The delegations met in the afternoon.")])
    }

    func testAgencyDatelineWithAbbreviatedMonthTakesTheYearFromTheMarker() {
        let article = ingest(" date 2025-11-19 MOSCOW, Nov. 18 (Xinhua) -- The premier arrived on Monday.")
        XCTAssertEqual(article.dateline, Dateline(place: "MOSCOW", day: Day(year: 2025, month: 11, day: 18), text: "MOSCOW, Nov. 18 (Xinhua) --"))
        XCTAssertEqual(article.blocks, [p("The premier arrived on Monday.")])
    }

    func testAgencyDatelineWithoutAYearHasNoDay() {
        let article = ingest("MOSCOW, Nov. 18 (Xinhua) -- The premier arrived on Monday.")
        XCTAssertEqual(article.dateline, Dateline(place: "MOSCOW", day: nil, text: "MOSCOW, Nov. 18 (Xinhua) --"))
    }

    func testDayFirstDatelineWithEnDash() {
        let article = ingest("St. Petersburg, 18 November 2025 – Delegates gathered at the forum.")
        XCTAssertEqual(article.dateline, Dateline(place: "St. Petersburg", day: Day(year: 2025, month: 11, day: 18), text: "St. Petersburg, 18 November 2025 –"))
        XCTAssertEqual(article.blocks, [p("Delegates gathered at the forum.")])
    }

    func testPlaceAndAgencyWithHyphen() {
        let article = ingest("Headline about the summit\n\nBEIJING (Reuters) - Leaders met on Tuesday.")
        XCTAssertEqual(article.dateline, Dateline(place: "BEIJING", day: nil, text: "BEIJING (Reuters) -"))
        XCTAssertEqual(article.blocks, [p("Leaders met on Tuesday.")])
    }

    func testTimeAndDateWithoutAPlace() {
        let article = ingest("Summit closes with a joint statement\n09:40, March 07, 2026\nThe leaders signed the text.")
        XCTAssertEqual(article.headline, "Summit closes with a joint statement")
        XCTAssertEqual(article.dateline, Dateline(place: nil, day: Day(year: 2026, month: 3, day: 7), text: "09:40, March 07, 2026"))
        XCTAssertEqual(article.blocks, [p("The leaders signed the text.")])
    }

    func testPlaceWithColonOnTheFirstParagraph() {
        let article = ingest("New Delhi: The ministers held talks on trade.")
        XCTAssertEqual(article.dateline, Dateline(place: "New Delhi", day: nil, text: "New Delhi:"))
        XCTAssertEqual(article.blocks, [p("The ministers held talks on trade.")])
    }

    func testISODayDateline() {
        let article = ingest("Kazan, 2026-01-15 — The forum opened.")
        XCTAssertEqual(article.dateline?.day, Day(year: 2026, month: 1, day: 15))
        XCTAssertEqual(article.dateline?.place, "Kazan")
    }

    func testDatedDatelineWinsOverAPlaceOnlyOne() {
        let article = ingest("Talks in Astana\n\nAstana: Ministers met on Friday to discuss\n\nAstana, May 2, 2025 —\nMinisters met on Friday to discuss transit fees.")
        XCTAssertEqual(article.dateline?.day, Day(year: 2025, month: 5, day: 2))
        XCTAssertEqual(article.blocks, [p("Ministers met on Friday to discuss transit fees.")])
    }

    func testDatedDatelineBeforeALowercaseLead() {
        let article = ingest("Almaty, June 3, 2026 — former minister Aigerim Sadykova spoke at the forum.")
        XCTAssertEqual(article.dateline?.day, Day(year: 2026, month: 6, day: 3))
        XCTAssertEqual(article.blocks, [p("former minister Aigerim Sadykova spoke at the forum.")])
    }

    func testPlaceWithRegionWeekdayNumericDateAndTime() {
        XCTAssertEqual(Datelines.match("Moscow, Russia — Talks opened.", year: nil, placeOnly: true)?.dateline,
                       Dateline(place: "Moscow, Russia", day: nil, text: "Moscow, Russia —"))
        XCTAssertEqual(Datelines.match("Minsk, 18.11.2025 — Talks opened.", year: nil)?.dateline,
                       Dateline(place: "Minsk", day: Day(year: 2025, month: 11, day: 18), text: "Minsk, 18.11.2025 —"))
        XCTAssertEqual(Datelines.match("Harbin, Tuesday, March 3, 2026 — Talks opened.", year: nil)?.dateline.day,
                       Day(year: 2026, month: 3, day: 3))
        XCTAssertEqual(Datelines.match("November 19, 2025, 10:42 IST", year: nil)?.dateline,
                       Dateline(place: nil, day: Day(year: 2025, month: 11, day: 19), text: "November 19, 2025, 10:42 IST"))
        XCTAssertEqual(Datelines.match("Nov 19, 2025 | 10:42 AM", year: nil)?.dateline.day, Day(year: 2025, month: 11, day: 19))
    }

    func testOrdinarySentencesAreNotDatelines() {
        XCTAssertNil(Datelines.match("During the talks, officials said trade grew.", year: nil))
        XCTAssertNil(Datelines.match("Sino-Russian trade grew - officials said.", year: nil))
        XCTAssertNil(Datelines.match("Putin: We are ready to talk.", year: nil))
        XCTAssertNil(Datelines.match("Details", year: nil))
        XCTAssertNil(Datelines.match("Analysis: The deal favours exporters.", year: nil, placeOnly: true))
        XCTAssertNil(Datelines.match("BREAKING — Talks collapse.", year: nil, placeOnly: true))
        XCTAssertNil(Datelines.match("On November 18, the sides met.", year: nil))
        let article = ingest("The sides met.\n\nLavrov: talks were useful.\n\nMore follows.")
        XCTAssertNil(article.dateline)
        XCTAssertEqual(article.blocks[1], p("Lavrov: talks were useful."))
    }

    /// A dateline's separator is asked whether it is white space only, where it was trimmed and
    /// asked whether anything was left: the two answers must agree.
    func testBlankSeparatorIsOneTrimmedToNothing() {
        for s in FastPathTests.samples + ["", " ", " — ", " -- ", " : ", "\t\n", "\r\n", "\u{A0}", "\u{2003} ", " \u{301}", "\u{85}", "–"] {
            XCTAssertEqual(s.allSatisfy(\.isWhitespace), s.trimmingWhitespace().isEmpty, s.debugDescription)
        }
        // Text running on past the head: the pattern's "\s*$" separator is blank, and the dateline is none.
        let long = "Beijing, November 4, 2025" + String(repeating: " ", count: 140) + "talks"
        XCTAssertNil(Datelines.match(long, year: nil))
    }
}
