import DossierAnalysis
import DossierModel
import XCTest

final class SourceTests: XCTestCase {
    func source(_ body: String) -> String? { Fixture.brief(body, date: "2025-01-01").source }

    func testReportsWithReferenceTo() {
        XCTAssertEqual(source("The ministers met, UNN reports with reference to the Xinhua news agency."), "Xinhua via UNN")
    }

    func testBracketedAgency() {
        XCTAssertEqual(source("The ministers met on Friday. (ANI)"), "ANI")
        XCTAssertEqual(source("SEOUL (Yonhap) - The ministers met on Friday."), "Yonhap")
    }

    func testAgencyNextToAReportingWord() {
        XCTAssertEqual(source("The talks went well, according to state-run Xinhua News."), "Xinhua")
        XCTAssertEqual(source("The envoy resigned, Reuters reported on Monday."), "Reuters")
        XCTAssertNil(source("The envoy resigned, according to state media."))
    }
}

final class PlaceTests: XCTestCase {
    func testVenuesAndDateline() {
        let dateline = Dateline(place: "Astana", day: nil, text: "Astana —")
        let brief = Fixture.brief("""
        The presidents met at the Ak Orda and later in Almaty. Trade with Russia grew.

        “We remember the summit in Tashkent,” one said.
        """, date: "2025-01-01", dateline: dateline)
        XCTAssertEqual(brief.places, ["Astana", "Ak Orda", "Almaty"])
    }
}

final class SummaryTests: XCTestCase {
    let body = """
    Croatian Economy Minister Ante Horvat signed a deal on Monday to build a liquefied natural gas terminal \
    on the island of Krk. The terminal will cost 450 million euros.

    Subscribe to our newsletter for daily updates.

    Horvat said the terminal would cut gas prices for households. Horvat said the new terminal would cut gas \
    prices for all households.

    The weather was sunny. Fishermen watched from the pier. Gas deliveries will start in 2027, the ministry said.
    """

    func testSummaryIsVerbatimOrderedAndWithoutBoilerplateOrRepeats() {
        let brief = Fixture.brief(body, date: "2025-01-01")
        let paragraphs = Fixture.article(body).paragraphs
        XCTAssertGreaterThanOrEqual(brief.summary.count, 3)
        XCTAssertLessThanOrEqual(brief.summary.count, 5)
        XCTAssertEqual(brief.summary.first?.paragraph, 1)
        XCTAssertTrue(brief.summary.first?.text.hasPrefix("Croatian Economy Minister Ante Horvat signed") ?? false)
        for s in brief.summary {
            XCTAssertTrue(paragraphs[s.paragraph - 1].contains(s.text), s.text)
            XCTAssertFalse(s.text.contains("Subscribe"))
        }
        XCTAssertEqual(brief.summary.map(\.paragraph), brief.summary.map(\.paragraph).sorted())
        XCTAssertEqual(brief.summary.filter { $0.text.contains("cut gas prices") || $0.text.contains("cut gas \\nprices") }.count, 1)
    }

    func testKeyPointPerTopic() {
        let brief = Fixture.brief(body, date: "2025-01-01")
        XCTAssertEqual(brief.topics, ["energy"])
        XCTAssertEqual(brief.keyPoints.map(\.topic), ["energy"])
        XCTAssertTrue(brief.keyPoints[0].sentence.text.contains("gas"))
    }
}

final class RobustnessTests: XCTestCase {
    func testEmptyAndOddInputsDoNotCrash() {
        let odd = ["", "“", "\"\"\"", "' ' '", "—", "Mr.", "A. B. C.", "“unclosed quote that runs on and on",
                   "the the the", "2025-13-45", "President", "He", "said said said", "(", "🇷🇺🇨🇳 #SCO"]
        for text in odd {
            let brief = Fixture.analyzer.brief(for: Article(sourceFile: "x.txt", headline: text, blocks: [Block(.paragraph, text)]))
            XCTAssertFalse(brief.title.isEmpty, text)
        }
        let empty = Fixture.analyzer.brief(for: Article(sourceFile: "x.txt", blocks: []))
        XCTAssertEqual(empty.title, "Untitled")
        XCTAssertEqual(empty.summary, [])
    }

    func testBodyIsPassedThroughAndSubheadsAreNotSummarised() {
        let article = Article(sourceFile: "a.txt", markedDate: Day(year: 2025, month: 5, day: 1), blocks: [
            Block(.paragraph, "Mongolian President Batu Erdene met herders in the south and promised new wells."),
            Block(.subhead, "Water and pasture policy"),
            Block(.paragraph, "Erdene said the wells would be finished before the summer grazing season begins."),
        ])
        let brief = Fixture.analyzer.brief(for: article)
        XCTAssertEqual(brief.body, article.blocks)
        XCTAssertEqual(brief.summary.map(\.paragraph), [1, 2])
        XCTAssertEqual(brief.actors, ["Batu Erdene"])
    }
}
