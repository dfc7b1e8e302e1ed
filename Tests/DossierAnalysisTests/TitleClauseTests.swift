import DossierModel
import XCTest

@testable import DossierAnalysis

/// A derived title is a complete phrase: cut at a clause boundary, never after a superlative.
final class TitleClauseTests: XCTestCase {
    func title(_ lead: String) -> String { Fixture.brief(lead + "\n\nA second paragraph follows here.").title }

    func testMainClauseBeforeASubordinateClause() {
        // Seed 002's shape: the title was cut after "as the strongest".
        XCTAssertEqual(title("The Russian Foreign Ministry hailed the Russia-China partnership as the strongest in history after President Putin met China's Premier Li Qiang."),
                       "The Russian Foreign Ministry hailed the Russia-China partnership as the strongest in history")
    }

    func testNeverCutAfterASuperlative() {
        // The last phrase start within twelve words follows "highest": the cut goes to the one before.
        XCTAssertEqual(title("Chilean copper exports to India in March were the highest in a decade on strong demand from new smelters."),
                       "Chilean copper exports to India")
        let t = TokenizedText("the strongest the first the bank").tokens
        XCTAssertTrue(TitleMaker.leavesPhraseOpen(t[1]))
        XCTAssertTrue(TitleMaker.leavesPhraseOpen(t[3]))
        XCTAssertFalse(TitleMaker.leavesPhraseOpen(t[5]))
    }
}
