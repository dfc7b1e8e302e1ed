@testable import DossierBuild
import DossierModel
import DossierSummary
import XCTest

/// The decision to publish an article from the summary cache, on values.
final class SummaryReuseTests: XCTestCase {
    private let brief = Brief(sourceFile: "articles/a.txt", title: "Talks in Moscow", date: Day(iso: "2025-03-02"),
                              actors: ["Vladimir Putin"], quotes: [Quote(speaker: nil, text: "We agreed.", paragraph: 1)],
                              body: [Block(.paragraph, "The talks lasted two hours. “We agreed.”")],
                              diagnostics: [.warning("articles/a.txt", "quote without a known speaker in paragraph 1")])
    private let article = FileStamp(Array("The talks lasted two hours.".utf8))

    private var markdown: String { SummaryWriter.markdown(for: brief) }

    /// What summarize caches after analysing `brief`'s article.
    private var cached: CachedSummary {
        var document = SummaryDocument(brief: brief, generated: SummaryWriter.generated(for: brief))
        document.body = ""
        return CachedSummary(article: article, summaryStat: summaryStat,
                             summary: .init(stamp: FileStamp(markdown.utf8), document: document,
                                            body: FileStamp(SummaryDocument.body(ofGenerated: markdown).utf8)),
                             diagnostics: brief.diagnostics)
    }

    func testUnchangedArticleAndSummaryGiveTheFreshDocumentAndWarnings() {
        let decision = SummaryReuse.decide(cached: cached, article: article, summaryFile: Array(markdown.utf8))
        XCTAssertEqual(decision, .unchanged(SummaryDocument(brief: brief, generated: SummaryWriter.generated(for: brief)), brief.diagnostics))
    }

    /// The summary file's `stat` when the cache last read it.
    private let summaryStat = FileStat(device: 1, inode: 2, size: 300, modified: 4, changed: 5)

    func testASummaryWhoseStatIsTheCachedOneIsNotRead() {
        var read = false
        let decision = SummaryReuse.decide(cached: cached, article: article, summaryStat: summaryStat, summaryFile: { read = true; return nil }())
        var document = SummaryDocument(brief: brief, generated: SummaryWriter.generated(for: brief))
        let body = FileStamp(document.body.utf8)
        document.body = ""
        XCTAssertEqual(decision, .unchangedUnread(document, body: body, brief.diagnostics))
        XCTAssertFalse(read)
        var touched = summaryStat
        touched.changed += 1
        XCTAssertEqual(SummaryReuse.decide(cached: cached, article: article, summaryStat: touched, summaryFile: Array(markdown.utf8)),
                       .unchanged(SummaryDocument(brief: brief, generated: SummaryWriter.generated(for: brief)), brief.diagnostics), "another stat: read and checked")
        XCTAssertEqual(SummaryReuse.decide(cached: cached, article: article, summaryStat: nil, summaryFile: nil), .analyse, "gone")
        // A `stat` taken within a tick of the cache's writing does not tell: the file is read.
        XCTAssertEqual(SummaryReuse.decide(cached: cached, article: article, summaryStat: summaryStat, cacheWritten: summaryStat.changed + 1_000,
                                           summaryFile: Array(markdown.utf8)),
                       .unchanged(SummaryDocument(brief: brief, generated: SummaryWriter.generated(for: brief)), brief.diagnostics))
        XCTAssertEqual(SummaryReuse.decide(cached: cached, article: article, summaryStat: summaryStat, cacheWritten: summaryStat.changed + 60_000_000,
                                           summaryFile: nil),
                       .unchangedUnread(document, body: body, brief.diagnostics), "a tick older: it tells")
    }

    func testNoCacheOrAChangedArticleIsAnalysed() {
        XCTAssertEqual(SummaryReuse.decide(cached: nil, article: article, summaryFile: Array(markdown.utf8)), .analyse)
        let appended = FileStamp(Array("The talks lasted two hours. More later.".utf8))
        XCTAssertEqual(SummaryReuse.decide(cached: cached, article: appended, summaryFile: Array(markdown.utf8)), .analyse)
        let sameSizeOtherBytes = FileStamp(Array("The talks lasted two hourS.".utf8))
        XCTAssertEqual(sameSizeOtherBytes.size, article.size)
        XCTAssertEqual(SummaryReuse.decide(cached: cached, article: sameSizeOtherBytes, summaryFile: Array(markdown.utf8)), .analyse)
    }

    func testChangedArticleDoesNotReadItsSummary() {
        var read = false
        let other = FileStamp(Array("Another text.".utf8))
        _ = SummaryReuse.decide(cached: cached, article: other, summaryFile: { read = true; return nil }())
        XCTAssertFalse(read)
    }

    func testMissingSummaryIsAnalysedToWriteItAgain() {
        XCTAssertEqual(SummaryReuse.decide(cached: cached, article: article, summaryFile: nil), .analyse)
    }

