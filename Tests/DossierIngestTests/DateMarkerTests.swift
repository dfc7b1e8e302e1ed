import DossierModel
import XCTest
@testable import DossierIngest

final class DateMarkerTests: XCTestCase {
    func testMarkerGluedToTheLeadIsRemoved() {
        let article = ingest(" date 2025-11-19 The lead paragraph starts right here.\n\nA second paragraph follows.")
        XCTAssertEqual(article.markedDate, Day(year: 2025, month: 11, day: 19))
        XCTAssertNil(article.headline)
        XCTAssertEqual(article.blocks, [p("The lead paragraph starts right here."), p("A second paragraph follows.")])
        XCTAssertEqual(article.diagnostics, [])
    }

    func testMarkerIsCaseInsensitiveAndMayStandAlone() {
        let article = ingest("\n  DATE 2024-02-29\nLeap year budget approved\n\nThe assembly voted late at night.")
        XCTAssertEqual(article.markedDate, Day(year: 2024, month: 2, day: 29))
        XCTAssertEqual(article.headline, "Leap year budget approved")
        XCTAssertEqual(article.blocks, [p("The assembly voted late at night.")])
    }

    func testImpossibleDayIsRemovedWithAWarning() {
        let article = ingest("\ndate 2025-02-30 Officials met again.")
        XCTAssertNil(article.markedDate)
        XCTAssertEqual(article.blocks, [p("Officials met again.")])
        XCTAssertEqual(article.diagnostics, [.warning("articles/test.txt", line: 2, "date marker does not name a real day; ignored")])
    }

    func testTheWordDateAloneIsNotAMarker() {
        let article = ingest("Date palms grow well in the oasis.\n\nFarmers expect a good harvest.")
        XCTAssertNil(article.markedDate)
        XCTAssertEqual(article.blocks.first, p("Date palms grow well in the oasis."))
        XCTAssertEqual(ingest("date 2025-11-190 Numbers.").blocks, [p("date 2025-11-190 Numbers.")])
    }
}
