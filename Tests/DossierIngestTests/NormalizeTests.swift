import XCTest
@testable import DossierIngest

final class NormalizeTests: XCTestCase {
    func testCRLFAndLoneCRBecomeLineFeeds() {
        XCTAssertEqual(Normalize.text("a\r\nb\rc\n\r\nd"), "a\nb\nc\n\nd")
    }

    func testDecomposedTextIsComposed() {
        let out = Normalize.text("Bac\u{0327}kovo")
        XCTAssertEqual(out, "Baçkovo")
        XCTAssertEqual(out.unicodeScalars.count, 7)
    }

    func testOddSpacesBecomeSpacesAndTabsToo() {
        XCTAssertEqual(Normalize.text("a\u{00A0}b\u{2009}c\u{3000}d\te"), "a b c d e")
    }

    func testInvisibleCharactersAreRemovedButJoinersStay() {
        XCTAssertEqual(Normalize.text("\u{FEFF}co\u{200B}op\u{00AD}er\u{200E}ate\u{0007}"), "cooperate")
        XCTAssertEqual(Normalize.text("👩\u{200D}💻"), "👩\u{200D}💻")
    }

    func testByteOrderMarkAndCRLFInAnArticle() {
        let article = ingest("\u{FEFF}Ministers agree on new rail link\r\n\r\nThe ministers signed the plan.\r\nWork starts in spring.\r\n")
        XCTAssertEqual(article.headline, "Ministers agree on new rail link")
        XCTAssertEqual(article.blocks, [p("The ministers signed the plan."), p("Work starts in spring.")])
    }

    func testLoneCRLayoutInAnArticle() {
        let article = ingest("Port reopens after storm\r\rShips entered the harbour on Monday.\r\rCranes were back at work.")
        XCTAssertEqual(article.headline, "Port reopens after storm")
        XCTAssertEqual(article.blocks, [p("Ships entered the harbour on Monday."), p("Cranes were back at work.")])
    }
}
