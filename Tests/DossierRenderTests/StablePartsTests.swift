@testable import DossierRender
import XCTest

/// Long lists are cut into pages where the cuts stay put as items arrive (`StableParts`).
final class StablePartsTests: XCTestCase {
    private func identities(_ slugs: [String]) -> [UInt64] { slugs.map(StableParts.identity(of:)) }

    private func slugs(_ count: Int, _ prefix: String = "article") -> [String] { (0..<count).map { "\(prefix)-\($0)" } }

    func testPartsCoverTheListInOrderAndHoldHalfToAllOfTheSize() {
        for (count, size) in [(1000, 50), (2600, 200), (51, 50), (9, 2), (30, 3), (40, 1)] {
            let ids = identities(slugs(count))
            let parts = StableParts.split(count: count, size: size) { ids[$0] }
            XCTAssertEqual(parts.first?.lowerBound, 0)
            XCTAssertEqual(parts.last?.upperBound, count)
            XCTAssertTrue(zip(parts, parts.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound }, "contiguous")
            XCTAssertTrue(parts.allSatisfy { $0.count <= size }, "at most the size (\(count), \(size))")
            XCTAssertTrue(parts.dropLast().allSatisfy { $0.count >= (size + 1) / 2 }, "at least half, but the last (\(count), \(size))")
        }
        XCTAssertEqual(StableParts.split(count: 50, size: 50) { _ in 0 }, [0..<50], "a list that fits is one page")
        XCTAssertEqual(StableParts.split(count: 0, size: 50) { _ in 0 }, [0..<0], "an empty list is one empty page")
    }

    /// A full page is cut where it is full, whatever the identities; a short last page is
    /// joined to the one before when both fit.
    func testFullPagesAreCutAndAShortLastPageJoinsTheOneBefore() {
        let never = (UInt64(0)...).first { StableParts.mix($0) % 12 != 0 }! // 50 / 4 = 12: never a cut by identity
        XCTAssertEqual(StableParts.split(count: 120, size: 50) { _ in never }, [0..<50, 50..<100, 100..<120])
        let always = (UInt64(0)...).first { StableParts.mix($0) % 12 == 0 }!
        XCTAssertEqual(StableParts.split(count: 60, size: 50) { _ in always }, [0..<25, 25..<60], "25, 25 and 10 joined to 35")
        XCTAssertEqual(StableParts.split(count: 80, size: 50) { _ in always }, [0..<25, 25..<50, 50..<80], "25, 25, 25 and 5 joined to 30")
    }

    /// What the cut is for: an item inserted anywhere changes the page it lands in (and rarely
    /// one or two after it), where pages of a fixed size change from there to the end.
    func testAnInsertedItemChangesAboutOnePage() {
        let size = 50
        let list = slugs(1500)
        let before = Set(pages(list, size: size))
        var changed: [Int] = []
        for k in stride(from: 0, through: list.count, by: 7) {
            var longer = list
            longer.insert("added-\(k)", at: k)
            changed.append(Set(pages(longer, size: size)).subtracting(before).count)
        }
        let mean = Double(changed.reduce(0, +)) / Double(changed.count)
        XCTAssertLessThan(mean, 1.6, "pages changed by an insertion, on average")
        XCTAssertGreaterThan(Double(changed.filter { $0 == 1 }.count) / Double(changed.count), 0.7, "mostly only its own")
        // An item that moves a cut within the first half of the next page moves the cuts after it
        // until two fall together again: a few pages, rarely.
        XCTAssertLessThanOrEqual(changed.max() ?? 0, 10, "at most a few \(changed)")
        let fixed = fixedPages(list, size: size)
        XCTAssertGreaterThan(Double(fixed), mean * 5, "pages of a fixed size shift after the insertion")
    }

    /// The identity is the same in every build and on every machine (not `Hasher`'s, which is
    /// seeded per process), so a rebuild cuts where the last build did.
    func testIdentitiesAreStable() {
        XCTAssertEqual(StableParts.identity(of: "2025-11-04-wang-yi"), StableParts.identity(of: "2025-11-04-wang-yi"))
        XCTAssertNotEqual(StableParts.identity(of: "a"), StableParts.identity(of: "b"))
        XCTAssertEqual(StableParts.identity(of: "00027-5310294c3d89"), 7_658_475_575_459_895_859, "changing it moves every cut")
    }

    /// The pages of `list` as the slugs each holds.
    private func pages(_ list: [String], size: Int) -> [[String]] {
        let ids = identities(list)
        return StableParts.split(count: list.count, size: size) { ids[$0] }.map { Array(list[$0]) }
    }

    /// Pages changed, on average, by an insertion into pages of a fixed size.
    private func fixedPages(_ list: [String], size: Int) -> Int {
        let before = Set(stride(from: 0, to: list.count, by: size).map { Array(list[$0..<min($0 + size, list.count)]) })
        var longer = list
        longer.insert("added", at: list.count / 2)
        return Set(stride(from: 0, to: longer.count, by: size).map { Array(longer[$0..<min($0 + size, longer.count)]) }).subtracting(before).count
    }
}
