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

    /// An ellipsis and doubled marks end sentences too; the tokens' sentence-end bits come from
    /// the lexicon's table lookup, not from `Lexicon.flags(of:)`, which the fast-path tests check.
    func testEllipsisAndDoubledMarksEndSentences() {
        XCTAssertEqual(sentences("Wait… Then it rained?! Yes. Really!! No?"),
                       ["Wait…", "Then it rained?!", "Yes.", "Really!!", "No?"])
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

    func testAttributionWithAnApposition() {
        let got = quotes("""
        Prime Minister Eva Novak arrived first. “Talks will resume in spring,” Jan Horak, the deputy prime minister, said.
        """)
        XCTAssertEqual(got, ["Jan Horak: Talks will resume in spring [p1]"])
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

    func testOfficeGivenInAppositionResolvesLater() {
        let got = quotes("""
        Lars Berg, the Swedish trade minister, met exporters. “Tariffs hurt everyone in the end,” the trade minister said.
        """)
        XCTAssertEqual(got, ["Lars Berg: Tariffs hurt everyone in the end [p1]"])
    }

    func testScareQuotesAreSkipped() {
        XCTAssertEqual(quotes("The minister called the plan \"very bold\" and moved on."), [])
        XCTAssertEqual(quotes("The minister called the plan \"a wake-up call\" and moved on."), [])
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

    func testStandaloneQuoteTakesThePreviousParagraphsVoice() {
        let got = quotes("""
        Trade Minister Hugo Lindqvist said the new rules were overdue.

        “Small exporters have waited far too long for this.”
        """)
        XCTAssertEqual(got, ["Hugo Lindqvist: Small exporters have waited far too long for this. [p2]"])
    }

    func testAttributionLaterInTheSentence() {
        XCTAssertEqual(quotes("Oslo will keep \"every door open to dialogue\" with Moscow, Minister Per Aas told lawmakers."),
                       ["Per Aas: every door open to dialogue [p1]"])
    }

    func testUnknownSpeakerGivesNilAndAWarning() {
        let brief = Fixture.brief("Crowds gathered outside. “Nobody asked us about the new road,” one banner read.", date: "2025-01-01")
        XCTAssertEqual(brief.quotes.map(\.speaker), [nil])
        XCTAssertTrue(brief.diagnostics.contains { $0.message.contains("quote without a known speaker") })
    }

    func testObjectPronounIsTheLastPersonNamed() {
        let got = quotes("""
        Minister Rosa Vidal said the talks went well. The other delegation was led by envoy Omar Saleh. \
        According to him, the deal needs "a few more weeks of work".
        """)
        XCTAssertEqual(got, ["Omar Saleh: a few more weeks of work [p1]"])
    }

    func testAnOutletIsASourceNotASpeaker() {
        let got = quotes("Minister Lea Roth said the reform \"will not be delayed again,\" according to state-run Xinhua News.")
        XCTAssertEqual(got, ["Lea Roth: will not be delayed again [p1]"])
    }

    func testAccordingToGivesTheSpeaker() {
        let got = quotes("Energy Minister Karim Haddad toured the plant. According to Haddad, the grid is \"ready for the winter peak\".")
        XCTAssertEqual(got, ["Karim Haddad: ready for the winter peak [p1]"])
    }
}

/// A summary sentence or key point never cuts a quotation in half.
final class QuoteSpanningSentenceTests: XCTestCase {
    func sentences(_ text: String) -> [String] {
        let t = TokenizedText(text)
        return SentenceSplitter.ranges(t).map { t.text(from: $0.lowerBound, through: $0.upperBound - 1) }
    }

    func testOpenQuoteStaysInOneSentence() {
        XCTAssertEqual(sentences("\"The talks were hard. We did not give up,\" the envoy said. Talks resume in May."),
                       ["\"The talks were hard. We did not give up,\" the envoy said.", "Talks resume in May."])
        XCTAssertEqual(sentences("She said: “Prices will fall. Wages will not.” Markets rose."),
                       ["She said: “Prices will fall. Wages will not.”", "Markets rose."])
        // Outside quotes nothing changes.
        XCTAssertEqual(sentences("Prices fell. Wages rose. Markets closed."), ["Prices fell.", "Wages rose.", "Markets closed."])
    }

    func testVeryLongQuoteIsStillSplit() {
        let long = Array(repeating: "We will keep working on this for as long as it takes.", count: 8).joined(separator: " ")
        XCTAssertGreaterThan(sentences("“\(long)” he said.").count, 1)
    }

    func testPickersSkipSentencesWithUnbalancedQuotes() {
        XCTAssertTrue(SummaryPicker.cutsQuote("“I am confident that this will have significant consequences."))
        XCTAssertTrue(SummaryPicker.cutsQuote("\"I am confident that this will have significant consequences."))
        XCTAssertFalse(SummaryPicker.cutsQuote("He called the deal “historic” and left."))
        XCTAssertFalse(SummaryPicker.cutsQuote("China's trade grew."))
        let long = Array(repeating: "Trade between our countries will keep growing in every single sector we share.", count: 6)
            .joined(separator: " ")
        let brief = Fixture.brief("""
        The trade ministers of Chile and Peru met in Lima on Monday to discuss trade and tariffs on copper exports.

        “\(long)” the Chilean minister said at the end of the meeting on trade.

        Trade between the two countries reached $5 billion last year, customs data showed.
        """)
        for s in brief.summary.map(\.text) + brief.keyPoints.map(\.sentence.text) {
            XCTAssertFalse(SummaryPicker.cutsQuote(s), s)
        }
    }
}
