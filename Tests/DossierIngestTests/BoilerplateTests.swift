import XCTest
@testable import DossierIngest

final class BoilerplateTests: XCTestCase {
    private func assertDropped(_ lines: [String], file: StaticString = #filePath, line: UInt = #line) {
        for text in lines { XCTAssertTrue(Boilerplate.matches(text), "should drop: \(text)", file: file, line: line) }
    }

    private func assertKept(_ lines: [String], file: StaticString = #filePath, line: UInt = #line) {
        for text in lines { XCTAssertFalse(Boilerplate.matches(text), "should keep: \(text)", file: file, line: line) }
    }

    func testAdvertAndLoadingPlaceholders() {
        assertDropped(["Advertisement", "ADVERTISEMENT", "Reklam yükleniyor...", "Loading…", "Реклама", "Werbung",
                       "Story continues below advertisement", "Sponsored content"])
        assertKept(["Advertising revenue fell by a third last year.", "Loading of grain resumed at the port."])
    }

    func testShareSubscribeAndFollowPrompts() {
        assertDropped(["Share this article", "Subscribe to our newsletter for daily updates", "Follow us on Telegram",
                       "Add Example Daily as a Preferred Source", "Sign up for breaking news alerts",
                       "Join our WhatsApp channel for updates", "Click here to download the app"])
        assertKept(["Officials agreed to follow up on the proposal next month.", "Subscribers to the scheme pay less."])
    }

    func testReadMoreLinks() {
        assertDropped(["Read more: Ministers meet in Astana", "Also Read | Rail talks resume", "See also: the full list",
                       "Related: Border crossing reopens", "READ ALSO: Tariffs to fall", "Читайте также: новости"])
        assertKept(["Related talks will continue next week.", "Readers of the report were surprised."])
    }

    func testCommentNotices() {
        assertDropped(["Comments are closed.", "Leave a comment", "12 Comments", "No comments",
                       "Your comments help other readers. Please be respectful and avoid abusive or offensive language."])
        assertKept(["The spokesman declined to comment on the report.",
                    "Asked for comment, the ministry said the offensive had stalled."])
    }

    func testSyndicationNotes() {
        assertDropped(["(This story has not been edited by Example Daily staff and is published from a syndicated feed.)",
                       "(Except for the headline, this report has not been edited by our editors.)",
                       "This story is auto-generated from a wire agency feed."])
        assertKept(["The draft has not been approved by parliament."])
    }

    func testCopyrightLines() {
        assertDropped(["© 2026 Example Media. All rights reserved.", "Copyright Example News 2025", "All Rights Reserved"])
        assertKept(["The court ruled on a copyright dispute between two studios over a film about the war."])
    }

    func testPhotoCredits() {
        assertDropped(["Photo: Reuters", "(Photo credit: Jane Doe/Example)", "File photo", "AFP via Getty Images",
                       "Image: Ministry of Foreign Affairs"])
        assertKept(["The photo showed the two leaders shaking hands."])
    }

    func testLoneURLsAndLinkLists() {
        assertDropped(["https://example.com/story/123", "www.example.org/news", "http://a.example/x https://b.example/y"])
        assertKept(["Details are at https://example.com for those interested."])
    }

    func testNavigationWords() {
        assertDropped(["Share", "Facebook Twitter WhatsApp", "5 min read", "Print | Email"])
        assertKept(["Twitter users shared the video widely."])
    }

    func testBylines() {
        assertDropped(["By Jane Doe", "By Jane Doe, Example News", "By Staff Reporter"])
        assertKept(["By the numbers", "By noon the square was full."])
    }

    func testBreadcrumbs() {
        assertDropped(["Home » World » Asia", "News > Politics > Europe", "Home / Business"])
        assertKept(["Exports rose > 5% in May, officials said, and imports fell."])
    }

    func testStaffCredits() {
        assertDropped(["(Reporting by Jane Roe; Editing by John Poe)", "Compiled by the news desk", "With inputs from agencies"])
    }

    func testLinesWithoutLetters() {
        assertDropped(["***", "19.11.2025, 10:42", "1/3", "🚀🚀"])
    }

    func testPublicationStamps() {
        assertDropped(["Updated: Nov 19, 2025 10:42 IST", "Published on 3 March 2026", "Last updated at 09:00"])
        assertKept(["Published figures show exports grew."])
    }

    func testTagLists() {
        assertDropped(["Tags: trade, energy, Kazakhstan", "Filed under: Asia"])
    }

    func testSiteChrome() {
        assertDropped(["We use cookies to improve your experience. Accept cookies to continue.",
                       "Your browser does not support the video tag.", "Privacy Policy | Terms of Use"])
    }

    func testPromptsInOtherLanguages() {
        assertDropped(["Подписывайтесь на наш канал", "Abonnez-vous à notre lettre", "Bizi takip edin"])
    }

    func testBoilerplateLinesAreDroppedFromAnArticle() {
        let text = """
        Rail link opens between the two capitals

        The first passenger train left on Sunday.

        Advertisement

        Tickets sold out within hours.
        Read more: How the line was built
        Comments are closed.
        """
        let article = ingest(text)
        XCTAssertEqual(article.headline, "Rail link opens between the two capitals")
        XCTAssertEqual(article.blocks, [p("The first passenger train left on Sunday."), p("Tickets sold out within hours.")])
    }
}
