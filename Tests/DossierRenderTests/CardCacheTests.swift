@testable import DossierRender
import Mustache
import XCTest

final class CardCacheTests: XCTestCase {
    func library(_ card: String) throws -> MustacheLibrary {
        var library = MustacheLibrary()
        library.register(try MustacheTemplate(string: HTMLEscaping.prepared(card)), named: "partials/card")
        return library
    }

    func direct(_ library: MustacheLibrary, _ values: [String: PageValue], root: String) -> String {
        var values = values
        values["root"] = .text(root)
        return library.render(PageValue.map(values).mustache, withTemplate: "partials/card") ?? ""
    }

    func testOneRenderServesEveryRootAndEqualsRenderingWithIt() throws {
        let library = try library(#"<a href="{{root}}{{url}}">{{title}}</a>{{#tags}}<a href="{{root}}{{url}}">{{name}}</a>{{/tags}}"#)
        let cards: [[String: PageValue]] = [
            ["title": "Li & Putin", "url": "articles/a/index.html", "tags": [["name": "SCO", "url": "topics/sco/index.html"]]],
            ["title": "Marker \u{1}root\u{1} in a title", "url": "articles/b/index.html"],
        ]
        let cache = CardCache(templates: PageTemplates(library), cards: cards.map { SharedValue(.map($0)) })
        for root in ["", "../", "../../", "../../../../"] {
            for i in cards.indices {
                XCTAssertEqual(cache.html(i, root: root), direct(library, cards[i], root: root), "card \(i), root \(root)")
            }
        }
    }

    func testATemplateHoldingTheMarkerIsRenderedForEachRoot() throws {
        let library = try library("{{root}}|\u{1}root\u{1}|{{title}}")
        let cards: [[String: PageValue]] = [["title": "A"], ["title": "B"]]
        let cache = CardCache(templates: PageTemplates(library), cards: cards.map { SharedValue(.map($0)) })
        XCTAssertEqual(cache.html(0, root: "../"), "../|\u{1}root\u{1}|A")
        XCTAssertEqual(cache.html(1, root: "../../"), "../../|\u{1}root\u{1}|B")
    }

    func testMarkersAreReplacedWhereverTheyStandAndNothingElse() {
        XCTAssertEqual(CardCache.replaceMarker(in: "\u{1}root\u{1}a\u{1}roo\u{1}root\u{1}b\u{1}", with: "../"), "../a\u{1}roo../b\u{1}")
        XCTAssertEqual(CardCache.replaceMarker(in: "plain ¶ text", with: "../"), "plain ¶ text")
        XCTAssertEqual(CardCache.replaceMarker(in: "", with: "../"), "")
    }
}
