import DossierBuild
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest

/// Builds the seed fixture with the project's real templates and checks the whole site.
final class EndToEndTests: XCTestCase {
    private func build(_ content: URL, output: URL, log: CapturedLog = CapturedLog()) throws -> Dossier.BuildResult {
        try Dossier.build(Dossier.Paths(content: content, templates: Repo.templates, output: output), logger: log.logger)
    }

    func testSeedSiteHasEveryPageAndEveryLinkResolves() throws {
        let content = try seedContent(self)
        let output = content.deletingLastPathComponent().appendingPathComponent("Output")
        _ = try build(content, output: output)
        let files = try snapshot(output)

        for page in ["index.html", "stories/index.html", "actors/index.html", "topics/index.html", "dates/index.html", "print/index.html",
                     "feed.xml", "sitemap.xml", "404.html", "assets/style.css", "assets/print.css", ".dossier-output", ".dossier-manifest"] {
            XCTAssertNotNil(files[page], "missing \(page)")
        }
        let articles = files.keys.filter { $0.hasPrefix("articles/") && $0.hasSuffix("/index.html") }
        XCTAssertEqual(articles.count, 5, "one page per seed article")

        // The seeds' facts: who, what, when.
        for actor in ["vladimir-putin", "li-qiang", "xi-jinping", "mikhail-mishustin"] {
            XCTAssertNotNil(files["actors/\(actor)/index.html"], "no page for actor \(actor)")
        }
        for topic in ["sco", "visas", "trade", "energy"] {
            XCTAssertNotNil(files["topics/\(topic)/index.html"], "no page for topic \(topic)")
        }
        for day in ["2025-11-19", "2025-11-04"] {
            XCTAssertNotNil(files["dates/\(day)/index.html"], "no page for day \(day)")
        }
        let actorsIndex = String(decoding: files["actors/index.html"] ?? Data(), as: UTF8.self)
        for name in ["Vladimir Putin", "Li Qiang", "Xi Jinping", "Mikhail Mishustin"] {
            XCTAssertTrue(actorsIndex.contains(">\(name)</a>"), "actors index does not list \(name)")
        }
        let liPutin = String(decoding: files["articles/001-5d909d00cdc3620e/index.html"] ?? Data(), as: UTF8.self)
        XCTAssertTrue(liPutin.contains("Event <time datetime=\"2025-11-18\">"), "the meeting's day, apart from the publication day")
        let xiDay = String(decoding: files["dates/2025-11-04/index.html"] ?? Data(), as: UTF8.self)
        XCTAssertTrue(xiDay.contains("Mishustin"), "the 2025-11-04 page should list the Xi–Mishustin article")

        // The four versions of the Li Qiang–Putin meeting are one story; the front page leads with it.
        let story = String(decoding: files["stories/2025-11-19-li-qiang-vladimir-putin/index.html"] ?? Data(), as: UTF8.self)
        XCTAssertEqual(story.components(separatedBy: "<article class=\"card\">").count - 1, 4, "four versions")
        XCTAssertFalse(story.contains("Mishustin"), "the Xi–Mishustin article is another story")
        let front = String(decoding: files["index.html"] ?? Data(), as: UTF8.self)
        XCTAssertTrue(front.contains("stories/2025-11-19-li-qiang-vladimir-putin/index.html"))

        // Every internal link and anchor resolves; none is absolute.
        let result = LinkChecker(files: files).check()
        XCTAssertEqual(result.problems.map(\.description), [])
        XCTAssertGreaterThan(result.links, 200, "the checker should have seen the site's links")

        // The print document holds every article, each starting on its own anchor.
        let print = String(decoding: files["print/index.html"] ?? Data(), as: UTF8.self)
        XCTAssertEqual(print.components(separatedBy: "class=\"print-article\"").count - 1, 5)

        // The feed and the sitemap are well-formed XML.
        for xml in ["feed.xml", "sitemap.xml"] {
            XCTAssertTrue(XMLParser(data: files[xml] ?? Data()).parse(), "\(xml) is not well-formed")
        }
    }

