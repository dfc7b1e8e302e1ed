import DossierAnalysis
import DossierModel
import XCTest

final class TopicTests: XCTestCase {
    func topics(_ body: String, headline: String? = nil) -> [String] {
        Fixture.brief(body, headline: headline, date: "2025-01-01").topics
    }

    func testOnePassingWordInTheBodyIsNotATopic() {
        XCTAssertEqual(topics("""
        The two mayors discussed parks and housing.

        They also opened a museum and mentioned energy once.
        """), [])
    }

    func testRepeatedAndLeadKeywordsMakeATopic() {
        XCTAssertEqual(topics("""
        Ministers agreed to cut tariffs on machinery.

        Exports of cars rose, and the new tariffs take effect in May.
        """), ["trade"])
    }

    func testHeadlineCountsAndHyphenVariantsMatch() {
        XCTAssertEqual(topics("Tourists may soon travel visa free, officials said.", headline: "Visa-free travel plan unveiled"),
                       ["visas"])
    }

    func testAllCapsKeywordsAreCaseSensitive() {
        XCTAssertEqual(topics("The sco was a typo. Delegates praised the sco and its staff."), [])
        XCTAssertEqual(topics("The SCO summit opened. SCO members signed a declaration."), ["SCO"])
    }

    func testTopicsOrderedByWeight() {
        XCTAssertEqual(topics("""
        Leaders discussed gas supplies and a new pipeline, as well as grain exports.

        The gas deal dominated the talks; grain was mentioned again.
        """), ["energy", "agriculture", "trade"])
    }
}

final class DateTests: XCTestCase {
    func testMarkedDateThenDateline() {
        let dateline = Dateline(place: "Hanoi", day: Day(year: 2025, month: 3, day: 9), text: "Hanoi, March 9, 2025 —")
        XCTAssertEqual(Fixture.brief("Talks ended.", date: "2025-03-10", dateline: dateline).date?.iso, "2025-03-10")
        XCTAssertEqual(Fixture.brief("Talks ended.", dateline: dateline).date?.iso, "2025-03-09")
    }

    func testStampAtTheStartOfTheLead() {
        XCTAssertEqual(Fixture.brief("Astana, 14 May 2025 – Ministers met in the capital.").date?.iso, "2025-05-14")
        XCTAssertEqual(Fixture.brief("Updated: Aug. 2, 2024, 10:15\n\nThe port reopened.").date?.iso, "2024-08-02")
        XCTAssertEqual(Fixture.brief("Published 24.11.2025\n\nThe port reopened.").date?.iso, "2025-11-24")
        XCTAssertEqual(Fixture.brief("Published on Tuesday, 18 November 2025. The port reopened.").date?.iso, "2025-11-18")
        XCTAssertEqual(Fixture.brief("Posted on 2025/11/24 by staff. The port reopened.").date?.iso, "2025-11-24")
        XCTAssertEqual(Fixture.brief("Date: 11/24/2025\n\nThe port reopened.").date?.iso, "2025-11-24")
        XCTAssertNil(Fixture.brief("Date: 05/06/2025\n\nThe port reopened.").date)
    }

    func testDateInsideASentenceIsNotAPublicationDate() {
        let brief = Fixture.brief("The agreement, signed on June 3, 2024, will be reviewed next year.")
        XCTAssertNil(brief.date)
        XCTAssertTrue(brief.diagnostics.contains { $0.message == "no publication date found" && $0.file == "articles/test.txt" })
    }
}

final class TitleTests: XCTestCase {
    func testHeadlineWins() {
        XCTAssertEqual(Fixture.brief("Body text here.", headline: "  Port strike ends  ").title, "Port strike ends")
    }

    func testDerivedTitleIsTheFirstClauseWithoutDatelineOrPunctuation() {
        let brief = Fixture.brief("""
        Lima, April 2, 2025 — Peru and Chile signed a fisheries pact on Wednesday, ending a dispute that had \
        lasted for more than a decade and hurt exporters on both sides. Officials celebrated.
        """)
        XCTAssertEqual(brief.title, "Peru and Chile signed a fisheries pact on Wednesday")
    }

    func testLongClauseIsCutAtTwelveWords() {
        let brief = Fixture.brief("""
        The national railway operator announced plans to electrify every remaining diesel line in the northern \
        provinces by the end of the decade. Work starts soon.
        """)
        XCTAssertEqual(brief.title, "The national railway operator announced plans to electrify every remaining diesel line")
    }
}

final class TitleCutTests: XCTestCase {
    func testCutTitleDoesNotEndOnAFunctionWord() {
        let brief = Fixture.brief("""
        Officials from both ministries met in the capital on Monday together with senior bankers from \
        the region. Talks continue.
        """)
        XCTAssertEqual(brief.title, "Officials from both ministries met in the capital on Monday together")
    }
}

/// A derived title reads as a title: a short first sentence whole, else a clause or whole phrases.
final class TitleShapeTests: XCTestCase {
    func title(_ lead: String) -> String { Fixture.brief(lead + "\n\nA second paragraph follows here.").title }

    func testShortFirstSentenceIsUsedWhole() {
        XCTAssertEqual(title("Norway's parliament approved the new fishing quotas on Friday. The vote was close."),
                       "Norway's parliament approved the new fishing quotas on Friday")
        // One or two words over the limit: whole rather than losing its predicate.
        XCTAssertEqual(title("The central bank's position on the future of interest rates remains “firmly unchanged.” Markets rose."),
                       "The central bank's position on the future of interest rates remains “firmly unchanged”")
    }

    func testLongSentenceIsCutBeforeAPhraseNotInsideAName() {
        let t = title("The two governments agreed to reopen the border crossing for trucks carrying food and medicine during the winter months after long talks.")
        XCTAssertEqual(t, "The two governments agreed to reopen the border crossing")
    }

    func testNeverCutsInsideAQuotation() {
        let t = title("The minister is determined to defend “the full and unconditional sovereignty of the nation over its waters” against any claims, he said.")
        XCTAssertLessThanOrEqual(t.split(separator: " ").count, 14, t)
        XCTAssertEqual(t.filter { $0 == "“" }.count, t.filter { $0 == "”" }.count, t)
        XCTAssertEqual(t, "The minister is determined to defend")
    }
}
