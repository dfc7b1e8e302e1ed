import XCTest
@testable import DossierIngest

/// `KeySet` keeps its keys in a list up to `listLimit`; it must answer as a `Set<String>` does
/// (keys found by `==`, canonical equivalence included) below the limit, across it and beyond.
final class KeySetTests: XCTestCase {
    func testAnswersAsASet() {
        let pool = (0..<40).map { "talks open in beijing \($0)" } + ["caf\u{E9}", "cafe\u{301}", "\u{212A}", "K", "k", "", "a b", "a  b", "Ж", "ж"]
        var seed: UInt64 = 0x2545_F491_4F6C_DD1D
        func next(_ bound: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int(seed >> 33) % bound
        }
        for run in 0..<300 {
            var keys = KeySet(), reference = Set<String>()
            let span = [4, 20, 30, pool.count][run % 4]  // some runs stay below the limit, others cross it
            for _ in 0..<120 {
                let key = pool[next(span) + (next(4) == 0 ? pool.count - span : 0)]
                switch next(4) {
                case 0:
                    keys.remove(key)
                    reference.remove(key)
                case 1:
                    XCTAssertEqual(keys.contains(key), reference.contains(key), key.debugDescription)
                default:
                    XCTAssertEqual(keys.insert(key), reference.insert(key).inserted, key.debugDescription)
                }
            }
            for key in pool { XCTAssertEqual(keys.contains(key), reference.contains(key), key.debugDescription) }
        }
    }
}
