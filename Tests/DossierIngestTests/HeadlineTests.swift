import XCTest
@testable import DossierIngest

final class HeadlineTests: XCTestCase {
    func testHeadlineFollowedByABlankLine() {
        let article = ingest("Grain corridor talks resume in Istanbul\n\nNegotiators returned to the table on Monday.")
        XCTAssertEqual(article.headline, "Grain corridor talks resume in Istanbul")
        XCTAssertEqual(article.blocks, [p("Negotiators returned to the table on Monday.")])
    }

    func testHeadlineGluedToTheFirstParagraphBySingleNewline() {
        let article = ingest("Grain corridor talks resume in Istanbul\nNegotiators returned to the table on Monday, officials said.\n\nMore talks are planned.")
        XCTAssertEqual(article.headline, "Grain corridor talks resume in Istanbul")
        XCTAssertEqual(article.blocks, [p("Negotiators returned to the table on Monday, officials said."), p("More talks are planned.")])
    }

    func testHeadlineGluedToALeadThatStartsInLowerCase() {
        let article = ingest("Ports reopen along the coast\nformer harbour master Ivan Petrov said on Monday that ships were moving again after the strike.")
        XCTAssertEqual(article.headline, "Ports reopen along the coast")
        XCTAssertEqual(article.blocks, [p("former harbour master Ivan Petrov said on Monday that ships were moving again after the strike.")])
    }

    func testNoHeadlineWhenTheLeadOpensTheText() {
        let article = ingest("Negotiators returned to the table on Monday.\n\nMore talks are planned.")
        XCTAssertNil(article.headline)
        XCTAssertEqual(article.blocks, [p("Negotiators returned to the table on Monday."), p("More talks are planned.")])
    }

    func testHeadlinesMayEndWithAQuestionMarkOrAQuote() {
        XCTAssertEqual(ingest("Will the pipeline be finished by 2030?\n\nEngineers doubt it.").headline,
                       "Will the pipeline be finished by 2030?")
        XCTAssertEqual(ingest("Minister: ties with neighbours ‘stronger than ever’\n\nThe minister spoke in the capital.").headline,
                       "Minister: ties with neighbours ‘stronger than ever’")
    }

    func testCopiesOfTheHeadlineInTheBodyAreDropped() {
        let article = ingest("Ferry service restored\n\nFerry Service Restored\n\nThe first boat left at dawn.\n\nFerry service restored")
        XCTAssertEqual(article.headline, "Ferry service restored")
        XCTAssertEqual(article.blocks, [p("The first boat left at dawn.")])
    }

    func testSiteNameAfterABarIsCutFromTheHeadline() {
        XCTAssertEqual(ingest("Rail deal signed | Example Courier\n\nThe deal was signed.").headline, "Rail deal signed")
        XCTAssertEqual(ingest("Trade | Energy\n\nThe deal was signed.").headline, "Trade | Energy")
    }

    func testSectionLabelBeforeTheHeadlineIsDropped() {
        let article = ingest("World\n\nFerry service restored between the islands\n\nThe first boat left at dawn.")
        XCTAssertEqual(article.headline, "Ferry service restored between the islands")
        XCTAssertEqual(article.blocks, [p("The first boat left at dawn.")])
    }

    func testStandfirstAfterTheHeadlineStaysAParagraph() {
        let article = ingest("Ferry service restored\n\nIslanders can travel again after a week of storms\n\nThe first boat left at dawn.")
        XCTAssertEqual(article.headline, "Ferry service restored")
        XCTAssertEqual(article.blocks, [p("Islanders can travel again after a week of storms"), p("The first boat left at dawn.")])
    }

    func testLongOrSentenceLikeFirstLinesAreNotHeadlines() {
        XCTAssertFalse(Headline.isCandidate("The ministers met."))
        XCTAssertFalse(Headline.isCandidate(String(repeating: "word ", count: 21)))
        XCTAssertFalse(Headline.isCandidate("Speakers listed:"))
        XCTAssertTrue(Headline.isCandidate("Talks end without deal!"))
    }

    func testALoneShortLineIsAParagraphNotAHeadline() {
        let article = ingest("Talks end without deal")
        XCTAssertNil(article.headline)
        XCTAssertEqual(article.blocks, [p("Talks end without deal")])
    }
}
