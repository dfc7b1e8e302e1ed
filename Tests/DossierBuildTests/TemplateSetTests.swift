@testable import DossierBuild
import Foundation
import FoundationXML
import XCTest

final class TemplateSetTests: XCTestCase {
    func testParsesAndRendersWithPartials() throws {
        let library = try TemplateSet.parse(["page": "<p>{{> partials/name}}</p>", "partials/name": "{{name}}"], folder: "T")
        XCTAssertEqual(library.render(["name": "Li <Qiang>"], withTemplate: "page"), "<p>Li &lt;Qiang&gt;</p>")
    }

    func testSyntaxErrorNamesFileAndLine() {
        XCTAssertThrowsError(try TemplateSet.parse(["article": "line one\n{{#open}}\nno close\n"], folder: "Templates")) { error in
            let e = error as? DossierError
            XCTAssertEqual(e?.file, "Templates/article.mustache")
            XCTAssertNotNil(e?.line)
            XCTAssertEqual(e?.step, "templates")
        }
    }

    /// Templates are parsed on all cores; the error reported is still the first by name.
    func testOfSeveralBrokenTemplatesTheFirstByNameIsReported() {
        var files: [String: String] = [:]
        for n in 0..<40 { files[String(format: "t%02d", n)] = "ok {{name}}\n" }
        files["t07"] = "{{#open}}\n"
        files["t31"] = "{{/close}}\n"
        files["t12"] = "{{> partials/nowhere}}\n"
        for _ in 0..<5 {
            XCTAssertThrowsError(try TemplateSet.parse(files, folder: "T")) { error in
                XCTAssertEqual((error as? DossierError)?.file, "T/t07.mustache", "syntax errors come first, then the first by name")
            }
        }
        files["t07"] = "ok\n"
        files["t31"] = "ok\n"
        XCTAssertThrowsError(try TemplateSet.parse(files, folder: "T")) { error in
            XCTAssertEqual((error as? DossierError)?.file, "T/t12.mustache")
        }
    }

    func testMissingPartialIsAnError() {
        XCTAssertThrowsError(try TemplateSet.parse(["index": "ok\n\n  {{> partials/nowhere }}\n"], folder: "Templates")) { error in
            let e = error as? DossierError
            XCTAssertEqual(e?.file, "Templates/index.mustache")
            XCTAssertEqual(e?.line, 3)
            XCTAssertTrue(e?.message.contains("partials/nowhere") ?? false)
        }
    }

    func testParentTemplatesCountAsPartials() throws {
        XCTAssertEqual(TemplateSet.partialReferences(in: "{{<layout}}{{$main}}x{{/main}}{{/layout}} {{>a}}").map(\.0), ["layout", "a"])
        XCTAssertThrowsError(try TemplateSet.parse(["page": "{{<layout}}{{/layout}}"], folder: "T"))
    }

    func testTheProjectTemplatesParse() throws {
        var files: [String: String] = [:]
        let folder = Repo.templates
        for case let path as String in FileManager.default.enumerator(atPath: folder.path)! where path.hasSuffix(".mustache") {
            files[String(path.dropLast(9))] = try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
        }
        XCTAssertNoThrow(try TemplateSet.parse(files, folder: "Templates"))
    }
}

/// The shipped sitemap template writes a url set or, for a large site, a sitemap index.
final class SitemapTemplateTests: XCTestCase {
    func testTheSitemapTemplateWritesWellFormedSetsAndIndexes() throws {
        let text = try String(contentsOf: Repo.templates.appendingPathComponent("sitemap.xml.mustache"), encoding: .utf8)
        let library = try TemplateSet.parse(["sitemap.xml": text], folder: "Templates")
        let set = library.render(["urls": [["loc": "a/index.html"], ["loc": "b/index.html"]]] as [String: Any], withTemplate: "sitemap.xml") ?? ""
        let index = library.render(["index": true, "sitemaps": [["loc": "sitemap-1.xml"], ["loc": "sitemap-2.xml"]]] as [String: Any],
                                   withTemplate: "sitemap.xml") ?? ""
        XCTAssertTrue(set.contains("<urlset") && set.contains("<loc>b/index.html</loc>") && !set.contains("sitemapindex"))
        XCTAssertTrue(index.contains("<sitemapindex") && index.contains("<sitemap><loc>sitemap-2.xml</loc></sitemap>") && !index.contains("urlset"))
        for xml in [set, index] { XCTAssertTrue(XMLParser(data: Data(xml.utf8)).parse(), xml) }
    }
}
