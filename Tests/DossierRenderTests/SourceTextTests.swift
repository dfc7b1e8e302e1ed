@testable import DossierRender
import DossierSummary
import XCTest

/// `StoryGrouper.sourceText` finds the `## Source text` heading with `memchr`; checked against
/// the general path, `ByteSearch.range`, on bodies where the heading is missing, cut short,
/// repeated, at either end, after a carriage return, or next to a combining mark or other
/// multi-byte text.
final class SourceTextTests: XCTestCase {
    func testSourceTextIsWhatByteSearchFinds() {
        func reference(_ body: String) -> Substring {
            guard let start = ByteSearch.range(of: "## Source text\n", in: body) else { return body[...] }
            return body[start.upperBound...]
        }
        let pieces = ["## Source text\n", "## Source text", "# Source text\n", "#", "##", "## ", "\n", "\r", "\r\n",
                      "text", "é", "\u{301}", "😀", "## Summary\n", "Москва"]
        var random = XorShift(seed: 15)
        let fixed = ["", "## Source text\n", "a\n## Source text\nb", "\r## Source text\nb", "## Source text\n\u{301}b",
                     "é## Source text\nb", "x\r\n## Source text\n## Source text\nz"]
        for body in fixed + (0..<5000).map({ _ in random.text(of: pieces, fewerThan: 10) }) {
            let found = StoryGrouper.sourceText(body)
            let expected = reference(body)
            XCTAssertEqual(found, expected, body.debugDescription)
            XCTAssertEqual(found.startIndex, expected.startIndex, body.debugDescription)
        }
    }

    func testThePlainCasesNeedNoByteSearch() {
        func match(_ body: String) -> StoryGrouper.HeadingMatch {
            Array(body.utf8).withUnsafeBufferPointer(StoryGrouper.headingMatch)
        }
        XCTAssertEqual(match("## Summary\n\nA.\n\n## Source text\n\nB.\n"), .at(16))
        XCTAssertEqual(match("## Summary\n\nA.\n"), .absent)
        XCTAssertEqual(match("a\r## Source text\n"), .unsure, "a carriage return before: ByteSearch asks Foundation")
    }
}
