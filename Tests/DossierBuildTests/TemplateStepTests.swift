@testable import DossierBuild
import DossierModel
@testable import DossierRender
import Foundation
import Mustache
import XCTest

/// The template cache is used for exactly the templates and program it was written for.
final class TemplateStepTests: XCTestCase {
    var folder: URL!
    var content: ContentFolder!
    var cache: URL { content.templateCache }

    override func setUpWithError() throws {
        let root = try temporaryFolder(self)
        folder = root.appendingPathComponent("Templates")
        content = ContentFolder(root: root.appendingPathComponent("content"))
        try write("page", "<p>{{> partials/v}}</p>\n")
        try write("partials/v", "{{v}}")
    }

    func write(_ name: String, _ text: String) throws {
        let url = folder.appendingPathComponent(name + ".mustache")
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    func page(program: String = "p1") throws -> String {
        let templates = try TemplateStep.load(folder, content: content, program: program).templates
        return String(decoding: try XCTUnwrap(templates.render(["v": "a<b"], withTemplate: "page")), as: UTF8.self)
    }

    /// Puts in the cache, under the key of the folder's templates and `program`, programs that
    /// render something else: a load that answers with them read the cache.
    func plantOtherPrograms(program: String = "p1") throws {
        let key = try TemplateStep.load(folder, content: content, program: program).key
        var other = MustacheLibrary()
        other.register(try MustacheTemplate(string: HTMLEscaping.prepared("cached {{v}}")), named: "page")
        let bytes = CacheWriter.sealed(magic: TemplateStep.magic, key: key + "+" + program) { _ = PageTemplates(other).writePrograms(to: &$0) }
        try Data(bytes).write(to: cache)
    }

    func testTheFirstLoadCachesTheProgramsAndTheNextReadsThem() throws {
        XCTAssertEqual(try page(), "<p>a&lt;b</p>\n")
        XCTAssertTrue(FileManager.default.fileExists(atPath: cache.path))
        XCTAssertEqual(try String(contentsOf: cache.deletingLastPathComponent().appendingPathComponent(".gitignore"), encoding: .utf8), "*\n",
                       "kept out of git")
        XCTAssertEqual(try page(), "<p>a&lt;b</p>\n", "read back from the cache")
        try plantOtherPrograms()
        XCTAssertEqual(try page(), "cached a&lt;b")
    }

    func testAnEditedTemplateAnotherProgramOrADamagedCacheIsParsedAgain() throws {
        try plantOtherPrograms()
        XCTAssertEqual(try page(program: "p1"), "cached a&lt;b")
        XCTAssertEqual(try page(program: "p2"), "<p>a&lt;b</p>\n", "another program")
        try plantOtherPrograms()
        try write("partials/v", "[{{v}}]")
        XCTAssertEqual(try page(), "<p>[a&lt;b]</p>\n", "a partial edited")
        try write("partials/v", "{{v}}")
        try plantOtherPrograms()
        var bytes = try [UInt8](Data(contentsOf: cache))
        bytes[bytes.count / 2] ^= 0x20
        try Data(bytes).write(to: cache)
        XCTAssertEqual(try page(), "<p>a&lt;b</p>\n", "damaged")
        try plantOtherPrograms()
        try write("extra", "{{v}}")
        XCTAssertEqual(try page(), "<p>a&lt;b</p>\n", "a template added")
    }

    func testErrorsAreReportedWhateverTheCacheHolds() throws {
        _ = try page()
        try write("partials/v", "{{#v}}\n")
        XCTAssertThrowsError(try page()) { error in
            XCTAssertEqual((error as? DossierError)?.file, folder.path + "/partials/v.mustache")
            XCTAssertEqual((error as? DossierError)?.step, "templates")
        }
        try write("partials/v", "{{> partials/gone}}")
        XCTAssertThrowsError(try page()) { error in
            XCTAssertEqual((error as? DossierError)?.line, 1)
        }
    }
}
