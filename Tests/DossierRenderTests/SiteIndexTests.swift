import DossierModel
@testable import DossierRender
import XCTest

/// The pieces the site index is built from on two cores, and what it keeps of each name.
final class SiteIndexTests: XCTestCase {
    func testBothRunsEachPieceOnceAndGivesThePartsInOrder() {
        let counter = NSLock()
        var runs = [Int](repeating: 0, count: 40)
        let (first, parts) = both({ () -> String in
            counter.withLock { runs[0] += 1 }
            return "first"
        }, parts: 39) { k -> Int in
            counter.withLock { runs[k + 1] += 1 }
            return k * k
        }
        XCTAssertEqual(first, "first")
        XCTAssertEqual(parts, (0..<39).map { $0 * $0 })
        XCTAssertEqual(runs, [Int](repeating: 1, count: 40))
        let (a, b) = both({ 1 }, { "two" })
        XCTAssertEqual(a, 1)
        XCTAssertEqual(b, "two")
        XCTAssertTrue(both({ 0 }, parts: 0) { $0 }.1.isEmpty)
    }

    /// Each name's term is the term of the name trimmed (what a link to it finds by name);
    /// a blank name has none.
    func testEachNameKeepsTheTermItsTrimmedNameIs() {
        let named = [[" Li Qiang ", "", "Vladimir Putin"], [], ["Vladimir Putin", "Li Qiang", "Li Qiang"], ["  "]]
        let (terms, slugs, _, _, names) = SiteIndex.terms(named)
        XCTAssertEqual(terms.map(\.name), ["Li Qiang", "Vladimir Putin"])
        for (i, list) in named.enumerated() {
            for (k, name) in list.enumerated() {
                let term = names.term(i, k)
                let trimmed = name.trimmingWhitespace()
                if trimmed.isEmpty {
                    XCTAssertEqual(term, -1, "entry \(i), name \(k)")
                } else {
                    XCTAssertEqual(terms[term].name, trimmed, "entry \(i), name \(k)")
                    XCTAssertEqual(terms[term].slug, slugs[trimmed], "entry \(i), name \(k)")
                }
            }
        }
    }
}
