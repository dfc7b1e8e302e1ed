import XCTest
@testable import DossierIngest

final class SubheadTests: XCTestCase {
    func testSubheadBetweenParagraphs() {
        let article = ingest("The talks began at noon.\n\nEnergy and transport\n\nThe pipeline was discussed.")
        XCTAssertEqual(article.blocks, [p("The talks began at noon."), h("Energy and transport"), p("The pipeline was discussed.")])
    }

    func testSubheadsInSingleNewlineLayout() {
        let article = ingest("The talks began at noon.\nWhat Comes Next\nA second round is planned.")
        XCTAssertEqual(article.blocks, [p("The talks began at noon."), h("What Comes Next"), p("A second round is planned.")])
    }

    func testTwoSubheadsInARowKeepOnlyTheSecond() {
        let article = ingest("The talks began at noon.\n\nBackground\n\nEnergy ties\n\nThe pipeline was discussed.")
        XCTAssertEqual(article.blocks, [p("The talks began at noon."), h("Energy ties"), p("The pipeline was discussed.")])
    }

    func testDanglingSubheadAtTheEndIsDropped() {
        let article = ingest("The talks began at noon.\n\nThe pipeline was discussed.\n\nRelated coverage")
        XCTAssertEqual(article.blocks, [p("The talks began at noon."), p("The pipeline was discussed.")])
    }

    func testBulletListItemsStayParagraphs() {
        let article = ingest("The plan has three parts.\n• New roads\n• Cheaper tickets\n• More trains")
        XCTAssertEqual(article.blocks, [p("The plan has three parts."), p("• New roads"), p("• Cheaper tickets"), p("• More trains")])
    }

    func testLinesThatAreNotSubheads() {
        XCTAssertFalse(Subheads.isCandidate("He said:"))
        XCTAssertFalse(Subheads.isCandidate("lowercase start here"))
        XCTAssertFalse(Subheads.isCandidate("This line has far too many words to be a subhead at all here"))
        XCTAssertFalse(Subheads.isCandidate("Short sentence."))
        XCTAssertFalse(Subheads.isCandidate("• Energy deals"))
        XCTAssertFalse(Subheads.isCandidate("“Never again”"))
        XCTAssertTrue(Subheads.isCandidate("Why now?"))
        XCTAssertTrue(Subheads.isCandidate("2026 targets"))
    }
}
