import DossierBuild
import Foundation
import XCTest

/// Bad and hostile articles and summaries: the build goes on, names the file, runs no script,
/// writes nothing outside the output folder.
final class HostileInputTests: XCTestCase {
    func write(_ bytes: [UInt8], _ name: String, in folder: URL) throws {
        try Data(bytes).write(to: folder.appendingPathComponent(name))
    }

    func write(_ text: String, _ name: String, in folder: URL) throws {
        try write(Array(text.utf8), name, in: folder)
    }

    func testHostileArticlesBuildASafeSite() throws {
        let root = try temporaryFolder(self)
        let articles = root.appendingPathComponent("Content/articles")
        try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
        try write("", "empty.txt", in: articles)
        try write("  \n\t\n \r\n", "blank.txt", in: articles)
        try write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array(repeating: 0, count: 64), "picture.txt", in: articles)
        try write([0x4D, 0x6F, 0x73, 0x63, 0x6F, 0x77, 0xFF, 0xFE, 0x20] + Array(" talks resumed on Monday.".utf8), "latin.txt", in: articles)
        try write([0xFF, 0xFE] + Array("Minsk talks ended.\r\n\r\nBoth sides said so.".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] },
                  "utf16.txt", in: articles)
        try write("A\u{0}B talks.\rLone CR line.\r\rNext paragraph.", "nul-cr.txt", in: articles)
        try write(String(repeating: "word ", count: 2_000), "long-line.txt", in: articles)
        try write("مرحبا بالعالم. Cafe\u{301} talks in Ankara 🇹🇷 went well, said Mehmet 😀 Yılmaz.", "rtl.txt", in: articles)
        try write("""
            <script>alert('headline')</script> Talks "><svg onload=alert(1)>

            Moscow, March 3, 2026 — <img src=x onerror=alert(1)> Officials met [click](javascript:alert(1)) and \
            <a href="javascript:alert(2)">here</a> while ![x](javascript:alert(3)) and <iframe src=//evil></iframe>.

            "<script>alert(4)</script> is not a quote we trust," the spokesman said.
            """, "script.txt", in: articles)
        try write("Same headline\n\nFirst body text about grain.", "same-a.txt", in: articles)
        try write("Same headline\n\nSecond body text about oil.", "same-b.txt", in: articles)
        try write("CON\n\nReserved name body.", "CON.txt", in: articles)
        try write("Punctuation-only name.", "---.txt", in: articles)
        try write("Hidden files are not articles.", ".hidden.txt", in: articles)
        try write("Escapes.", "x..\\..\\etc\\passwd.txt", in: articles)

        // 50 MB of text; a folder and a dangling link that look like articles but cannot be read.
        var huge = Array("Huge dump\n\nThe first paragraph of a very large file.\n\n".utf8)
        huge += Array(repeating: Array("Filler sentence number one of many in this dump.\n".utf8), count: 1_048_576).flatMap { $0 }
        try write(huge, "huge.txt", in: articles)
        try FileManager.default.createDirectory(at: articles.appendingPathComponent("folder.txt"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: articles.appendingPathComponent("vanished.txt").path,
                                                   withDestinationPath: "/nonexistent/gone.txt")

        let output = root.appendingPathComponent("Output")
        let log = CapturedLog()
        let result = try Dossier.build(Dossier.Paths(content: root.appendingPathComponent("Content"),
                                                     templates: Repo.templates, output: output), logger: log.logger)
        let files = try snapshot(output)

        // Nothing was written outside Output/ and Content/.
        XCTAssertEqual(Set(try FileManager.default.contentsOfDirectory(atPath: root.path)), ["Content", "Output"])
        // Unreadable and vanished articles and the huge one are warnings naming the file.
        for file in ["articles/folder.txt", "articles/vanished.txt", "articles/huge.txt"] {
            XCTAssertTrue(result.summaries.diagnostics.contains { $0.file == file && $0.severity == .warning }, file)
        }
        XCTAssertTrue(result.summaries.diagnostics.contains { $0.file == "articles/huge.txt" && $0.message.contains("only its first") })
        XCTAssertNotNil(files["articles/huge/index.html"])
        // The binary file is skipped with a warning naming it; the rest are published.
        XCTAssertTrue(result.summaries.diagnostics.contains { $0.file == "articles/picture.txt" })
        XCTAssertFalse(result.summaries.entries.contains { $0.document.sourceFile == "articles/picture.txt" })
        let slugs = Set(result.summaries.entries.map(\.slug))
        XCTAssertTrue(slugs.isSuperset(of: ["empty", "blank", "latin", "utf16", "script", "same-a", "same-b", "con-1", "article"]), "\(slugs.sorted())")
        XCTAssertTrue(slugs.allSatisfy { $0.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") } })
        XCTAssertTrue(slugs.contains("x-etc-passwd"), "\(slugs.sorted())")
        XCTAssertFalse(result.summaries.entries.contains { $0.document.sourceFile.contains("hidden") })

        // No page runs script: no script elements, no event handlers, no javascript: URLs.
        for (path, data) in files where path.hasSuffix(".html") || path.hasSuffix(".xml") {
            let html = String(decoding: data, as: UTF8.self).lowercased()
            XCTAssertFalse(html.contains("<script"), "\(path) has a script element")
            XCTAssertFalse(html.contains("<svg"), "\(path) has an svg element")
            XCTAssertFalse(html.contains("<img"), "\(path) has an img element")
            XCTAssertFalse(html.contains("<iframe"), "\(path) has an iframe element")
            XCTAssertNil(html.range(of: #"<[a-z][^>]*\son[a-z]+\s*="#, options: .regularExpression),
                         "\(path) has an event handler attribute")
            for link in LinkChecker.attributeValues("href", in: html) + LinkChecker.attributeValues("src", in: html) {
                XCTAssertFalse(link.hasPrefix("javascript:"), "\(path) links to \(link)")
            }
        }
        try assertNoActiveContent(in: output)

        // An analyst's summary with markup in every field that reaches a page or an attribute.
        let evil = #""><svg onload=alert(1)> <script>alert(2)</script>"#
        try write("""
            ---
            title: '\(evil) title'
            date: 2026-02-30x
            source: '\(evil)'
            source_file: articles/same-a.txt
            actors: ['\(evil)', "Ann <b>O'Neil</b>", "../../etc/passwd", "CON", "😀"]
            topics: ['\(evil)', ""]
            places: ['\(evil)']
            quotes:
              - speaker: '\(evil)'
                text: '\(evil)'
            ---

            ## Summary

            [a](javascript:alert(1)) [b](JaVaScRiPt:alert(1)) [c]( javascript:alert(1) ) [d](&#106;avascript:alert(1))
            <javascript:alert(1)> [e](data:text/html;base64,PHNjcmlwdD4=) [f](vbscript:msgbox) ![g](javascript:alert(1))
            <a href="javascript:alert(1)">h</a> <img src=x onerror=alert(1)> [i][ref]

            [ref]: javascript:alert(1)
            """, "../summaries/same-a.md", in: articles)
        XCTAssertThrowsError(try Dossier.build(Dossier.Paths(content: root.appendingPathComponent("Content"),
                                                             templates: Repo.templates, output: output), logger: log.logger),
                             "an impossible date in an edited summary is an error") { error in
            XCTAssertTrue("\(error)".hasPrefix("summaries/same-a.md:3:"), "\(error)")
        }
        let summary = root.appendingPathComponent("Content/summaries/same-a.md")
        try (try String(contentsOf: summary, encoding: .utf8)).replacingOccurrences(of: "2026-02-30x", with: "2026-02-28")
            .write(to: summary, atomically: true, encoding: .utf8)
        let again = try Dossier.build(Dossier.Paths(content: root.appendingPathComponent("Content"),
                                                    templates: Repo.templates, output: output), logger: log.logger)
        XCTAssertEqual(again.summaries.keptEdited, ["summaries/same-a.md"])
        try assertNoActiveContent(in: output)
        let rebuilt = try snapshot(output)
        XCTAssertEqual(LinkChecker(files: rebuilt).check().problems.map(\.description), [])
        let actorPages = rebuilt.keys.filter { $0.hasPrefix("actors/") }
        XCTAssertTrue(actorPages.allSatisfy { !$0.contains("..") && $0.split(separator: "/").count == 3 || $0 == "actors/index.html" }, "\(actorPages)")
        let edited = String(decoding: rebuilt["articles/same-a/index.html"] ?? Data(), as: UTF8.self)
        XCTAssertTrue(edited.contains("&quot;&gt;&lt;svg onload=alert(1)&gt;"), "the name shows as text")
        // The hostile text is shown as text.
        let page = String(decoding: files["articles/script/index.html"] ?? Data(), as: UTF8.self)
        XCTAssertTrue(page.contains("&lt;script&gt;"), "the script tag must show as text")
        XCTAssertEqual(LinkChecker(files: files).check().problems.map(\.description), [])
    }

    /// Parses every page with a real HTML parser (Python's html.parser) and fails on any
    /// script element, event-handler attribute or script URL.
    func assertNoActiveContent(in site: URL, file: StaticString = #filePath, line: UInt = #line) throws {
        let checker = """
            import html.parser, os, sys
            bad = []
            class P(html.parser.HTMLParser):
                def handle_starttag(self, tag, attrs):
                    if tag in ("script", "iframe", "object", "embed", "svg", "base", "form", "meta") and not (tag == "meta" and all(k in ("charset", "name", "content") for k, _ in attrs)):
                        bad.append(f"{self.page}: <{tag}>")
                    for k, v in attrs:
                        if k.startswith("on"):
                            bad.append(f"{self.page}: {tag} {k}=")
                        if k in ("href", "src", "action", "formaction") and v and v.strip().lower().startswith(("javascript:", "vbscript:", "data:")):
                            bad.append(f"{self.page}: {tag} {k}={v}")
            pages = 0
            for root, _, names in os.walk(sys.argv[1]):
                for n in names:
                    if n.endswith(".html"):
                        p = P(); p.page = os.path.join(root, n); p.feed(open(p.page, encoding="utf-8").read()); pages += 1
            print(pages); print("\\n".join(bad))
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", checker, site.path]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let report = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, "python3 html.parser check did not run", file: file, line: line)
        let lines = report.split(separator: "\n").map(String.init)
        XCTAssertGreaterThan(Int(lines.first ?? "") ?? 0, 10, "the parser must have read the pages", file: file, line: line)
        XCTAssertEqual(Array(lines.dropFirst()), [], file: file, line: line)
    }

    func testBrokenEditedSummaryStopsTheBuildNamingFileAndLine() throws {
        let content = try seedContent(self)
        let output = content.deletingLastPathComponent().appendingPathComponent("Output")
        let paths = Dossier.Paths(content: content, templates: Repo.templates, output: output)
        _ = try Dossier.build(paths, logger: CapturedLog().logger)
        let before = try snapshot(output)
        let summary = content.appendingPathComponent("summaries/000-d41e1c2ab3dfbf84.md")
        let text = try String(contentsOf: summary, encoding: .utf8)
        try text.replacingOccurrences(of: "\ndate: 2025-11-19\n", with: "\ndate: [2025-11-19\n").write(to: summary, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try Dossier.build(paths, logger: CapturedLog().logger)) { error in
            XCTAssertTrue("\(error)".hasPrefix("summaries/000-d41e1c2ab3dfbf84.md:"), "\(error)")
        }
        XCTAssertEqual(try snapshot(output), before, "Output/ must be left exactly as it was")
        XCTAssertTrue(try String(contentsOf: summary, encoding: .utf8).contains("date: [2025-11-19"), "the broken edit is kept")
    }
}
