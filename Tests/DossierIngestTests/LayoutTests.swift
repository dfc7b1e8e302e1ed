import XCTest
@testable import DossierIngest

final class LayoutTests: XCTestCase {
    func testParagraphsSeparatedByBlankLines() {
        let article = ingest("First paragraph here.\n\n\nSecond   paragraph\u{00A0}here.  \n")
        XCTAssertEqual(article.blocks, [p("First paragraph here."), p("Second paragraph here.")])
    }

    func testParagraphsSeparatedBySingleNewlines() {
        let article = ingest("The council met on Friday.\nIt approved the budget.\n“We are pleased,” the mayor said.")
        XCTAssertEqual(article.blocks, [p("The council met on Friday."), p("It approved the budget."), p("“We are pleased,” the mayor said.")])
    }

    func testLowercaseLineContinuesAnUnfinishedLine() {
        let article = ingest("The delegation travelled to the border crossing at\nthe invitation of the governor.")
        XCTAssertEqual(article.blocks, [p("The delegation travelled to the border crossing at the invitation of the governor.")])
    }

    func testHardWrappedParagraphsAreJoined() {
        let text = """
        The two governments agreed on Thursday to extend the rail corridor
        through the mountain pass, a project that engineers have discussed
        for more than a decade without a budget.
        Construction is due to begin next spring, officials said.
        """
        let article = ingest(text)
        XCTAssertEqual(article.blocks, [
            p("The two governments agreed on Thursday to extend the rail corridor through the mountain pass, a project that engineers have discussed for more than a decade without a budget."),
            p("Construction is due to begin next spring, officials said."),
        ])
    }

    func testHeadlineGluedToHardWrappedCopy() {
        let text = """
        Rail corridor extended
        The two governments agreed on Thursday to extend the rail corridor
        through the mountain pass, a project that engineers have discussed
        for more than a decade.
        """
        let article = ingest(text)
        XCTAssertEqual(article.headline, "Rail corridor extended")
        XCTAssertEqual(article.blocks, [
            p("The two governments agreed on Thursday to extend the rail corridor through the mountain pass, a project that engineers have discussed for more than a decade."),
        ])
    }

    func testLineNumbersAreKept() {
        let units = Layout.units(Layout.lines("\n\nFirst.\nSecond.\n\nThird."))
        XCTAssertEqual(units, [.init(line: 3, text: "First."), .init(line: 4, text: "Second."), .init(line: 6, text: "Third.")])
    }
}
