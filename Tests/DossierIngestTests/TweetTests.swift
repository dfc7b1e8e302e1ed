import Foundation
import XCTest
@testable import DossierIngest

final class TweetTests: XCTestCase {
    /// The byte pre-check of `strip` says no only where the marks are surely absent.
    func testEmbedMarkPrecheckNeverHidesAMark() {
        for v in UInt32(0x80)...0x10FFFF {
            guard let scalar = Unicode.Scalar(v) else { continue }
            let decomposed = String(scalar).decomposedStringWithCanonicalMapping.utf8
            XCTAssertFalse(decomposed.contains(UInt8(ascii: "/")) || decomposed.contains(UInt8(ascii: "@")), "U+\(String(v, radix: 16))")
        }
        let texts = FastPathTests.samples + [
            "(@x)", "t.co/", "pic.twitter.com/", "see t.co/abc now", "— Name (@handle) March 3, 2026", "a/b", "x@y", "@", "/",
            "twelve bytes (@", "(\u{301}@", "t.co\u{301}/", "/\u{301}", "@\u{301}x", "é(@", "ééééééé(@", "12345678/", "1234567@",
        ]
        for text in texts {
            XCTAssertEqual(Tweets.mayHoldEmbedMark(text), text.utf8.contains(UInt8(ascii: "/")) || text.utf8.contains(UInt8(ascii: "@")),
                           text.debugDescription)
            if !Tweets.mayHoldEmbedMark(text) { XCTAssertFalse(Tweets.embedMarks.containedIn(text), text.debugDescription) }
        }
    }

    func testEmbeddedTweetRepeatingTheQuoteIsStrippedAndTheSentenceKept() {
        let text = "The embassy wrote, “Our friendship grows stronger every single year.” The post drew wide attention. "
            + "🤝 Our friendship grows stronger every single year! #Friends https://t.co/AbC123 pic.twitter.com/XyZ789 "
            + "— Example Embassy 🏳 (@example_emb) March 3, 2026"
        XCTAssertEqual(Tweets.strip(text),
                       "The embassy wrote, “Our friendship grows stronger every single year.” The post drew wide attention.")
    }

    func testCreditAndLinksAreStrippedWhenTheTweetTextIsNew() {
        let text = "Officials welcomed the deal. New routes open in May. pic.twitter.com/q1w2e3 — Transport Desk (@transport_desk) April 1, 2026"
        XCTAssertEqual(Tweets.strip(text), "Officials welcomed the deal. New routes open in May.")
    }

    func testACreditOnItsOwnIsDroppedFromTheArticle() {
        let article = ingest("The ministry posted a statement.\n\n— Ministry Press (@min_press) January 5, 2026\n\nNo further details were given.")
        XCTAssertEqual(article.blocks, [p("The ministry posted a statement."), p("No further details were given.")])
    }

    func testTweetLinksAreRemovedInline() {
        XCTAssertEqual(Tweets.strip("See the clip https://t.co/k9 posted today."), "See the clip posted today.")
    }

    func testTextWithoutEmbedsIsUntouched() {
        let text = "The Russia-China summit – held in Kazan – ended (as planned) on Friday."
        XCTAssertEqual(Tweets.strip(text), text)
    }
}
