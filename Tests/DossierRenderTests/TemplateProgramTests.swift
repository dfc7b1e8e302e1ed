import DossierModel
@testable import DossierRender
import DossierSummary
import Foundation
import Mustache
import XCTest

/// The compiled templates render exactly what swift-mustache renders, and hand back what
/// they cannot render.
final class TemplateProgramTests: XCTestCase {
    func library(_ templates: [String: String], pragma: Bool = true) throws -> MustacheLibrary {
        var library = MustacheLibrary()
        for (name, text) in templates {
            library.register(try MustacheTemplate(string: pragma ? HTMLEscaping.prepared(text) : text), named: name)
        }
        return library
    }

    /// Renders `page` through the programs (which must not give up) and through swift-mustache.
    func both(_ templates: [String: String], _ values: [String: PageValue], page: String = "page",
              file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let library = try library(templates)
        let programs = PageTemplates(library).programs
        XCTAssertEqual(programs.count, templates.count, "every template compiles", file: file, line: line)
        var renderer = TemplateRenderer(programs: programs)
        let compiled = try renderer.render(.map(values), template: page).map { String(decoding: $0, as: UTF8.self) }
        XCTAssertEqual(compiled, library.render(PageValue.map(values).mustache, withTemplate: page), file: file, line: line)
        return compiled ?? ""
    }

    func testVariablesSectionsAndInvertedSectionsMatchSwiftMustache() throws {
        let values: [String: PageValue] = [
            "title": "Li & <Putin> \"say\" 'so'", "n": 3, "yes": true, "no": false, "empty": [], "none": [],
            "site": ["title": "Dossier", "nested": ["deep": "down"]],
            "list": [["name": "a", "url": "u/a"], ["name": "b"]],
            "mixed": ["x", 2, true], "words": ["one", "two", "three"],
        ]
        let out = try both(["page": """
            {{title}}|{{{title}}}|{{&title}}|{{n}}|{{yes}}|{{no}}|{{missing}}|{{site.title}}|{{site.nested.deep}}|{{site.nope.deep}}
            {{#list}}[{{name}}:{{url}}:{{title}}]{{/list}}{{^list}}none{{/list}}
            {{#empty}}x{{/empty}}{{^empty}}empty{{/empty}}{{^none}}none{{/none}}
            {{#yes}}Y{{n}}{{/yes}}{{#no}}N{{/no}}{{^no}}notno{{/no}}{{^missing}}nomissing{{/missing}}
            {{#site}}{{title}}{{#nested}}{{deep}}{{title}}{{/nested}}{{/site}}{{#title}}<{{.}}>{{/title}}
            {{#mixed}}({{.}}{{name}}){{/mixed}}{{#words}}{{.}}{{#first()}}!{{/first()}}{{#last()}}.{{/last()}}{{index()}}{{/words}}
            {{#list}}{{.name}}{{.title}}{{/list}}{{^empty(words)}}some{{/empty(words)}}{{#empty(none)}}nothing{{/empty(none)}}
            {{count(words)}} {{empty(title)}} {{empty(site)}}
            """], values)
        XCTAssertTrue(out.hasPrefix("Li &amp; &lt;Putin&gt; &quot;say&quot; &#39;so&#39;|Li & <Putin>"))
        XCTAssertTrue(out.contains("[a:u/a:Li &amp;"))
        XCTAssertTrue(out.contains("one!0two1three.2"))
    }

    /// A shared value is read as the value it holds, wherever it is found (a page's maps are
    /// searched in place, and what they hold is unshared as it is found).
    func testSharedValuesReadAsTheValuesTheyHold() throws {
        let values: [String: PageValue] = [
            "text": .shared(SharedValue("a<b")), "list": .shared(SharedValue(["x", "y"])), "none": .shared(SharedValue([])),
            "card": .shared(SharedValue(["title": "T", "tags": .shared(SharedValue(["t"]))])),
        ]
        let out = try both(["page": """
            {{text}}|{{#list}}({{.}}){{/list}}|{{^none}}none{{/none}}|{{#card}}{{title}}{{#tags}}[{{.}}{{text}}]{{/tags}}{{/card}}|{{card.title}}
            """], values)
        XCTAssertEqual(out, "a&lt;b|(x)(y)|none|T[ta&lt;b]|T")
    }

    func testPartialsIndentationAndInheritanceMatchSwiftMustache() throws {
        let templates = [
            "layout": "<title>{{$title}}Default{{/title}}</title>\n<body class=\"{{$kind}}page{{/kind}}\">\n  {{$main}}\n  nothing\n  {{/main}}\n</body>\n",
            "partials/tags": "<ul>\n{{#tags}}\n  <li>{{.}}</li>\n{{/tags}}\n</ul>\n",
            "partials/card": "<article>\n  <h3>{{title}}</h3>\n  {{> partials/tags}}\n</article>\n",
            "page": "{{<layout}}{{$title}}{{title}}{{/title}}{{$main}}\n    {{#cards}}\n    {{> partials/card}}\n    {{/cards}}\n{{/main}}{{/layout}}\n",
            "plain": "{{<layout}}{{/layout}}",
            "nested": "{{<page}}{{$title}}outer wins{{/title}}{{/page}}",
        ]
        let values: [String: PageValue] = [
            "title": "Page", "cards": [["title": "One", "tags": ["a", "b"]], ["title": "Two", "tags": []]],
        ]
        let page = try both(templates, values)
        XCTAssertTrue(page.contains("  <article>\n    <h3>One</h3>\n    <ul>\n      <li>a</li>"), page)
        XCTAssertTrue(try both(templates, values, page: "plain").contains("nothing"))
        XCTAssertTrue(try both(templates, values, page: "nested").contains("<title>outer wins</title>"))
    }

