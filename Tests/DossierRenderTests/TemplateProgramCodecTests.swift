import DossierModel
@testable import DossierRender
import Foundation
import Mustache
import XCTest

/// Compiled programs read back from a cache render what the compiled ones render, parse the
/// library only when a page needs it, and refuse bytes that are not a program.
final class TemplateProgramCodecTests: XCTestCase {
    /// Counts the parses of the library a cached `PageTemplates` asks for.
    final class Parses: @unchecked Sendable {
        private let lock = NSLock()
        private var n = 0
        var count: Int { lock.withLock { n } }
        func record() { lock.withLock { n += 1 } }
    }

    func written(_ templates: PageTemplates) -> [UInt8] {
        var out = CacheWriter()
        XCTAssertTrue(templates.writePrograms(to: &out))
        return out.bytes
    }

    func cached(_ bytes: [UInt8], library: MustacheLibrary, parses: Parses) -> PageTemplates? {
        var input = CacheReader(bytes: bytes[...])
        return PageTemplates(cached: &input) {
            parses.record()
            return library
        }
    }

    func testTheShippedTemplatesReadBackRenderTheSiteAndNeverParse() throws {
        let (library, count) = try ShippedSite.templates()
        let compiled = PageTemplates(library)
        let bytes = written(compiled)
        let parses = Parses()
        let read = try XCTUnwrap(cached(bytes, library: library, parses: parses))
        XCTAssertEqual(read.programs.count, count)
        XCTAssertEqual(written(read), bytes, "written again, byte for byte")
        var config = DossierConfig()
        config.pageSize = 2
        config.printVolumeSize = 3
        let entries = try ShippedSite.entries()
        let expected = SiteRenderer(unchecked: library, config: config, compiled: false).render(entries)
        let rendered = try SiteRenderer(templates: read, config: config).render(entries)
        XCTAssertEqual(rendered.map(\.path), expected.map(\.path))
        for (a, b) in zip(rendered, expected) {
            XCTAssertEqual(a.contents, b.contents, a.path)
        }
        XCTAssertEqual(parses.count, 0, "every shipped page renders through the programs")
    }

    func testAPageTheProgramsCannotRenderParsesTheLibraryOnceAndMatchesIt() throws {
        var library = MustacheLibrary()
        for (name, text) in ["page": "{{#v}}[{{.}}]{{/v}}|{{v}}", "plain": "<{{v}}>"] {
            library.register(try MustacheTemplate(string: HTMLEscaping.prepared(text)), named: name)
        }
        let parses = Parses()
        let read = try XCTUnwrap(cached(written(PageTemplates(library)), library: library, parses: parses))
        XCTAssertEqual(read.render(["v": "a&b"], withTemplate: "plain"), Array("<a&amp;b>".utf8))
        XCTAssertEqual(parses.count, 0)
        let values: [String: PageValue] = ["v": ["k": "x"]] // a map printed as text: swift-mustache's
        for _ in 0..<3 {
            XCTAssertEqual(read.render(values, withTemplate: "page"),
                           library.render(PageValue.map(values).mustache, withTemplate: "page").map { Array($0.utf8) })
        }
        XCTAssertEqual(parses.count, 1)
        XCTAssertTrue(read.has("plain"))
        XCTAssertFalse(read.has("article"))
    }

    func testBytesCutShortOrProgramsReferringOutsideThemselvesAreRefused() throws {
        let (library, _) = try ShippedSite.templates()
        let bytes = written(PageTemplates(library))
        for end in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 300)) {
            XCTAssertNil(cached(Array(bytes[..<end]), library: library, parses: Parses()), "cut at \(end)")
        }
        XCTAssertNil(cached(bytes + [0], library: library, parses: Parses()), "bytes after the programs")
        let broken: [(String, TemplateInstruction)] = [
            ("text past the end", TemplateInstruction(.text, operand: 2, count: 5)),
            ("no such name", TemplateInstruction(.variable, operand: 1, count: 0)),
            ("a section longer than the program", TemplateInstruction(.section, operand: 0, count: 2)),
            ("no such partial", TemplateInstruction(.partial, operand: 0, count: 0)),
            ("no such block", TemplateInstruction(.block, operand: 0, count: 0)),
            ("no such escaping", TemplateInstruction(.escaping, operand: 9, count: 0)),
        ]
        for (what, instruction) in broken {
            let program = TemplateProgram(code: [instruction, TemplateInstruction(.text, operand: 0, count: 1)], text: Array("abc".utf8),
                                          names: [TemplateName(path: .searched, parts: 0..<1, transforms: 1..<1)], strings: ["v"],
                                          partials: [], blocks: [])
            var out = CacheWriter()
            out.list(["page"]) { out, name in
                out.text(name)
                program.write(to: &out)
            }
            XCTAssertNil(cached(out.bytes, library: library, parses: Parses()), what)
        }
        let sound = TemplateProgram(code: [TemplateInstruction(.text, operand: 1, count: 2)], text: Array("abc".utf8),
                                    names: [], strings: [], partials: [], blocks: [])
        var out = CacheWriter()
        out.list(["page"]) { out, name in
            out.text(name)
            sound.write(to: &out)
        }
        let read = try XCTUnwrap(cached(out.bytes, library: library, parses: Parses()))
        XCTAssertEqual(read.render(PageMap([:]), withTemplate: "page"), Array("bc".utf8))
    }
}
