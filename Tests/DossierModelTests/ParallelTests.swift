import DossierModel
import XCTest

/// Work spread over the cores gives what the same work in order gives.
final class ParallelTests: XCTestCase {
    func testBatchedMapsKeepTheInputsOrder() {
        for count in [0, 1, 2, 255, 256, 257, 1000] {
            let input = Array(0..<count)
            for batch in [1, 2, 256, 5000] {
                XCTAssertEqual(input.parallelMap(batch: batch) { $0 * 3 + 1 }, input.map { $0 * 3 + 1 }, "\(count) in batches of \(batch)")
            }
        }
    }

    func testSlugsAreMadeUniqueInTheOrderGiven() {
        XCTAssertEqual(Slug.unique(["a", "b", "a", "a-2", "a"]), ["a", "b", "a-2", "a-2-2", "a-3"])
        let keyed = Slug.unique([(key: 1, slug: "a"), (key: 2, slug: "a"), (key: 3, slug: "b")])
        XCTAssertEqual(keyed, [1: "a", 2: "a-2", 3: "b"])
    }
}