    func testEditedSummaryIsAnalysedSoThePlanCanKeepIt() {
        let edited = markdown.replacingOccurrences(of: "two hours", with: "three hours")
        XCTAssertEqual(SummaryReuse.decide(cached: cached, article: article, summaryFile: Array(edited.utf8)), .analyse)
        let oneByte = markdown.replacingOccurrences(of: "two hours", with: "two hourS")
        XCTAssertEqual(SummaryReuse.decide(cached: cached, article: article, summaryFile: Array(oneByte.utf8)), .analyse)
        XCTAssertEqual(SummaryReuse.decide(cached: cached, article: article, summaryFile: Array((markdown + "\n").utf8)), .analyse)
    }

    func testArticleWithoutTextIsSkippedAgainWithItsWarnings() {
        let warnings = [Diagnostic.warning("articles/a.txt", "no text could be read, skipped")]
        let skipped = CachedSummary(article: article, summary: nil, diagnostics: warnings)
        XCTAssertEqual(SummaryReuse.decide(cached: skipped, article: article, summaryFile: nil), .skipped(warnings))
    }

    func testKeyChangesWithTheConfigurationAndTheProgram() {
        let builtIn = SummaryReuse.key(config: .builtIn, program: "abc")
        XCTAssertEqual(builtIn, SummaryReuse.key(config: .builtIn, program: "abc"))
        XCTAssertNotEqual(builtIn, SummaryReuse.key(config: .builtIn, program: "abd"))
        var config = DossierConfig.builtIn
        config.actors[0].aliases.append("The Boss")
        XCTAssertNotEqual(builtIn, SummaryReuse.key(config: config, program: "abc"))
        config = .builtIn
        config.topics[0].keywords.append("tariff")
        XCTAssertNotEqual(builtIn, SummaryReuse.key(config: config, program: "abc"))
        config = .builtIn
        config.language = "de"
        XCTAssertNotEqual(builtIn, SummaryReuse.key(config: config, program: "abc"))
    }

    func testBodyOfAGeneratedSummaryIsWhatTheReaderReads() throws {
        var tricky = brief
        tricky.title = "---"
        tricky.body = [Block(.paragraph, "---"), Block(.subhead, "--- ---"), Block(.paragraph, "\n---\n")]
        for brief in [brief, tricky] {
            let markdown = SummaryWriter.markdown(for: brief)
            XCTAssertEqual(SummaryDocument.body(ofGenerated: markdown), try SummaryReader.read(markdown, file: "s.md").body)
        }
        XCTAssertEqual(SummaryDocument.body(ofGenerated: ""), "")
        XCTAssertEqual(SummaryDocument.body(ofGenerated: "\nno front matter"), "no front matter")
    }

    func testStampIsSizeAndWordwiseChecksum() {
        for text in ["", "a", "twenty bytes of text", "«non-ASCII» text"] {
            let bytes = Array(text.utf8)
            let expected = FileStamp(size: bytes.count, hash: bytes.withUnsafeBytes { Checksum.wordwise($0) })
            XCTAssertEqual(FileStamp(bytes), expected, text)
            XCTAssertEqual(FileStamp(text.utf8), expected, "the same through a view of the text: \(text)")
        }
        XCTAssertNotEqual(FileStamp(Array("a".utf8)).hash, FileStamp(Array("b".utf8)).hash)
    }
}

/// When a file's `stat` may stand for its bytes.
final class FileStatTests: XCTestCase {
    let second = 1_000_000_000

    func testAStatIsTrustedOnlyOnceItsTimesAreATickOld() {
        let fine = FileStat(device: 1, inode: 2, size: 3, modified: 100 * second + 5, changed: 100 * second + 7)
        XCTAssertTrue(fine.isSettled(at: 100 * second + 60_000_000))
        XCTAssertFalse(fine.isSettled(at: 100 * second + 40_000_000), "changed within 50 ms of being looked at")
        let coarse = FileStat(device: 1, inode: 2, size: 3, modified: 100 * second, changed: 100 * second)
        XCTAssertFalse(coarse.isSettled(at: 100 * second + 600_000_000), "whole-second times: a second's wait")
        XCTAssertTrue(coarse.isSettled(at: 101 * second + 1))
        let changedLater = FileStat(device: 1, inode: 2, size: 3, modified: 10 * second + 5, changed: 100 * second + 7)
        XCTAssertFalse(changedLater.isSettled(at: 100 * second + 40_000_000), "the later of the two times counts")
    }

    func testAStatNamesTheFileItsSizeAndItsTimes() throws {
        let file = try temporaryFolder(self).appendingPathComponent("a.txt")
        try Data("abc".utf8).write(to: file)
        let first = try XCTUnwrap(FileStat(atPath: file.path))
        XCTAssertEqual(first.size, 3)
        XCTAssertEqual(FileStat(atPath: file.path), first)
        try Data("abd".utf8).write(to: file, options: .atomic) // another inode
        XCTAssertNotEqual(FileStat(atPath: file.path), first)
        XCTAssertNil(FileStat(atPath: file.path + ".missing"))
    }
}
