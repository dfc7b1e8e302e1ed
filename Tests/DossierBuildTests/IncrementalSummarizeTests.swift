@testable import DossierBuild
import DossierModel
import Foundation
import XCTest

/// Rebuilds that take unchanged articles from the summary cache: only what changed is analysed,
/// and summaries, warnings and site are those of a fresh build, whatever state the cache is in.
final class IncrementalSummarizeTests: XCTestCase {
    /// The seed fixture plus an undated article (a warning) and one that is not text (skipped).
    private func content() throws -> URL {
        let content = try seedContent(self)
        let articles = content.appendingPathComponent("articles")
        try Data("Talks resume\n\nDelegations met again to discuss grain exports and visas.\n".utf8)
            .write(to: articles.appendingPathComponent("005_undated.txt"))
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array(repeating: 0, count: 64))
            .write(to: articles.appendingPathComponent("006_picture.txt"))
        return content
    }

    private var articleCount: Int { 7 }

    /// The content folder above and its output folder, built once.
    private func built() throws -> (content: URL, output: URL) {
        let content = try content()
        let output = content.deletingLastPathComponent().appendingPathComponent("Output")
        _ = try build(content, output)
        return (content, output)
    }

    private func build(_ content: URL, _ output: URL, log: CapturedLog = CapturedLog()) throws -> Dossier.BuildResult {
        try Dossier.build(Dossier.Paths(content: content, templates: Repo.templates, output: output), logger: log.logger)
    }

    private func cacheFile(_ content: URL) -> URL {
        content.appendingPathComponent(".dossier-cache/summaries")
    }

    /// A cache file's entries, without the articles' and summaries' `stat`s (taken only once a
    /// file's times have settled, so they depend on when a build ran).
    private func cacheEntries(_ bytes: Data, _ content: URL) throws -> [String: CachedSummary] {
        try XCTUnwrap(SummaryCacheCodec.decode([UInt8](bytes), key: try cacheKey(content))).mapValues { entry in
            var entry = entry
            entry.articleStat = nil
            entry.summaryStat = nil
            return entry
        }
    }

    private func cacheKey(_ content: URL) throws -> String {
        SummaryReuse.key(config: try Dossier.loadConfig(content: content), program: ProgramIdentity.current)
    }

    /// Summaries and site of `content` and `output`, checked against a fresh build of a copy of
    /// `content` without its cache and summaries; the two builds' logs must match too.
    private func assertEqualsFreshBuild(_ content: URL, _ output: URL, log: CapturedLog,
                                        file: StaticString = #filePath, line: UInt = #line) throws {
        let fresh = try temporaryFolder(self)
        let freshContent = fresh.appendingPathComponent("Content")
        try FileManager.default.createDirectory(at: freshContent, withIntermediateDirectories: true)
        for item in ["articles", "dossier.yml"] {
            try FileManager.default.copyItem(at: content.appendingPathComponent(item), to: freshContent.appendingPathComponent(item))
        }
        let freshLog = CapturedLog()
        let result = try build(freshContent, fresh.appendingPathComponent("Output"), log: freshLog)
        XCTAssertEqual(result.summaries.analysed, articleCount, file: file, line: line)
        XCTAssertEqual(try snapshot(content.appendingPathComponent("summaries")), try snapshot(freshContent.appendingPathComponent("summaries")),
                       "summaries", file: file, line: line)
        XCTAssertEqual(try snapshot(output), try snapshot(fresh.appendingPathComponent("Output")), "site", file: file, line: line)
        let reported = { (log: CapturedLog) in log.lines.filter { !$0.hasPrefix("info: built") && !$0.hasPrefix("info: summaries") } }
        XCTAssertEqual(reported(log), reported(freshLog), "warnings", file: file, line: line)
    }

    func testRebuildAnalysesOnlyTheChangedArticleAndEqualsAFreshBuild() throws {
        let content = try content()
        let output = content.deletingLastPathComponent().appendingPathComponent("Output")
        let first = try build(content, output)
        XCTAssertEqual(first.summaries.analysed, articleCount)
        XCTAssertTrue(FileManager.default.fileExists(atPath: cacheFile(content).path))
        XCTAssertTrue(first.summaries.diagnostics.contains { $0.file == "articles/005_undated.txt" && $0.message == "no publication date found" })

        let log = CapturedLog()
        let again = try build(content, output, log: log)
        XCTAssertEqual(again.summaries.analysed, 0, "nothing changed")
        XCTAssertEqual(again.summaries.diagnostics, first.summaries.diagnostics, "the same warnings, from the cache")
        XCTAssertEqual(again.summaries.unchanged, 6)
        try assertEqualsFreshBuild(content, output, log: log)

        let article = content.appendingPathComponent("articles/002_072c4388f386c84d.txt")
        try (try String(contentsOf: article, encoding: .utf8) + "\nThe ministry later added that talks would continue next week.\n")
            .write(to: article, atomically: true, encoding: .utf8)
        let changedLog = CapturedLog()
        let changed = try build(content, output, log: changedLog)
        XCTAssertEqual(changed.summaries.analysed, 1, "only the changed article")
        XCTAssertEqual(changed.summaries.written, ["summaries/002-072c4388f386c84d.md"])
        try assertEqualsFreshBuild(content, output, log: changedLog)
    }

    /// Summaries known by their `stat` stay known so across rebuilds that each change another
    /// article: a summary read because its `stat` could not be trusted yet (written by the build
    /// before) has it recorded again, in a segment of its own, and the entries the rebuilds
    /// append equal a fresh build's.
    func testSummariesStayKnownByTheirStatAcrossRebuilds() throws {
        let content = try content()
        let output = content.deletingLastPathComponent().appendingPathComponent("Output")
        Thread.sleep(forTimeInterval: 0.1)
        _ = try build(content, output)
        let first = ContentFolder(root: content).loadSummaryCache(key: try cacheKey(content)).entries
        XCTAssertEqual(first.count, articleCount)
        XCTAssertEqual(first.filter { $0.value.articleStat == nil }.map(\.key), [], "articles read at once are known by their stat from then on")
        Thread.sleep(forTimeInterval: 0.1)
        _ = try build(content, output)
        let articles = ["001_5d909d00cdc3620e.txt", "002_072c4388f386c84d.txt", "003_16455ab518d79ed0.txt"]
        for (round, name) in articles.enumerated() {
            let article = content.appendingPathComponent("articles/\(name)")
            try (try String(contentsOf: article, encoding: .utf8) + "\nThe ministry later added that talks would continue (\(round)).\n")
                .write(to: article, atomically: true, encoding: .utf8)
            Thread.sleep(forTimeInterval: 0.1)
            XCTAssertEqual(try build(content, output).summaries.analysed, 1)
        }
        Thread.sleep(forTimeInterval: 0.1)
        _ = try build(content, output)
        let loaded = ContentFolder(root: content).loadSummaryCache(key: try cacheKey(content))
        let generated = loaded.entries.filter { $0.value.summary != nil }
        let trusted = generated.filter { name, entry in entry.summaryStat.map { $0.isSettled(at: CacheJournal.written(name, in: loaded)) } ?? false }
        XCTAssertEqual(trusted.count, generated.count, "every summary known by its stat")
        XCTAssertGreaterThan(loaded.stamps.count, 1, "the rebuilds appended to the cache")
        let fresh = try temporaryFolder(self).appendingPathComponent("Content")
        try FileManager.default.createDirectory(at: fresh, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: content.appendingPathComponent("articles"), to: fresh.appendingPathComponent("articles"))
        _ = try build(fresh, fresh.deletingLastPathComponent().appendingPathComponent("Output"))
        XCTAssertEqual(try cacheEntries(Data(contentsOf: cacheFile(content)), content), try cacheEntries(Data(contentsOf: cacheFile(fresh)), fresh))
    }

    /// Rewrites a file in place (same inode) with "Shanghai" replaced by "Istanbul" (the same
    /// size), then puts its modification time back: only its change time tells. Returns the text.
    @discardableResult
    private func rewriteInPlace(_ file: URL) throws -> String {
        var before = stat()
        XCTAssertEqual(stat(file.path, &before), 0)
        let text = try String(contentsOf: file, encoding: .utf8)
        let edited = text.replacingOccurrences(of: "Shanghai", with: "Istanbul")
        XCTAssertNotEqual(edited, text)
        let handle = try FileHandle(forWritingTo: file)
        try handle.write(contentsOf: Data(edited.utf8))
        try handle.close()
        var times = [before.st_atim, before.st_mtim]
        XCTAssertEqual(utimensat(AT_FDCWD, file.path, &times, 0), 0)
        var after = stat()
        XCTAssertEqual(stat(file.path, &after), 0)
        XCTAssertEqual([after.st_size, after.st_mtim.tv_sec, after.st_mtim.tv_nsec], [before.st_size, before.st_mtim.tv_sec, before.st_mtim.tv_nsec])
        return edited
    }

    /// An article is known unchanged by its `stat` without being read; an edit that keeps its
    /// size and puts its modification time back is still seen (its change time moved).
    func testAnArticleRewrittenWithTheSameSizeAndTimesIsAnalysedAgain() throws {
        let content = try content()
        let output = content.deletingLastPathComponent().appendingPathComponent("Output")
        Thread.sleep(forTimeInterval: 0.1) // the articles' times settle (FileStat.isSettled)
        _ = try build(content, output)
        XCTAssertEqual(try build(content, output).summaries.analysed, 0)
        try rewriteInPlace(content.appendingPathComponent("articles/002_072c4388f386c84d.txt"))
        let log = CapturedLog()
        XCTAssertEqual(try build(content, output, log: log).summaries.analysed, 1)
        XCTAssertTrue(try String(contentsOf: content.appendingPathComponent("summaries/002-072c4388f386c84d.md"), encoding: .utf8).contains("Istanbul"))
        try assertEqualsFreshBuild(content, output, log: log)
    }

    /// A summary known unchanged by its `stat` is not read; an analyst's edit that keeps its
    /// size and puts its modification time back is still seen, kept and published.
    func testASummaryEditedWithTheSameSizeAndTimesIsKeptAndPublished() throws {
        let content = try content()
        let output = content.deletingLastPathComponent().appendingPathComponent("Output")
        _ = try build(content, output)
        Thread.sleep(forTimeInterval: 0.1) // the summaries' times settle (FileStat.isSettled)
        _ = try build(content, output) // reads the summaries once more and keeps their `stat`s
        XCTAssertEqual(try build(content, output).summaries.unchanged, 6)
        let summary = content.appendingPathComponent("summaries/002-072c4388f386c84d.md")
        let edited = try rewriteInPlace(summary)
        let result = try build(content, output)
        XCTAssertEqual(result.summaries.keptEdited, ["summaries/002-072c4388f386c84d.md"])
        XCTAssertEqual(try String(contentsOf: summary, encoding: .utf8), edited, "the edit is kept")
        let page = String(decoding: try XCTUnwrap(try snapshot(output)["articles/002-072c4388f386c84d/index.html"]), as: UTF8.self)
        XCTAssertTrue(page.contains("Istanbul"), "and published")
    }

    func testDamagedOrForeignCacheIsIgnored() throws {
        let (content, output) = try built()
        let cache = try Data(contentsOf: cacheFile(content))
        let damaged: [Data] = [Data(), Data("garbage".utf8), cache.prefix(cache.count / 2),
                               Data(cache.map { $0 == UInt8(ascii: "a") ? UInt8(ascii: "b") : $0 })]
        for bytes in damaged {
            try bytes.write(to: cacheFile(content))
            let log = CapturedLog()
            let result = try build(content, output, log: log)
            XCTAssertEqual(result.summaries.analysed, articleCount, "a cache that cannot be read is not used")
            try assertEqualsFreshBuild(content, output, log: log)
            XCTAssertEqual(try cacheEntries(Data(contentsOf: cacheFile(content)), content), try cacheEntries(cache, content), "and is written anew")
        }
        // Bytes after the sound segments (an append cut short): the sound part is used, and
        // the next write of the cache is a whole file again.
        try (cache + Data([1, 0, 0])).write(to: cacheFile(content))
        let cutLog = CapturedLog()
        XCTAssertEqual(try build(content, output, log: cutLog).summaries.analysed, 0)
        try assertEqualsFreshBuild(content, output, log: cutLog)
        let article = content.appendingPathComponent("articles/002_072c4388f386c84d.txt")
        try (try String(contentsOf: article, encoding: .utf8) + "\nThe ministry later added that talks would continue.\n")
            .write(to: article, atomically: true, encoding: .utf8)
        XCTAssertEqual(try build(content, output).summaries.analysed, 1)
        let rewritten = SummaryCacheCodec.journal(key: try cacheKey(content)).read([UInt8](try Data(contentsOf: cacheFile(content))))
        XCTAssertTrue(rewritten.isWhole, "the cut part is gone: the file was written whole since")
        XCTAssertNotNil(rewritten.entries["002_072c4388f386c84d.txt"])
        // A folder where the cache file should be: the build goes on without a cache.
        try FileManager.default.removeItem(at: cacheFile(content))
        try FileManager.default.createDirectory(at: cacheFile(content), withIntermediateDirectories: true)
        let log = CapturedLog()
        XCTAssertEqual(try build(content, output, log: log).summaries.analysed, articleCount)
        try assertEqualsFreshBuild(content, output, log: log)
    }

    func testConfigChangeAnalysesEverything() throws {
        let (content, output) = try built()
        let config = content.appendingPathComponent("dossier.yml")
        let text = try String(contentsOf: config, encoding: .utf8)
        try (text + "\n# a comment changes nothing the analysis sees\n").write(to: config, atomically: true, encoding: .utf8)
        XCTAssertEqual(try build(content, output).summaries.analysed, 0)
        try text.replacingOccurrences(of: "aliases: [Putin,", with: "aliases: [Vova, Putin,").write(to: config, atomically: true, encoding: .utf8)
        let log = CapturedLog()
        XCTAssertEqual(try build(content, output, log: log).summaries.analysed, articleCount)
        try assertEqualsFreshBuild(content, output, log: log)
    }

    func testMissingSummaryIsWrittenAgain() throws {
        let (content, output) = try built()
        let summary = content.appendingPathComponent("summaries/003-16455ab518d79ed0.md")
        let before = try Data(contentsOf: summary)
        try FileManager.default.removeItem(at: summary)
        let log = CapturedLog()
        let result = try build(content, output, log: log)
        XCTAssertEqual(result.summaries.analysed, 1)
        XCTAssertEqual(result.summaries.written, ["summaries/003-16455ab518d79ed0.md"])
        XCTAssertEqual(try Data(contentsOf: summary), before)
        try assertEqualsFreshBuild(content, output, log: log)
    }

    func testEditedSummaryIsKeptAndTheUpdateGoesBesideItWhenTheArticleChanges() throws {
        let (content, output) = try built()
        let summary = content.appendingPathComponent("summaries/001-5d909d00cdc3620e.md")
        let edited = try String(contentsOf: summary, encoding: .utf8)
            .replacingOccurrences(of: "## Summary\n\n", with: "## Summary\n\nAnalyst note: check the transcript.\n")
        try Data(edited.utf8).write(to: summary)

        let kept = try build(content, output)
        XCTAssertEqual(kept.summaries.keptEdited, ["summaries/001-5d909d00cdc3620e.md"])
        XCTAssertEqual(kept.summaries.updatesBeside, [])
        XCTAssertEqual(kept.summaries.analysed, 1, "an edited summary is checked against a fresh analysis")
        XCTAssertEqual(try String(contentsOf: summary, encoding: .utf8), edited)
        XCTAssertTrue(String(decoding: try snapshot(output)["articles/001-5d909d00cdc3620e/index.html"]!, as: UTF8.self)
            .contains("Analyst note: check the transcript."))

        let article = content.appendingPathComponent("articles/001_5d909d00cdc3620e.txt")
        try (try String(contentsOf: article, encoding: .utf8) + "\n\nA paragraph added later by the wire service.\n")
            .write(to: article, atomically: true, encoding: .utf8)
        let log = CapturedLog()
        let updated = try build(content, output, log: log)
        XCTAssertEqual(try String(contentsOf: summary, encoding: .utf8), edited, "the edit is never overwritten")
        XCTAssertEqual(updated.summaries.updatesBeside, ["summaries/001-5d909d00cdc3620e.md.new"])
        XCTAssertTrue(try String(contentsOf: summary.appendingPathExtension("new"), encoding: .utf8)
            .contains("A paragraph added later by the wire service."))
        XCTAssertTrue(log.lines.contains { $0.contains("edited by hand and kept") })
        XCTAssertEqual(try build(content, output).summaries.updatesBeside, ["summaries/001-5d909d00cdc3620e.md.new"], "on every build")
    }

    /// An article that cannot be read has no cache entry, and that is no change: a build where
    /// nothing changed does not write the cache again.
    func testAnUnreadableArticleDoesNotMakeEveryBuildRewriteTheCache() throws {
        let content = try content()
        let output = content.deletingLastPathComponent().appendingPathComponent("Output")
        try FileManager.default.createDirectory(at: content.appendingPathComponent("articles/007_folder.txt"), withIntermediateDirectories: true)
        let first = try build(content, output)
        XCTAssertTrue(first.summaries.diagnostics.contains { $0.file == "articles/007_folder.txt" && $0.message.hasPrefix("cannot be read") })
        Thread.sleep(forTimeInterval: 0.1) // the files' times settle: the next build records their `stat`s
        _ = try build(content, output)
        let written = try XCTUnwrap(FileStat(atPath: cacheFile(content).path))
        XCTAssertEqual(try build(content, output).summaries.analysed, 0)
        XCTAssertEqual(FileStat(atPath: cacheFile(content).path), written, "nothing changed: the cache is not written again")
    }

    func testDeletedArticleLeavesTheCache() throws {
        let (content, output) = try built()
        let full = try Data(contentsOf: cacheFile(content))
        let article = content.appendingPathComponent("articles/003_16455ab518d79ed0.txt")
        let bytes = try Data(contentsOf: article)
        try FileManager.default.removeItem(at: article)
        let removed = try build(content, output)
        XCTAssertEqual(removed.summaries.analysed, 0)
        XCTAssertEqual(removed.summaries.removed, ["summaries/003-16455ab518d79ed0.md"])
        let dropped = try Data(contentsOf: cacheFile(content))
        XCTAssertNil(try cacheEntries(dropped, content)["003_16455ab518d79ed0.txt"], "its entry is dropped")
        XCTAssertEqual(dropped.prefix(full.count), full, "by a segment appended to the file")

        try bytes.write(to: article)
        let log = CapturedLog()
        XCTAssertEqual(try build(content, output, log: log).summaries.analysed, 1, "back: analysed like a new article")
        // The same entries (an article's `stat` is another once it is written again).
        XCTAssertEqual(try cacheEntries(Data(contentsOf: cacheFile(content)), content), try cacheEntries(full, content))
        try assertEqualsFreshBuild(content, output, log: log)
    }

    func testCacheIsNotPublishedAndSurvivesTheOutputSwap() throws {
        let (content, output) = try built()
        let cache = try Data(contentsOf: cacheFile(content))
        XCTAssertFalse(try snapshot(output).keys.contains { $0.contains("cache") })
        try FileManager.default.removeItem(at: output)
        XCTAssertEqual(try build(content, output).summaries.analysed, 0, "the cache lives with the content")
        XCTAssertEqual(try cacheEntries(Data(contentsOf: cacheFile(content)), content), try cacheEntries(cache, content), "nothing changed")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: cacheFile(content).deletingLastPathComponent().path).sorted(),
                       [".gitignore", "bodies", "summaries", "templates"], "no temporary files left")
    }
}
