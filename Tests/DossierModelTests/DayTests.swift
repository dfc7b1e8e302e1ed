@testable import DossierModel
import XCTest

/// `Day.iso` writes a four-digit year's date byte by byte; it must be the interpolated form
/// for every day, and read back as the same day.
final class DayTests: XCTestCase {
    func testISOIsTheInterpolatedForm() {
        for ordinal in stride(from: -800_000, through: 3_000_000, by: 97) {
            let day = Day(ordinal: ordinal)
            XCTAssertEqual(day.iso, day.interpolatedISO, "\(ordinal)")
            if (1000...9999).contains(day.year) { XCTAssertEqual(Day(iso: day.iso), day, day.iso) }
        }
        XCTAssertEqual(Day(ordinal: 0).iso, "1970-01-01")
    }
}