    func testPaginatedPagesAndPrintVolumesLinkBothWaysAndResolve() throws {
        let content = try seedContent(self)
        let config = content.appendingPathComponent("dossier.yml")
        try (try String(contentsOf: config, encoding: .utf8) + "\npage_size: 2\nprint_volume_size: 2\n").write(to: config, atomically: true, encoding: .utf8)
        let output = content.deletingLastPathComponent().appendingPathComponent("Output")
        _ = try build(content, output: output)
        let files = try snapshot(output)
        // 4 articles, 2 a page: the newest two on the first page, then each month's, undated last.
        for path in ["actors/vladimir-putin/index.html", "actors/vladimir-putin/2025-11/index.html", "actors/vladimir-putin/undated/index.html",
                     "topics/sco/2025-11/index.html", "topics/sco/undated/index.html"] { XCTAssertNotNil(files[path], path) }
        XCTAssertNil(files["actors/vladimir-putin/page/2/index.html"], "no pages by number: they would all shift as articles arrive")
        // 5 articles, at most 2 a volume: a volume for each month, in parts (where `StableParts`
        // cuts them), listed by print/index.html.
        let november = ["print/2025-11/index.html"] + (2...3).map { "print/2025-11/\($0)/index.html" }.filter { files[$0] != nil }
        let volumes = november + ["print/undated/index.html"]
        let articlesInPrint = (["print/index.html"] + volumes).map {
            String(decoding: files[$0] ?? Data(), as: UTF8.self).components(separatedBy: "class=\"print-article\"").count - 1
        }
        XCTAssertEqual(articlesInPrint.first, 0, "the contents show no article")
        XCTAssertEqual(articlesInPrint.dropFirst().prefix(november.count).reduce(0, +), 3, "November's three, once each")
        XCTAssertGreaterThan(november.count, 1, "in parts")
        XCTAssertEqual(articlesInPrint.last, 2, "the undated two")
        XCTAssertFalse(articlesInPrint.dropFirst().contains { $0 > 2 || $0 == 0 }, "\(articlesInPrint)")
        XCTAssertNil(files["print/2025-11/4/index.html"])
        let contents = String(decoding: files["print/index.html"] ?? Data(), as: UTF8.self)
        for volume in volumes { XCTAssertTrue(contents.contains("href=\"../\(volume)\""), "the contents link \(volume)") }
        let month = String(decoding: files["actors/vladimir-putin/2025-11/index.html"] ?? Data(), as: UTF8.self)
        XCTAssertTrue(month.contains("href=\"../../../actors/vladimir-putin/index.html\""), "a month links back to the first page")
        XCTAssertTrue(month.contains("href=\"../../../actors/vladimir-putin/undated/index.html\""), "and to the next period")
        let first = String(decoding: files["actors/vladimir-putin/index.html"] ?? Data(), as: UTF8.self)
        XCTAssertTrue(first.contains("href=\"../../actors/vladimir-putin/2025-11/index.html\""), "the first page links every month")
        XCTAssertEqual(LinkChecker(files: files).check().problems.map(\.description), [])
    }

    func testBuildIsDeterministic() throws {
        let content = try seedContent(self)
        let output = content.deletingLastPathComponent().appendingPathComponent("Output")
        _ = try build(content, output: output)
        let first = try snapshot(output)
        let summaries = try snapshot(content.appendingPathComponent("summaries"))
        _ = try build(content, output: output)
        XCTAssertEqual(try snapshot(output), first, "a second build of the same input must give identical files")
        XCTAssertEqual(try snapshot(content.appendingPathComponent("summaries")), summaries)
    }

