@testable import DossierBuild
import DossierModel
@testable import DossierRender
import DossierSummary
import XCTest

/// The body cache: its bytes round-trip and refuse damage, a cached outline stands for the
/// rendered body it came from, and a site built from cached outlines is a fresh build's.
final class BodyCacheTests: XCTestCase {
    private let outlines: [FileStamp: BodyCache.Entry] = [
        FileStamp(size: 10, hash: 0xFFFF_0000_1234_5678): BodyCache.Entry(outline: BodyOutline(
            headings: [.init(title: "Summary", id: "summary"), .init(title: "“Source” text ¶", id: "source-text")],
            lede: "Li Qiang met Vladimir Putin — 😀.", fingerprint: 0xDEAD_BEEF_0000_0001),
            words: WordSet(hashes: [1, 0x0102_0304_0506_0708, .max])),
        FileStamp(size: 0, hash: 1): BodyCache.Entry(outline: BodyOutline(headings: [], lede: nil, fingerprint: 0), words: WordSet(hashes: [])),
    ]

    func testRoundTripAndRefusals() {
        let bytes = BodyCache.encode(key: "k", entries: outlines)
        XCTAssertEqual(BodyCache.decode(bytes, key: "k"), outlines)
        XCTAssertNil(BodyCache.decode(bytes, key: "k2"))
        XCTAssertNil(BodyCache.decode(SummaryCacheCodec.encode(key: "k", entries: []), key: "k"), "another cache's file")
        for length in 0..<bytes.count { XCTAssertNil(BodyCache.decode(Array(bytes[..<length]), key: "k"), "cut at \(length)") }
        for i in bytes.indices {
            var damaged = bytes
            damaged[i] ^= 0x20
            XCTAssertNil(BodyCache.decode(damaged, key: "k"), "byte \(i) changed")
        }
    }

    func testChangesAreTheBodiesRenderedNowAndThoseGone() {
        let (old, kept) = (FileStamp(size: 10, hash: 0xFFFF_0000_1234_5678), FileStamp(size: 0, hash: 1))
        let new = FileStamp(size: 5, hash: 5)
        var keep = outlines
        keep[old] = nil
        keep[new] = outlines[kept]
        let changes = BodyCache.changes(from: outlines, to: keep)
        XCTAssertEqual(changes.changed.map(\.key), [new])
        XCTAssertEqual(changes.removed, [old])
        XCTAssertTrue(BodyCache.changes(from: outlines, to: outlines).isEmpty)
    }

    func testCachedOutlinesStandForTheRenderedBodies() throws {
        let golden = Repo.root.appendingPathComponent("Tests/DossierBuildTests/Golden")
        let entries = try FileManager.default.contentsOfDirectory(atPath: golden.path).sorted().map { name in
            SiteEntry(slug: name, document: try SummaryReader.read(String(contentsOf: golden.appendingPathComponent(name), encoding: .utf8), file: name))
        }
        let first = BodyCache.bodies(of: entries, cached: [:])
        XCTAssertEqual(first.kept.entries.count, entries.count)
        // The second time every outline comes from the cache, and a stale entry is dropped.
        let stale = FileStamp(size: 3, hash: 3)
        let second = BodyCache.bodies(of: entries, cached: first.kept.entries.merging([stale: BodyCache.Entry(outline: BodyOutline(headings: [], lede: nil, fingerprint: 9),
                                                                                                   words: WordSet(hashes: [9]))]) { a, _ in a })
        XCTAssertEqual(second.kept.entries, first.kept.entries)
        // What tells the build to write the cache again: a body not in it, or an entry no body has.
        XCTAssertFalse(first.kept.wereCached(count: 0), "rendered now")
        XCTAssertFalse(second.kept.wereCached(count: entries.count + 1), "the stale entry is to go")
        XCTAssertTrue(second.kept.wereCached(count: entries.count), "exactly these bodies")
        let twice = BodyCache.bodies(of: entries + [entries[0]].map { var copy = $0; copy.slug += "-copy"; return copy }, cached: first.kept.entries)
        XCTAssertTrue(twice.kept.wereCached(count: entries.count), "two articles with one body: one entry")
        for entry in entries {
            let rendered = Markdown.render(entry.document.body)
            XCTAssertEqual(second.bodies[entry.slug]?.outline, rendered.outline, entry.slug)
            XCTAssertEqual(first.bodies[entry.slug]?.outline, rendered.outline, entry.slug)
            XCTAssertEqual(second.bodies[entry.slug]?.words, StoryGrouper.wordSet(entry.document.body), entry.slug)
            XCTAssertEqual(first.bodies[entry.slug]?.words, StoryGrouper.wordSet(entry.document.body), entry.slug)
        }
        // Another Markdown is rendered, not taken from the cache.
        var edited = entries[0]
        edited.document.body += "\nOne more line.\n"
        let third = BodyCache.bodies(of: [edited], cached: first.kept.entries)
        XCTAssertEqual(third.bodies[edited.slug]?.outline, Markdown.render(edited.document.body).outline)
        XCTAssertEqual(third.bodies[edited.slug]?.words, StoryGrouper.wordSet(edited.document.body))
        // The words kept are the body's when it was made, whatever the plan does with the body after.
        for body in second.bodies.values { body.forgetWords() }
        XCTAssertEqual(second.kept.entries, first.kept.entries)
    }

