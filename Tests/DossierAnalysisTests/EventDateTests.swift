import DossierModel
import XCTest

@testable import DossierAnalysis

/// The event date (the day the reported event happened) is not the publication date.
final class EventDateTests: XCTestCase {
    func event(_ lead: String, published: String?) -> String? {
        Fixture.brief(lead + "\n\nA second paragraph with nothing in it about any day at all.", date: published).eventDate?.iso
    }

    func testWeekdayIsTheMostRecentSuchDayOnOrBeforePublication() {
        // 2025-11-20 is a Thursday.
        XCTAssertEqual(event("The ministers met in Oslo on Tuesday to discuss fishing quotas for next year.", published: "2025-11-20"), "2025-11-18")
        XCTAssertEqual(event("The ministers met in Oslo on Thursday to discuss fishing quotas for next year.", published: "2025-11-20"), "2025-11-20")
        XCTAssertEqual(event("The ministers met in Oslo on Friday to discuss fishing quotas for next year.", published: "2025-11-20"), "2025-11-14")
        XCTAssertEqual(event("The company said Monday it would cut 300 jobs at its plant in Ohio.", published: "2025-11-20"), "2025-11-17")
    }

    func testYesterdayAndToday() {
        XCTAssertEqual(event("The regulator yesterday fined the airline for repeated delays on regional routes.", published: "2025-03-01"), "2025-02-28")
        XCTAssertEqual(event("The regulator today fined the airline for repeated delays on regional routes.", published: "2025-03-01"), "2025-03-01")
    }

    func testWeekdayWithoutPublicationDateIsUnresolved() {
        XCTAssertNil(event("The ministers met in Oslo on Tuesday to discuss fishing quotas for next year.", published: nil))
    }

    func testExplicitDateTakesTheNearestPastYear() {
        XCTAssertEqual(event("The treaty was signed on November 18 in Geneva by both foreign ministers.", published: "2025-11-20"), "2025-11-18")
        XCTAssertEqual(event("The treaty was signed on 18 November in Geneva by both foreign ministers.", published: "2025-11-20"), "2025-11-18")
        XCTAssertEqual(event("Talks that began Nov. 18 in Geneva ended without an agreement on prices.", published: "2025-11-20"), "2025-11-18")
        // Late December reported in early January belongs to the year before.
        XCTAssertEqual(event("The treaty was signed on December 30 in Geneva by both foreign ministers.", published: "2026-01-03"), "2025-12-30")
        // With its year, it needs no publication date.
        XCTAssertEqual(event("The treaty was signed on November 18, 2025 in Geneva by both ministers.", published: nil), "2025-11-18")
        XCTAssertNil(event("The treaty was signed on November 18 in Geneva by both foreign ministers.", published: nil))
    }

    func testExplicitDateWinsOverWeekdayAndFutureIsIgnored() {
        XCTAssertEqual(event("On Tuesday, November 11, the two presidents met in Cairo for four hours.", published: "2025-11-20"), "2025-11-11")
        // A plan is not the reported event; "next Friday" is not a past Friday.
        XCTAssertEqual(event("The minister said on Monday the summit would open on December 5 in Lima.", published: "2025-11-20"), "2025-11-17")
        XCTAssertNil(event("The summit will open next Friday in Lima, the organisers announced.", published: "2025-11-20"))
        XCTAssertEqual(event("The two leaders will meet in Paris on Friday, officials said on Tuesday.", published: "2025-11-20"), "2025-11-18")
        XCTAssertNil(event("The two leaders are expected to meet in Paris on Friday to sign the accord.", published: "2025-11-20"))
        XCTAssertNil(event("Officials may 5 times revise the figures before the census report is out.", published: "2025-11-20"))
    }