    func testRebuildWritesOnlyChangedPagesAndEqualsAFullBuild() throws {
        let content = try seedContent(self)
        let output = content.deletingLastPathComponent().appendingPathComponent("Output")
        let first = try build(content, output: output)
        XCTAssertEqual(first.unchanged, 0)
        XCTAssertEqual(first.written, first.pages)
        let again = try build(content, output: output)
        XCTAssertEqual(again.written, 0, "nothing changed: every page is kept from the previous build")
        XCTAssertEqual(again.unchanged, again.pages)

        // One article changes: its page and the pages that list it are written, the rest kept.
        let article = content.appendingPathComponent("articles/004_12cee81f5b097e12.txt")
        try (try String(contentsOf: article, encoding: .utf8)).replacingOccurrences(of: "aviation", with: "shipbuilding")
            .write(to: article, atomically: true, encoding: .utf8)
        let changed = try build(content, output: output)
        XCTAssertGreaterThan(changed.written, 0)
        XCTAssertLessThan(changed.written, changed.pages / 2, "only the pages that show the changed article")
        let incremental = try snapshot(output)

        // A template change renders every page that uses it again.
        let templates = content.deletingLastPathComponent().appendingPathComponent("Templates")
        try FileManager.default.copyItem(at: Repo.templates, to: templates)
        let paths = Dossier.Paths(content: content, templates: templates, output: output)
        _ = try Dossier.build(paths, logger: CapturedLog().logger)
        let articleTemplate = templates.appendingPathComponent("article.mustache")
        try (try String(contentsOf: articleTemplate, encoding: .utf8) + "\n<!-- restyled -->\n").write(to: articleTemplate, atomically: true, encoding: .utf8)
        let restyled = try Dossier.build(paths, logger: CapturedLog().logger)
        XCTAssertGreaterThanOrEqual(restyled.written, 5, "the five article pages")
        XCTAssertTrue(String(decoding: try snapshot(output)["articles/001-5d909d00cdc3620e/index.html"] ?? Data(), as: UTF8.self)
            .contains("<!-- restyled -->"))
        _ = try Dossier.build(Dossier.Paths(content: content, templates: Repo.templates, output: output), logger: CapturedLog().logger)

        // The same content built from scratch gives the same bytes.
        let fresh = content.deletingLastPathComponent().appendingPathComponent("Fresh")
        _ = try build(content, output: fresh)
        XCTAssertEqual(try snapshot(fresh), incremental)
    }