    func testCardsAndBodiesRenderAsTheirText() throws {
        let templates = ["page": "{{#cards}}{{#html}}{{{html}}}{{/html}}|{{/cards}}{{{body}}}{{body}}"]
        var library = MustacheLibrary()
        library.register(try MustacheTemplate(string: HTMLEscaping.prepared("<a href=\"{{root}}{{url}}\">{{title}}</a>")), named: "partials/card")
        let cache = CardCache(templates: PageTemplates(library), cards: [SharedValue(["title": "T", "url": "a/index.html"])])
        let body = BodyHTML(body: SiteBody(source: SummaryMarkdown("# Head\n\nText <b>\n")), prefix: "a-x-")
        let values: [String: PageValue] = ["cards": [.card(CardHTML(cache: cache, index: 0, root: "../"))], "body": .fragment(body)]
        let out = try both(templates, values)
        XCTAssertTrue(out.hasPrefix("<a href=\"../a/index.html\">T</a>|"), out)
        XCTAssertTrue(out.contains("id=\"a-x-"), out)
    }

    func testWhatItDoesNotPrintGoesToSwiftMustache() throws {
        // A map or a list printed as text, transforms it does not know, a lookup inside a
        // body or a card's HTML that swift-mustache would answer by reflection.
        let templates = ["page": "{{#v}}[{{.}}]{{/v}}|{{v}}", "first": "{{first(v)}}", "plus": "{{plusone(n)}}",
                         "inside": "{{#body}}{{prefix}}{{/body}}", "card": "{{#cards}}{{#html}}{{root}}{{/html}}{{/cards}}"]
        let library = try library(templates)
        let pages = PageTemplates(library)
        let body = BodyHTML(body: SiteBody(source: SummaryMarkdown("Text\n")), prefix: "a-")
        let cache = CardCache(templates: pages, cards: [SharedValue(["title": "T"])])
        let cases: [(String, [String: PageValue])] = [
            ("page", ["v": ["k": "x"]]), ("page", ["v": [["a"]]]), ("first", ["v": ["a", "b"]]), ("plus", ["n": 1]),
            ("inside", ["body": .fragment(body)]), ("card", ["cards": [.card(CardHTML(cache: cache, index: 0, root: "../"))]]),
        ]
        for (page, values) in cases {
            var renderer = TemplateRenderer(programs: pages.programs)
            XCTAssertThrowsError(try renderer.render(.map(values), template: page), page)
            XCTAssertEqual(pages.render(values, withTemplate: page),
                           library.render(PageValue.map(values).mustache, withTemplate: page).map { Array($0.utf8) }, page)
        }
        // Without the pragma a template escapes as swift-mustache's own HTML type does.
        let unprepared = try self.library(["page": "{{v}}"], pragma: false)
        XCTAssertEqual(PageTemplates(unprepared).render(["v": "a<b"], withTemplate: "page"), Array("a&lt;b".utf8))
    }

    /// The seed site, edited and undated variants and hostile text, rendered through the shipped
    /// templates both ways: every page is byte for byte what swift-mustache renders.
    func testEveryShippedTemplateRendersTheSiteAsSwiftMustacheDoes() throws {
        let (library, count) = try ShippedSite.templates()
        XCTAssertEqual(PageTemplates(library).programs.count, count, "every shipped template compiles")
        let entries = try ShippedSite.entries()
        var config = DossierConfig()
        config.pageSize = 2
        config.printVolumeSize = 3
        let compiled = SiteRenderer(unchecked: library, config: config).render(entries)
        let reference = SiteRenderer(unchecked: library, config: config, compiled: false).render(entries)
        XCTAssertEqual(compiled.map(\.path), reference.map(\.path))
        XCTAssertGreaterThan(compiled.count, 40)
        for (a, b) in zip(compiled, reference) {
            XCTAssertEqual(a.contents, b.contents, a.path)
        }
    }
}

/// The print edition's id prefixing, against a plain reference.
final class BodyPrefixTests: XCTestCase {
    func reference(_ html: String, _ prefix: String) -> String {
        html.replacingOccurrences(of: " id=\"", with: " id=\"" + prefix).replacingOccurrences(of: "href=\"#", with: "href=\"#" + prefix)
    }

    func testIdsAndInPageLinksArePrefixedAndNothingElse() {
        let bodies = [
            "<h2 id=\"summary\">Summary</h2>\n<p>Text \"quoted\" <a href=\"#p1\">¶1</a> <a href=\"https://x\">x</a></p>\n",
            " id=\"start\"", "<a href=\"#\">", "\"", "id=\"no-space\" href=\"", "<p id=\"p1\">«é» href=\"#p2\"</p><p id=\"p2\"></p>",
        ]
        for html in bodies {
            let body = BodyHTML(body: SiteBody(rendered: RenderedMarkdown(sections: [.init(title: "", id: "", htmlUTF8: Array(html.utf8))]), words: WordSet(hashes: [])),
                                prefix: "a-s-")
            XCTAssertEqual(body.renderText, reference(html, "a-s-"), html)
        }
    }
}
