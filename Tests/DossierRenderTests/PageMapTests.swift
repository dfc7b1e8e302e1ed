import DossierModel
@testable import DossierRender
import Mustache
import XCTest

/// Page values keyed by numbered names (`PageName`, `PageMap`), the bytes pages are rendered
/// into (`PageBytes`), cards' markers found once (`MarkedHTML`) and a page's root.
final class PageMapTests: XCTestCase {
    func testNamesAreNumberedOnceByText() {
        XCTAssertEqual(PageName("title"), PageName.title)
        XCTAssertEqual(PageName("title").number, PageName.title.number)
        XCTAssertNotEqual(PageName("a name no value has"), PageName.title)
        XCTAssertEqual(PageName("a name no value has").number, PageName("a name no value has").number)
    }

    func testSettingReplacesRemovesAndLiteralsKeepTheLastEntryOfAName() {
        var map: PageMap = [.title: "a", .url: "u", .title: "b"]
        XCTAssertEqual(map.count, 2)
        XCTAssertEqual(map[.title]?.text, "b")
        map[.title] = "c"
        map[.root] = "../"
        map[.url] = nil
        map[.lede] = nil
        XCTAssertEqual(map.dictionary.mapValues(\.text), ["title": "c", "root": "../"])
        XCTAssertNil(map.value(numbered: PageName("url").number))
        XCTAssertEqual(PageMap(["title": "T", "x": 1]).dictionary.keys.sorted(), ["title", "x"])
    }

    func testAMapsFingerprintIsItsEntriesHoweverItWasBuilt() {
        let names = ["title", "count", "root", "url", "lede", "zeta", "alpha", "mid"]
        var forward = PageMap(), backward = PageMap()
        for (k, name) in names.enumerated() { forward[PageName(name)] = .number(k) }
        for (k, name) in names.enumerated().reversed() { backward[PageName(name)] = .number(k) }
        var a = Fingerprint(), b = Fingerprint(), c = Fingerprint()
        PageValue.map(forward).fingerprint(into: &a)
        PageValue.map(backward).fingerprint(into: &b)
        PageValue.map(Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, PageValue.number($0)) })).fingerprint(into: &c)
        XCTAssertEqual(a.value, b.value, "entries added in another order")
        XCTAssertEqual(a.value, c.value, "built from a dictionary")
        backward[PageName("mid")] = .number(99)
        var d = Fingerprint()
        PageValue.map(backward).fingerprint(into: &d)
        XCTAssertNotEqual(a.value, d.value, "a value changed")
    }

    /// Values built with numbered names render as swift-mustache renders them from the same
    /// values as plain dictionaries: names no value has, names shadowed by inner sections,
    /// dotted names through and past missing levels, a name found only further down the stack.
    func testNumberedNamesLookUpAsSwiftMustacheDoes() throws {
        let template = """
            {{title}}|{{nowhere}}|{{site.title}}|{{site.nowhere.title}}|{{#site}}{{title}}{{nowhere}}{{/site}}
            {{#articles}}[{{title}}:{{url}}:{{root}}{{#actors}}({{name}}{{title}}{{url}}{{root}}){{/actors}}]{{/articles}}
            {{#article}}{{#story}}{{title}}/{{count}}{{/story}}{{^story}}none{{/story}}{{.title}}{{.root}}{{/article}}
            {{^nowhere}}missing{{/nowhere}}{{#empty(articles)}}no{{/empty(articles)}}{{count(articles)}}
            """
        let values: PageMap = [
            .title: "Page", .root: "../", .site: .map([.title: "Site <&>"]),
            .articles: .maps([[.title: "A", .url: "a/", .actors: .maps([[.name: "N", .url: "n/"], [.name: "M"]])], [.title: "B"]]),
            .article: .map([.story: .map([.title: "S", .count: 2])]),
        ]
        var library = MustacheLibrary()
        library.register(try MustacheTemplate(string: HTMLEscaping.prepared(template)), named: "page")
        let programs = PageTemplates(library).programs
        var renderer = TemplateRenderer(programs: programs)
        let compiled = try renderer.render(.map(values), template: "page").map { String(decoding: $0, as: UTF8.self) }
        XCTAssertEqual(compiled, library.render(PageValue.map(values).mustache, withTemplate: "page"))
        XCTAssertEqual(compiled?.components(separatedBy: "\n").first, "Page||Site &lt;&amp;&gt;||Site &lt;&amp;&gt;")
        let lines = compiled?.components(separatedBy: "\n") ?? []
        XCTAssertEqual(lines.dropFirst().first, "[A:a/:../(NAn/../)(MAa/../)][B::../]", "inner maps shadow outer names; a missing one is found further down")
        XCTAssertEqual(lines.dropFirst(2).first, "S/2", "`.title` reads the top of the stack only")
        XCTAssertEqual(lines.last, "missing2")
    }

    func testPageBytesGrowAndHandOverWhatWasWritten() {
        let out = PageBytes(capacity: 4)
        var expected: [UInt8] = []
        for n in 0..<200 {
            let piece = Array(repeating: UInt8(n % 251), count: n % 37)
            out.append(piece)
            expected += piece
            if n % 3 == 0 { out.append("é\(n)"); expected += Array("é\(n)".utf8) }
        }
        out.removeLast(5)
        expected.removeLast(5)
        XCTAssertEqual(out.array, expected)
        XCTAssertEqual(out.count, expected.count)
        XCTAssertEqual(out[out.count - 1], expected.last)
        out.append(UnsafeBufferPointer(start: nil, count: 0))
        XCTAssertEqual(out.array, expected)
    }

    func testMarkersAreFoundOnceAndEachTakesTheRoot() {
        let html = Array("a\u{1}root\u{1}b\u{1}roo\u{1}root\u{1}\u{1}root\u{1}".utf8)
        let marked = MarkedHTML(html)
        XCTAssertEqual(marked.markers.count, 3)
        let out = PageBytes(capacity: 8)
        marked.append(root: "../", to: out)
        XCTAssertEqual(String(decoding: out.array, as: UTF8.self), "a../b\u{1}roo../../")
    }

    func testARootIsOneStepUpForEachFolderOfThePath() {
        for path in ["index.html", "articles/a/index.html", "actors/x/page/2/index.html", "a//b/c", "/lead/x", "é/ü/index.html",
                     "a/\u{301}/b", "dates/2026-01-02/index.html"] {
            XCTAssertEqual(PageContext.root(of: path), String(repeating: "../", count: path.split(separator: "/").count - 1), path)
        }
    }
}