    func testStalePagesDisappearAndNothingOutsideOutputIsTouched() throws {
        let content = try seedContent(self)
        let parent = content.deletingLastPathComponent()
        let output = parent.appendingPathComponent("Output")
        let bystander = parent.appendingPathComponent("notes.txt")
        try Data("mine".utf8).write(to: bystander)
        _ = try build(content, output: output)
        XCTAssertNotNil(try snapshot(output)["articles/004-12cee81f5b097e12/index.html"])

        try FileManager.default.removeItem(at: content.appendingPathComponent("articles/004_12cee81f5b097e12.txt"))
        let log = CapturedLog()
        let result = try build(content, output: output, log: log)
        let files = try snapshot(output)
        XCTAssertNil(files["articles/004-12cee81f5b097e12/index.html"], "the deleted article's page must go")
        XCTAssertNil(files["dates/2025-11-04/index.html"], "a day with no articles left must go")
        XCTAssertFalse(FileManager.default.fileExists(atPath: output.appendingPathComponent("articles/004-12cee81f5b097e12").path),
                       "and its folder")
        XCTAssertEqual(result.summaries.removed, ["summaries/004-12cee81f5b097e12.md"])
        XCTAssertEqual(try String(contentsOf: bystander, encoding: .utf8), "mine")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: parent.path).filter { $0.hasPrefix(".Output") }
        XCTAssertEqual(leftovers, [], "no staging folders may be left behind")
    }

    func testAnEditedSummaryWhoseArticleIsGoneIsKeptUnpublished() throws {
        let content = try seedContent(self)
        let output = content.deletingLastPathComponent().appendingPathComponent("Output")
        _ = try build(content, output: output)
        let summary = content.appendingPathComponent("summaries/004-12cee81f5b097e12.md")
        let edited = try String(contentsOf: summary, encoding: .utf8).replacingOccurrences(of: "## Summary\n\n", with: "## Summary\n\nAnalyst note.\n")
        try Data(edited.utf8).write(to: summary)
        try FileManager.default.removeItem(at: content.appendingPathComponent("articles/004_12cee81f5b097e12.txt"))
        let result = try build(content, output: output)
        XCTAssertEqual(try String(contentsOf: summary, encoding: .utf8), edited, "an analyst's edit is never lost")
        XCTAssertEqual(result.summaries.removed, [])
        XCTAssertTrue(result.summaries.diagnostics.contains { $0.file == "summaries/004-12cee81f5b097e12.md" && $0.message.contains("its article is gone") })
        XCTAssertNil(try snapshot(output)["articles/004-12cee81f5b097e12/index.html"], "not published")
    }

    func testAnalystEditSurvivesRebuildAndIsPublished() throws {
        let content = try seedContent(self)
        let output = content.deletingLastPathComponent().appendingPathComponent("Output")
        _ = try build(content, output: output)
        let summary = content.appendingPathComponent("summaries/001-5d909d00cdc3620e.md")
        var text = try String(contentsOf: summary, encoding: .utf8)
        text = text.replacingOccurrences(of: "## Summary\n\n", with: "## Summary\n\nAnalyst note: check the Kremlin transcript.\n")
        try Data(text.utf8).write(to: summary)

        let result = try build(content, output: output)
        XCTAssertEqual(try String(contentsOf: summary, encoding: .utf8), text, "the edit must not be overwritten")
        XCTAssertEqual(result.summaries.keptEdited, ["summaries/001-5d909d00cdc3620e.md"])
        XCTAssertEqual(result.summaries.updatesBeside, [], "unchanged input: nothing to put beside the edit")
        let page = String(decoding: try snapshot(output)["articles/001-5d909d00cdc3620e/index.html"]!, as: UTF8.self)
        XCTAssertTrue(page.contains("Analyst note: check the Kremlin transcript."))
        XCTAssertTrue(page.contains("edited"), "the page marks the summary as edited")

        // The article changes: the edit still wins, the new version goes beside it.
        let article = content.appendingPathComponent("articles/001_5d909d00cdc3620e.txt")
        try (try String(contentsOf: article, encoding: .utf8) + "\n\nA paragraph added later by the wire service.\n")
            .write(to: article, atomically: true, encoding: .utf8)
        let again = try build(content, output: output)
        XCTAssertEqual(try String(contentsOf: summary, encoding: .utf8), text)
        XCTAssertEqual(again.summaries.updatesBeside, ["summaries/001-5d909d00cdc3620e.md.new"])
        XCTAssertTrue(FileManager.default.fileExists(atPath: summary.path + ".new"))
    }

    func testBrokenConfigStopsTheBuildAndLeavesOutputAlone() throws {
        let content = try seedContent(self)
        let output = content.deletingLastPathComponent().appendingPathComponent("Output")
        _ = try build(content, output: output)
        let before = try snapshot(output)
        try Data("title: [unclosed\n".utf8).write(to: content.appendingPathComponent("dossier.yml"))
        XCTAssertThrowsError(try build(content, output: output)) { error in
            let text = "\(error)"
            XCTAssertTrue(text.contains("dossier.yml:"), text)
            XCTAssertTrue(text.contains("[config]"), text)
        }
        XCTAssertEqual(try snapshot(output), before)
    }

    func testRefusesToReplaceAFolderItDidNotCreate() throws {
        let content = try seedContent(self)
        let output = content.deletingLastPathComponent().appendingPathComponent("Precious")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try Data("thesis".utf8).write(to: output.appendingPathComponent("chapter1.txt"))
        XCTAssertThrowsError(try build(content, output: output)) { error in
            XCTAssertTrue("\(error)".contains("refusing"), "\(error)")
        }
        XCTAssertEqual(try snapshot(output), ["chapter1.txt": Data("thesis".utf8)])
    }
}
