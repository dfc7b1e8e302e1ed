@testable import DossierBuild
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