    /// A fresh build holds no summary's text once summarize is done, and no body's HTML before
    /// its pages, nor after them; its pages are those of bodies rendered from texts in memory.
    func testAFreshBuildHoldsNeitherTextsNorHTMLOutsideTheirPages() throws {
        let content = try seedContent(self)
        let config = try Dossier.loadConfig(content: content)
        let spill = BodySpill(folder: ContentFolder(root: content).scratch)
        let summaries = try SummarizeStep.run(content: content, config: config, program: "test", spill: spill)
        XCTAssertGreaterThan(summaries.entries.count, 2)
        XCTAssertEqual(Set(summaries.bodies.keys), Set(summaries.entries.map(\.slug)), "every generated body rendered")
        for entry in summaries.entries {
            XCTAssertFalse(entry.markdown.holdsText, entry.slug)
            XCTAssertEqual(entry.document.body, "", entry.slug)
        }
        let (bodies, _) = Dossier.siteBodies(summaries.entries, cached: [:], rendered: summaries.bodies, spill: spill) { _ in }
        XCTAssertEqual(bodies.count, summaries.entries.count)
        XCTAssertTrue(bodies.values.allSatisfy { !$0.holdsHTML }, "no body's HTML before its pages")
        let renderer = try SiteRenderer(templates: TemplateSet.parse(TemplateStep.read(Repo.templates), folder: "Templates"), config: config)
        let pages = renderer.render(summaries.entries, bodies: bodies)
        XCTAssertTrue(bodies.values.allSatisfy { !$0.holdsHTML }, "nor after them")
        XCTAssertFalse(summaries.entries.contains { $0.markdown.holdsText })
        let inMemory = try summaries.entries.map { entry in
            let file = content.appendingPathComponent("summaries/\(entry.slug).md")
            return SiteEntry(slug: entry.slug, document: try SummaryReader.read(String(contentsOf: file, encoding: .utf8), file: file.path))
        }
        XCTAssertEqual(pages, renderer.render(inMemory))
    }

    func testASiteRenderedFromCachedOutlinesIsAFreshBuild() throws {
        let content = try seedContent(self)
        let root = content.deletingLastPathComponent()
        let build = { (content: URL, output: URL) in
            try Dossier.build(Dossier.Paths(content: content, templates: Repo.templates, output: output), logger: CapturedLog().logger)
        }
        _ = try build(content, root.appendingPathComponent("First"))
        XCTAssertTrue(FileManager.default.fileExists(atPath: content.appendingPathComponent(".dossier-cache/bodies").path))
        // A new output folder: every page is rendered, every body from its cached outline.
        _ = try build(content, root.appendingPathComponent("Second"))
        let fresh = try seedContent(self)
        _ = try build(fresh, fresh.deletingLastPathComponent().appendingPathComponent("Fresh"))
        let expected = try snapshot(fresh.deletingLastPathComponent().appendingPathComponent("Fresh"))
        XCTAssertEqual(try snapshot(root.appendingPathComponent("Second")), expected)
        XCTAssertEqual(try snapshot(root.appendingPathComponent("First")), expected)
    }
}
