import XCTest
@testable import DossierIngest

final class RepeatsTests: XCTestCase {
    func testRepeatedParagraphIsDroppedEvenWithOtherQuotesAndSpacing() {
        let article = ingest("He called the visit “historic.”\n\nTrade was discussed.\n\nHe called the  visit \"historic.\"")
        XCTAssertEqual(article.blocks, [p("He called the visit “historic.”"), p("Trade was discussed.")])
    }

    func testRepeatedRunOfThreeParagraphsWithItsSubheadIsDropped() {
        let text = """
        The forum opened on Monday.

        Energy

        Gas deliveries will rise next year.

        Oil exports stayed flat this autumn.

        Coal shipments fell by a tenth.

        Energy

        Gas deliveries will rise next year.

        Oil exports stayed flat this autumn.

        Coal shipments fell by a tenth.

        The forum closes on Friday.
        """
        XCTAssertEqual(ingest(text).blocks, [
            p("The forum opened on Monday."), h("Energy"), p("Gas deliveries will rise next year."),
            p("Oil exports stayed flat this autumn."), p("Coal shipments fell by a tenth."), p("The forum closes on Friday."),
        ])
    }

    func testTruncatedTeaserIsDropped() {
        let text = "Bridge to open in June\n\nThe new bridge across the river will open to traffic in June, easing\n\nThe new bridge across the river will open to traffic in June, easing congestion in the old town.\n\nTolls will be low."
        XCTAssertEqual(ingest(text).blocks, [
            p("The new bridge across the river will open to traffic in June, easing congestion in the old town."),
            p("Tolls will be low."),
        ])
    }

    func testFragmentOfAnEarlierParagraphIsDropped() {
        let text = "The talks ended with a Sino-Indian accord on water sharing for the dry season.\n\nBoth sides praised it.\n\n-Indian accord on water sharing for the dry season.\n\nA review is due in a year."
        XCTAssertEqual(ingest(text).blocks, [
            p("The talks ended with a Sino-Indian accord on water sharing for the dry season."),
            p("Both sides praised it."), p("A review is due in a year."),
        ])
    }

    func testSimilarButDifferentParagraphsAreKept() {
        let text = "Exports rose by ten percent.\n\nExports rose by twelve percent.\n\nImports rose by ten percent in May."
        XCTAssertEqual(ingest(text).paragraphs.count, 3)
    }

    func testShortPiecesAreNotTakenForTeasers() {
        let lead = "Officials met in Astana on Monday.\n\n"
        // Three words that open the next paragraph are a paragraph of their own; four are its teaser.
        XCTAssertEqual(ingest(lead + "Talks ended late.\n\nTalks ended late with no deal in sight.").paragraphs.count, 3)
        XCTAssertEqual(ingest(lead + "The talks ended at noon.\n\nThe talks ended at noon with no deal in sight.").paragraphs.count, 2)
    }

    func testSpansEndOnWordBoundaries() {
        for plain in [false, true] {
            XCTAssertTrue(Repeats.isSpan("the talks ended at", of: "the talks ended at noon", atEnd: false, plain: plain))
            XCTAssertFalse(Repeats.isSpan("the talks ended a", of: "the talks ended at noon", atEnd: false, plain: plain))
            XCTAssertFalse(Repeats.isSpan("talks ended at noon", of: "the talks ended at noon", atEnd: false, plain: plain))
            XCTAssertTrue(Repeats.isSpan("talks ended at noon", of: "the talks ended at noon", atEnd: true, plain: plain))
            XCTAssertFalse(Repeats.isSpan("alks ended at noon", of: "the talks ended at noon", atEnd: true, plain: plain))
            XCTAssertFalse(Repeats.isSpan("the talks ended at noon", of: "the talks ended at noon", atEnd: true, plain: plain))
        }
    }
}
