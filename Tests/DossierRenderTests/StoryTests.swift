import DossierModel
@testable import DossierRender
import DossierSummary
import Mustache
import XCTest

final class StoryTests: XCTestCase {
    func entry(_ slug: String, _ date: String?, _ actors: [String], _ summary: [String], source: String? = nil) -> SiteEntry {
        let body = "## Summary\n\n" + summary.enumerated().map { "\($0.element) [¶\($0.offset + 1)](#p\($0.offset + 1))" }.joined(separator: "\n")
            + "\n\n## Source text\n\n" + summary.joined(separator: "\n\n") + "\n"
        return SiteEntry(slug: slug, document: SummaryDocument(
            title: "Title \(slug)", date: date.flatMap { Day(iso: $0) }, source: source, sourceFile: "articles/\(slug).txt",
            actors: actors, topics: [], places: [], quotes: [], body: body, isEdited: false, checksum: nil))
    }

    let harbour = ["Kazakh President Kassym-Jomart Tokayev met Chinese President Xi Jinping in Astana to discuss the railway corridor.",
                   "Tokayev said freight volumes through the Khorgos crossing doubled this year."]
    let harbourRewritten = ["Chinese President Xi Jinping and Kazakh President Kassym-Jomart Tokayev discussed the railway corridor in Astana.",
                            "Officials expect a new grain terminal near the border by spring."]

    func testVersionsOfOneEventFormAStoryAndOtherEventsDoNot() {
        let entries = [
            entry("a", "2026-03-04", ["Kassym-Jomart Tokayev", "Xi Jinping"], harbour, source: "Kazinform"),
            entry("b", "2026-03-05", ["Xi Jinping", "Kassym-Jomart Tokayev"], harbourRewritten, source: "Xinhua"),
            entry("c", nil, ["Xi Jinping", "Kassym-Jomart Tokayev"], harbour, source: "Blog"),
            // Same people a month later: another event.
            entry("d", "2026-04-10", ["Kassym-Jomart Tokayev", "Xi Jinping"], harbour),
            // Other people, same week and words.
            entry("e", "2026-03-04", ["Shavkat Mirziyoyev", "Xi Jinping"], harbour),
        ]
        let site = SiteIndex(entries: entries, bodies: [:])
        XCTAssertEqual(site.stories.count, 1)
        XCTAssertEqual(site.stories.first.map { $0.entries.map { site.entries[$0].slug } }, ["b", "a", "c"])
        XCTAssertEqual(site.stories.first?.slug, "2026-03-05-kassym-jomart-tokayev-xi-jinping")
        XCTAssertNil(site.storyOf[site.entries.firstIndex { $0.slug == "d" }!])
    }

    func testComparisonSharedAndOnlyHere() {
        let entries = [
            entry("a", "2026-03-04", ["Kassym-Jomart Tokayev", "Xi Jinping"], harbour),
            entry("b", "2026-03-05", ["Xi Jinping", "Kassym-Jomart Tokayev"], harbourRewritten),
        ]
        let site = SiteIndex(entries: entries, bodies: [:])
        let story = try! XCTUnwrap(site.stories.first)
        let comparison = StoryComparison(story: story, entries: site.entries)
        XCTAssertEqual(comparison.shared.map(\.text), [harbourRewritten[0]])
        let b = site.entries.firstIndex { $0.slug == "b" }!
        let a = site.entries.firstIndex { $0.slug == "a" }!
        XCTAssertEqual(comparison.unique[b]?.map(\.text), [harbourRewritten[1]])
        XCTAssertEqual(comparison.unique[a]?.map(\.text), [harbour[1]])
        XCTAssertEqual(comparison.unique[a]?.first?.paragraph, 2)
        XCTAssertEqual(Set(comparison.sharedActors), ["Kassym-Jomart Tokayev", "Xi Jinping"])
    }

    func testTheStoriesIndexIsPaginated() throws {
        var library = MustacheLibrary()
        for name in SiteRenderer.requiredTemplates { library.register(try MustacheTemplate(string: ""), named: name) }
        library.register(try MustacheTemplate(string: "{{#stories}}{{title}};{{/stories}}|{{#pagination}}{{number}}/{{total}}{{/pagination}}"), named: "stories")
        var config = DossierConfig()
        config.pageSize = 1
        let entries = [
            entry("a", "2026-03-04", ["Kassym-Jomart Tokayev", "Xi Jinping"], harbour),
            entry("b", "2026-03-05", ["Xi Jinping", "Kassym-Jomart Tokayev"], harbourRewritten),
            entry("d", "2026-04-10", ["Kassym-Jomart Tokayev", "Xi Jinping"], harbour),
            entry("e", "2026-04-11", ["Kassym-Jomart Tokayev", "Xi Jinping"], harbourRewritten),
        ]
        let pages = Dictionary(uniqueKeysWithValues: try SiteRenderer(templates: library, config: config).render(entries).map { ($0.path, $0.contents ?? "") })
        XCTAssertEqual(pages["stories/index.html"], "Title e;|1/2")
        XCTAssertEqual(pages["stories/page/2/index.html"], "Title b;|2/2")
    }

    func testContentWordsFoldCaseKeepOtherScriptsAndSplitOnDashesAndQuotes() {
        var words: [String] = []
        StoryGrouper.forEachContentWord("Tokayev’s railway—corridor “Astana” Пекин Москва talks 2026") { words.append(String(decoding: $0, as: UTF8.self)) }
        XCTAssertEqual(words, ["tokayev", "railway", "corridor", "astana", "Пекин", "Москва", "talks"])
    }

    func testWordSetOverlapIsJaccardOfDistinctWords() {
        let a = WordSet("Leaders signed energy agreements; energy agreements matter")
        let b = WordSet("Ministers signed energy agreements in Beijing")
        // a: leaders signed energy agreements matter (5) · b: ministers signed energy agreements beijing (5) · shared 3
        XCTAssertEqual(a.jaccard(b), 3.0 / 7.0, accuracy: 1e-12)
        XCTAssertEqual(a.jaccard(a), 1)
        XCTAssertEqual(WordSet("tiny").jaccard(WordSet("")), 0)
        XCTAssertEqual(WordSet("Energy ENERGY energy"), WordSet("energy"))
    }

    func testSummarySentencesReadBackFromMarkdown() {
        XCTAssertEqual(StoryComparison.summarySentences("## Summary\n\nA \\*starred\\* claim. [¶3](#p3)\n_No summary._\n\n## Quotes\n\nx\n").map(\.text),
                       ["A *starred* claim."])
        XCTAssertEqual(StoryComparison.summarySentences("## Summary\n\nA claim. [¶3](#p3)\n").map(\.paragraph), [3])
    }
}
