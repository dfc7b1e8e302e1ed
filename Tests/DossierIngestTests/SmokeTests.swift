import XCTest
@testable import DossierIngest

final class SmokeTests: XCTestCase {
    func testSmoke() {
        XCTAssertNotNil(Ingest.article(from: "Hello world.", sourceFile: "a.txt"))
    }
}