    func testDatelineAndQuotesAreNotTheEvent() {
        XCTAssertEqual(event("ANKARA, 18 November (AA) – Turkey's parliament approved the budget on Monday after a long debate.",
                             published: "2025-11-18"), "2025-11-17")
        XCTAssertEqual(event("The mayor said \"on Friday we will know more\" when asked about the flood on Wednesday.",
                             published: "2025-11-20"), "2025-11-19")
    }

    func testPublicationAndEventDatesAreDifferentFields() {
        let brief = Fixture.brief("Rome, March 3, 2026 — Italy's president signed the decree on Sunday, his office said.\n\nMore text follows here.")
        XCTAssertEqual(brief.date?.iso, "2026-03-03")
        XCTAssertEqual(brief.eventDate?.iso, "2026-03-01")
    }

    func testDateInAURLIsPublicationEvidence() {
        XCTAssertEqual(PublicationDate.urlDate(in: "Read more at https://news.example.com/world/2025/11/18/talks-end/ today")?.iso, "2025-11-18")
        XCTAssertEqual(PublicationDate.urlDate(in: "Source: www.example.org/en/2024-02-29-budget-vote")?.iso, "2024-02-29")
        XCTAssertNil(PublicationDate.urlDate(in: "The plan runs 2025/11/18 to 2026/01/01, not a link."))
        XCTAssertNil(PublicationDate.urlDate(in: "https://example.com/item/12025/11/18"))
        XCTAssertNil(PublicationDate.urlDate(in: "https://example.com/2025/13/40/x"))
        let brief = Fixture.brief("""
        The prime minister on Tuesday announced new support for farmers hit by drought in the south.

        Originally published at https://www.example-news.com/2025/11/19/farm-aid/
        """)
        XCTAssertEqual(brief.date?.iso, "2025-11-19")
        XCTAssertEqual(brief.eventDate?.iso, "2025-11-18")
    }
}

/// The event is often told after the lead ("The decision was taken on September 26 in New Delhi").
final class EventDateAfterTheLeadTests: XCTestCase {
    func event(_ body: String, published: String) -> String? {
        Fixture.brief(body, date: published).eventDate?.iso
    }

    func testDateInTheSecondParagraph() {
        XCTAssertEqual(event("""
        Chile and India will open negotiations on a partnership that covers lithium and copper.

        The decision was taken on September 26 in New Delhi by the two ministers.
        """, published: "2025-09-30"), "2025-09-26")
    }

    func testWeekdayAfterAPhotoCaption() {
        // 2026-04-22 is a Wednesday.
        XCTAssertEqual(event("""
        Prime Minister Le Van Hoa (R) and his counterpart at the talks in Hanoi. Photo: VNA

        The two prime ministers agreed on Tuesday to complete the expressway by 2030.
        """, published: "2026-04-22"), "2026-04-21")
    }

    func testTheLeadComesFirstAndTheFourthParagraphIsNotRead() {
        XCTAssertEqual(event("""
        The ministers met in Oslo on Monday to discuss fishing quotas for next year.

        They last met on November 3 in Bergen.
        """, published: "2025-11-20"), "2025-11-17")
        XCTAssertNil(event("""
        The ministers have discussed fishing quotas for next year in a series of meetings.

        The talks covered cod and herring stocks in the Barents Sea and the North Sea.

        Both sides said they wanted a deal before the season opens in the spring.

        The first round was held on November 3 in Bergen.
        """, published: "2025-11-20"))
    }

    func testLastWeekdayAndLastWeek() {
        // 2025-11-18 is a Tuesday: "last Tuesday" is a week before, "on Tuesday" the same day.
        XCTAssertEqual(event("The ministers met in Oslo last Tuesday to discuss fishing quotas for next year.",
                             published: "2025-11-18"), "2025-11-11")
        XCTAssertEqual(event("The ministers met in Oslo last Monday to discuss fishing quotas for next year.",
                             published: "2025-11-18"), "2025-11-17")
        XCTAssertNil(event("The ministers met in Oslo last week to discuss fishing quotas for next year.",
                           published: "2025-11-18"))
    }
}
