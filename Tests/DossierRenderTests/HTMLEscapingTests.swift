import DossierRender
import Foundation
import Mustache
import XCTest

final class HTMLEscapingTests: XCTestCase {
    func testEscapesTheFiveCharacters() {
        XCTAssertEqual(HTMLEscaping.escape(#"a & b < c > d " e ' f"#), "a &amp; b &lt; c &gt; d &quot; e &#39; f")
        XCTAssertEqual(HTMLEscaping.escape(#""><svg onload=alert(1)>"#), "&quot;&gt;&lt;svg onload=alert(1)&gt;")
    }

    func testTextWithoutThemIsReturnedAsItIs() {
        for text in ["", "Vladimir Putin", "Москва — «цитата»", "José Ramos-Horta 🇹🇱", "¶ 12"] {
            XCTAssertEqual(HTMLEscaping.escape(text), text)
        }
    }

    func testEscapesWhatACombiningMarkFollows() {
        // "<" + U+0338 is one Character; it must not reach the page as markup.
        XCTAssertEqual(HTMLEscaping.escape("<\u{0338}script>"), "&lt;\u{0338}script&gt;")
        XCTAssertEqual(HTMLEscaping.escape("a>\u{0301}b"), "a&gt;\u{0301}b")
    }

    /// Each of the five at every position of texts across several eight-byte words, next to
    /// multibyte characters and to bytes one bit away from them (`%`, `=`, `?`, `#`, and the
    /// continuation bytes A6, BC, BE): as a plain replacement gives.
    func testEveryPositionOfEveryLengthAsAPlainReplacement() {
        func reference(_ text: String) -> String {
            text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
                .replacingOccurrences(of: "'", with: "&#39;")
        }
        for length in 0..<26 {
            let plain = String(repeating: "x", count: length)
            XCTAssertEqual(HTMLEscaping.escape(plain), plain)
            for at in 0..<max(length, 1) {
                for special in ["&", "<", ">", "\"", "'", "é", "&&", "<é'", "%", "=", "?", "#", "¦¼¾"] {
                    var text = Array(plain)
                    text.insert(contentsOf: special, at: min(at, text.count))
                    let input = String(text) + (length % 3 == 0 ? "'" : "")
                    XCTAssertEqual(HTMLEscaping.escape(input), reference(input), input)
                }
            }
        }
    }

    func testMultibyteTextAroundEscapesIsKept() {
        XCTAssertEqual(HTMLEscaping.escape("Lí & Wáng <é>"), "Lí &amp; Wáng &lt;é&gt;")
    }

    func testPreparedTemplatesEscapeThroughItAndPrintNoPragma() throws {
        var library = MustacheLibrary()
        library.register(try MustacheTemplate(string: HTMLEscaping.prepared("<p>{{name}}</p>\n{{#list}}\n<i>{{.}}</i>\n{{/list}}\n{{> part}}")), named: "page")
        library.register(try MustacheTemplate(string: HTMLEscaping.prepared("<b>{{name}}</b>")), named: "part")
        let html = library.render(["name": "<\u{0338}x>", "list": ["a'b"]] as [String: Any], withTemplate: "page")
        XCTAssertEqual(html, "<p>&lt;\u{0338}x&gt;</p>\n<i>a&#39;b</i>\n<b>&lt;\u{0338}x&gt;</b>")
    }
}
