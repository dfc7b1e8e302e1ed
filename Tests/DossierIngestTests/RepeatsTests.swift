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
        XCTAssertFalse(Repeats.isPart("the talks", of: "the talks ended late", atEnd: false))
        XCTAssertTrue(Repeats.isPart("the talks ended at", of: "the talks ended at noon", atEnd: false))
        XCTAssertFalse(Repeats.isPart("talks ended at noon", of: "the talks ended at noon", atEnd: false))
        XCTAssertTrue(Repeats.isPart("talks ended at noon", of: "the talks ended at noon", atEnd: true))
    }
}
