import DossierModel
import XCTest
@testable import DossierIngest

/// Whole articles with several untidy shapes at once, checked end to end.
final class ArticleTests: XCTestCase {
    func testMarkedArticleWithSubheadBoilerplateTweetAndRepeat() {
        let text = """
         date 2026-03-12 Kazakhstan and Uzbekistan agreed on Wednesday to build a second railway line across their border, the two governments said in a joint statement.

        Add Steppe Daily as a Preferred Source

        Transport minister Arman Beisov told reporters the line would “halve the time freight spends at the border.” Work is due to start in the autumn.

        Funding

        The project will cost about 1.2 billion dollars, shared equally between the two states.

        Reklam yükleniyor...

        The ministry later posted a map of the route. Freight trains will carry grain and fertiliser first. 🚆 Freight trains will carry grain and fertiliser first! https://t.co/Rz81 pic.twitter.com/Mp02 — Transport Ministry (@kz_transport) March 12, 2026

        Funding

        The project will cost about 1.2 billion dollars, shared equally between the two states.

        Comments are closed.
        """
        XCTAssertEqual(ingest(text), Article(
            sourceFile: "articles/test.txt", headline: nil, markedDate: Day(year: 2026, month: 3, day: 12), dateline: nil,
            blocks: [
                p("Kazakhstan and Uzbekistan agreed on Wednesday to build a second railway line across their border, the two governments said in a joint statement."),
                p("Transport minister Arman Beisov told reporters the line would “halve the time freight spends at the border.” Work is due to start in the autumn."),
                h("Funding"),
                p("The project will cost about 1.2 billion dollars, shared equally between the two states."),
                p("The ministry later posted a map of the route. Freight trains will carry grain and fertiliser first."),
            ]))
    }

    func testGluedHeadlineTeaserDatelineAndSingleNewlineLayoutWithCRLF() {
        let text = "Border crossing reopens after floods\r\n"
            + "Tashkent :Officials reopened the Oybek crossing on Monday after floodwaters\r\n\r\n"
            + "Tashkent, April 6, 2026 —\r\n"
            + "Officials reopened the Oybek crossing on Monday after floodwaters receded, allowing trucks to move again.\r\n"
            + "Queues stretched for several kilometres by noon.\r\n"
            + "What drivers say\r\n"
            + "“We waited nine days,” said one driver, who asked not to be named.\r\n"
            + "© 2026 Valley News Agency. All rights reserved.\r\n"
        XCTAssertEqual(ingest(text), Article(
            sourceFile: "articles/test.txt", headline: "Border crossing reopens after floods", markedDate: nil,
            dateline: Dateline(place: "Tashkent", day: Day(year: 2026, month: 4, day: 6), text: "Tashkent, April 6, 2026 —"),
            blocks: [
                p("Officials reopened the Oybek crossing on Monday after floodwaters receded, allowing trucks to move again."),
                p("Queues stretched for several kilometres by noon."),
                h("What drivers say"),
                p("“We waited nine days,” said one driver, who asked not to be named."),
            ]))
    }

    func testWireCopyWithAgencyDatelineHardWrapsCreditAndFragment() {
        let text = """
        MOSCOW, March 3 (Xinhua) -- Russian and Chinese officials signed a
        memorandum on Tuesday to expand flights between the two countries, the
        transport ministry said.

        Photo: Xinhua

        Airlines will add 40 weekly flights from the summer schedule. Tickets
        go on sale next month, according to the ministry, which did not name
        the carriers involved.

        -on Tuesday to expand flights between the two countries, the transport ministry said.

        Follow us on X for updates
        """
        XCTAssertEqual(ingest(text), Article(
            sourceFile: "articles/test.txt", headline: nil, markedDate: nil,
            dateline: Dateline(place: "MOSCOW", day: nil, text: "MOSCOW, March 3 (Xinhua) --"),
            blocks: [
                p("Russian and Chinese officials signed a memorandum on Tuesday to expand flights between the two countries, the transport ministry said."),
                p("Airlines will add 40 weekly flights from the summer schedule. Tickets go on sale next month, according to the ministry, which did not name the carriers involved."),
            ]))
    }
}
