@testable import DossierAnalysis
import DossierModel
import XCTest

final class SentenceTests: XCTestCase {
    func sentences(_ text: String) -> [String] {
        let t = TokenizedText(text)
        return SentenceSplitter.ranges(t).map { t.text(from: $0.lowerBound, through: $0.upperBound - 1) }
    }

    func testAbbreviationsInitialsAndDecimalsDoNotEndSentences() {
        XCTAssertEqual(sentences("The U.S. envoy arrived on Nov. 3 with Mr. J. Smith. Growth was 3.5 percent."),
                       ["The U.S. envoy arrived on Nov. 3 with Mr. J. Smith.", "Growth was 3.5 percent."])
    }

    func testClosingQuoteStaysWithItsSentence() {
        XCTAssertEqual(sentences("He called it \"a turning point.\" The talks ended. “Why not?” she asked."),
                       ["He called it \"a turning point.\"", "The talks ended.", "“Why not?” she asked."])
    }

    func testLowercaseAfterAPeriodDoesNotSplit() {
        XCTAssertEqual(sentences("Output rose 4 p.m. local time, officials said."), ["Output rose 4 p.m. local time, officials said."])
    }
}

final class QuoteTests: XCTestCase {
    func quotes(_ body: String) -> [String] {
        Fixture.brief(body, date: "2025-01-01").quotes.map { "\($0.speaker ?? "nil"): \($0.text) [p\($0.paragraph)]" }
    }

    func testAttributionAfterTheQuote() {
        XCTAssertEqual(quotes("Finance Minister Anna Berg met investors. “Our budget is balanced for the first time,” Berg said."),
                       ["Anna Berg: Our budget is balanced for the first time [p1]"])
        XCTAssertEqual(quotes("Finance Minister Anna Berg met investors. \"We will not raise taxes next year,\" said Berg."),
                       ["Anna Berg: We will not raise taxes next year [p1]"])
    }

    func testAttributionBeforeTheQuoteAndPronoun() {
        let got = quotes("""
        Foreign Minister Tomas Varga spoke first. He said, "The border will stay open to all trucks."

        "We expect the same from our neighbours," he added.
        """)
        XCTAssertEqual(got, ["Tomas Varga: The border will stay open to all trucks. [p1]",
                             "Tomas Varga: We expect the same from our neighbours [p2]"])
    }

    func testOfficeReferenceResolvesToTheIntroducedPerson() {
        let got = quotes("""
        Norwegian Prime Minister Ola Lund visited the port on Friday.

        “This harbour will handle twice as many ships,” the Norwegian prime minister told workers.
        """)
        XCTAssertEqual(got, ["Ola Lund: This harbour will handle twice as many ships [p2]"])
    }

    func testScareQuotesAreSkipped() {
        XCTAssertEqual(quotes("The minister called the plan \"very bold\" and moved on."), [])
    }

    func testApostrophesDoNotOpenQuotes() {
        XCTAssertEqual(quotes("The ministers' meeting ended. It was the country's first 'open house' event in years."), [])
    }

    func testSingleQuotesAndOrganisationSpeaker() {
        let got = quotes("""
        The Brazilian Foreign Ministry issued a note on Monday. 'Brazil rejects any unilateral measure,' the ministry wrote.
        """)
        XCTAssertEqual(got, ["Brazilian Foreign Ministry: Brazil rejects any unilateral measure [p1]"])
    }

    func testQuoteAcrossParagraphsKeepsItsSpeaker() {
        let got = quotes("""
        Mayor Lena Ortiz said: “We have rebuilt every school in the district. Next come the hospitals.

        “Nobody will be left behind in this city.”
        """)
        XCTAssertEqual(got.count, 2)
        XCTAssertTrue(got.allSatisfy { $0.hasPrefix("Lena Ortiz:") }, "\(got)")
    }

    func testUnknownSpeakerGivesNilAndAWarning() {
        let brief = Fixture.brief("Crowds gathered outside. “Nobody asked us about the new road,” one banner read.", date: "2025-01-01")
        XCTAssertEqual(brief.quotes.map(\.speaker), [nil])
        XCTAssertTrue(brief.diagnostics.contains { $0.message.contains("quote without a known speaker") })
    }

    func testAccordingToGivesTheSpeaker() {
        let got = quotes("Energy Minister Karim Haddad toured the plant. According to Haddad, the grid is \"ready for the winter peak\".")
        XCTAssertEqual(got, ["Karim Haddad: ready for the winter peak [p1]"])
    }
}
