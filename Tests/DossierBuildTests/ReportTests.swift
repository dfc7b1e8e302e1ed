@testable import DossierBuild
import DossierModel
import XCTest

final class ReportTests: XCTestCase {
    func testManyWarningsAreCountedByKind() {
        let warnings: [Diagnostic] = [
            .warning("a.txt", "no publication date found"),
            .warning("b.txt", "quote without a known speaker in paragraph 3: “We agree…”"),
            .warning("c.txt", "no publication date found"),
            .warning("d.txt", "quote without a known speaker in paragraph 12: “Never…”"),
            .warning("e.txt", "no paragraphs found"),
        ]
        XCTAssertEqual(Dossier.warningCounts(warnings[...]),
                       "2 × no publication date found, 2 × quote without a known speaker in paragraph N, 1 × no paragraphs found")
    }
}
