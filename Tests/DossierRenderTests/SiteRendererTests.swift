import DossierModel
@testable import DossierRender
import DossierSummary
import Mustache
import XCTest

/// The site renderer with tiny templates that print what they are given.
final class SiteRendererTests: XCTestCase {
    func document(_ title: String, _ date: String?, actors: [String], topics: [String], quotes: [Quote] = []) -> SummaryDocument {
        SummaryDocument(title: title, date: date.flatMap { Day(iso: $0) }, source: nil, sourceFile: "articles/\(title).txt",
                        actors: actors, topics: topics, places: [], quotes: quotes,
                        body: "## Summary\n\nLead of \(title). [¶1](#p1)\n\n## Source text\n\nLead of \(title).\n",
                        isEdited: false, checksum: nil)
    }

    func library() throws -> MustacheLibrary {
        let list = "{{#articles}}{{{html}}};{{/articles}}"
        var templates: [String: String] = [
            "index": "{{#latest}}{{title}};{{/latest}}|{{#topics}}{{name}}={{count}};{{/topics}}|{{#actors}}{{name}}={{url}};{{/actors}}",
            "article": "{{#article}}{{title}}|{{date}}|{{#actors}}{{name}}>{{url}};{{/actors}}{{/article}}|{{#older}}{{title}}{{/older}}",
            "actors": "{{#terms}}{{name}}={{count}};{{/terms}}",
            "actor": "{{#actor}}{{name}}{{/actor}}|\(list)|{{#quotes}}{{text}}>{{url}};{{/quotes}}",
            "topics": "{{#terms}}{{name}};{{/terms}}", "topic": list,
            "dates": "{{#months}}{{name}}:{{#days}}{{iso}}={{count}};{{/days}}{{/months}}", "date": list,
            "print": "{{#articles}}{{anchor}};{{/articles}}", "404": "{{root}}",
            "stories": "{{#stories}}{{title}}={{count}};{{/stories}}",
            "story": "{{#versions}}{{slug}}:{{#only_here}}{{text}}|{{/only_here}};{{/versions}}/{{#shared}}{{text}}>{{url}};{{/shared}}",
            "feed.xml": "{{#entries}}{{id}};{{/entries}}", "sitemap.xml": "{{#urls}}{{loc}};{{/urls}}",
        ]
        templates["partials/card"] = "{{title}}@{{root}}{{url}}"
        var library = MustacheLibrary()
        for (name, text) in templates { try library.register(text, named: name) }
        return library
    }

    func render(_ entries: [SiteEntry], config: DossierConfig = DossierConfig()) throws -> [String: String] {
        let files = try SiteRenderer(templates: library(), config: config).render(entries)
        return Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.contents ?? "<kept>") })
    }

    func testEveryPageOfTheURLScheme() throws {
        let pages = try render([
            SiteEntry(slug: "b", document: document("Beta", "2026-03-02", actors: ["Wang Yi"], topics: ["trade"])),
            SiteEntry(slug: "a", document: document("Alpha", "2026-03-05", actors: ["Wang Yi", "Sergey Lavrov"], topics: ["SCO", "trade"],
                                                    quotes: [Quote(speaker: "Sergey Lavrov", text: "We agree", paragraph: 1)])),
            SiteEntry(slug: "c", document: document("Gamma", nil, actors: [], topics: [])),
        ])
        XCTAssertEqual(Set(pages.keys), [
            "index.html", "articles/a/index.html", "articles/b/index.html", "articles/c/index.html",
            "actors/index.html", "actors/wang-yi/index.html", "actors/sergey-lavrov/index.html",
            "topics/index.html", "topics/trade/index.html", "topics/sco/index.html",
            "dates/index.html", "dates/2026-03-05/index.html", "dates/2026-03-02/index.html", "dates/undated/index.html",
            "print/index.html", "404.html", "feed.xml", "sitemap.xml", "stories/index.html",
        ])
        XCTAssertEqual(pages["index.html"], "Alpha;Beta;Gamma;|trade=2;SCO=1;|Wang Yi=actors/wang-yi/index.html;Sergey Lavrov=actors/sergey-lavrov/index.html;")
        XCTAssertEqual(pages["articles/a/index.html"], "Alpha|2026-03-05|Wang Yi>actors/wang-yi/index.html;Sergey Lavrov>actors/sergey-lavrov/index.html;|Beta")
        XCTAssertEqual(pages["actors/sergey-lavrov/index.html"], "Sergey Lavrov|Alpha@../../articles/a/index.html;|We agree>articles/a/index.html#p1;")
        XCTAssertEqual(pages["dates/index.html"], "March 2026:2026-03-05=1;2026-03-02=1;")
        XCTAssertEqual(pages["actors/index.html"], "Sergey Lavrov=1;Wang Yi=2;")
        XCTAssertEqual(pages["print/index.html"], "a-a;a-b;a-c;")
        XCTAssertEqual(pages["feed.xml"], "urn:dossier:article:a;urn:dossier:article:b;urn:dossier:article:c;")
        XCTAssertFalse(pages["sitemap.xml"]!.contains("404.html"), "the sitemap lists pages, not the error page")
        XCTAssertTrue(pages["sitemap.xml"]!.contains("articles/c/index.html;"))
    }

    func testNamesThatFoldToOneSlugGetDistinctPages() throws {
        let pages = try render([
            SiteEntry(slug: "a", document: document("A", "2026-01-01", actors: ["Mahmoud Abbas", "Mahmoud ABBAS", "Mahmoud Abbás"], topics: [])),
        ])
        let actorPages = pages.keys.filter { $0.hasPrefix("actors/") && $0 != "actors/index.html" }.sorted()
        XCTAssertEqual(actorPages, ["actors/mahmoud-abbas-2/index.html", "actors/mahmoud-abbas-3/index.html", "actors/mahmoud-abbas/index.html"])
    }

    func testBaseURLMakesFeedAndSitemapAbsolute() throws {
        var config = DossierConfig()
        config.baseURL = "https://example.org/desk"
        let pages = try render([SiteEntry(slug: "a", document: document("A", "2026-01-01", actors: [], topics: []))], config: config)
        XCTAssertEqual(pages["feed.xml"], "https://example.org/desk/articles/a/index.html;")
        XCTAssertTrue(pages["sitemap.xml"]!.contains("https://example.org/desk/index.html;"))
        XCTAssertEqual(pages["404.html"], "https://example.org/desk/")
    }

    /// Pages are rendered with each print volume right after the article page of its last entry
    /// (so bodies let their HTML go early), every page once, and handed back in plan order.
    func testPrintVolumesAreRenderedRightAfterTheirArticles() throws {
        let dates = ["2025-11-04", "2025-11-03", "2025-11-02", "2025-11-01", "2025-10-31", "2025-10-30", nil]
        let entries = dates.enumerated().map { SiteEntry(slug: "e\($0)", document: document("E\($0)", $1, actors: ["A"], topics: ["trade"])) }
        let config = DossierConfig(printVolumeSize: 3)
        let plan = try SiteRenderer(templates: library(), config: config).plan(entries)
        XCTAssertEqual(plan.order.sorted(), Array(plan.jobs.indices), "every page once")
        let planned = plan.jobs.map(\.value.path)
        let paths = plan.order.map { planned[$0] }
        let articles = paths.enumerated().filter { $0.element.hasPrefix("articles/") }.map(\.offset)
        XCTAssertEqual(articles.count, 7)
        // November's four articles in parts of at most three, where `StableParts` cuts them.
        let november = StableParts.split(count: 4, size: 3) { StableParts.identity(of: "e\($0)") }
        XCTAssertEqual(november.count, 2)
        var volumes = november.enumerated().map { k, part in (k == 0 ? "print/2025-11/index.html" : "print/2025-11/\(k + 1)/index.html", part.last!) }
        volumes += [("print/2025-10/index.html", 5), ("print/undated/index.html", 6)]
        for (volume, last) in volumes {
            XCTAssertEqual(paths.firstIndex(of: volume), articles[last] + 1, volume)
        }
        XCTAssertEqual(paths.filter { $0.hasPrefix("print/") }.count, 5, "four volumes and their contents")
        let rendered = SiteRenderer(unchecked: try library(), config: config).render(plan) { $0.path }
        XCTAssertEqual(rendered, planned, "results in plan order")
        let empty = try SiteRenderer(templates: library(), config: config).plan([])
        XCTAssertEqual(empty.order.sorted(), Array(empty.jobs.indices))
    }

    func testMissingTemplateIsReported() {
        XCTAssertThrowsError(try SiteRenderer(templates: MustacheLibrary(), config: DossierConfig())) { error in
            XCTAssertTrue("\(error)".contains("article.mustache"))
        }
    }

    func testOrderDoesNotDependOnInputOrder() throws {
        let entries = [
            SiteEntry(slug: "x", document: document("Same day B", "2026-01-01", actors: [], topics: [])),
            SiteEntry(slug: "y", document: document("Same day A", "2026-01-01", actors: [], topics: [])),
        ]
        XCTAssertEqual(try render(entries), try render(entries.reversed()))
    }
}

/// Long lists of an actor, topic or day are split into pages.
extension SiteRendererTests {
    func testLongListsAreSplitByMonthWithLinksBothWays() throws {
        let base = self
        var library = try base.library()
        try library.register("{{#articles}}{{{html}}};{{/articles}}|{{#pagination}}{{number}}/{{total}} prev={{prev_url}} next={{next_url}}{{/pagination}}|{{#quotes}}{{text}};{{/quotes}}{{quotes_more}}|{{page_title}}|{{#archive}}{{#periods}}{{name}} {{count}}>{{url}},{{/periods}}{{/archive}}|{{#period}}{{#part}}{{number}} of {{total}}: {{/part}}{{count_label}} newer={{#newer}}{{name}}>{{url}}{{/newer}} older={{#older}}{{name}}>{{url}}{{/older}} all={{all_url}}{{/period}}",
                             named: "actor")
        var config = DossierConfig()
        config.pageSize = 2
        let dates = ["2025-12-31", "2026-01-01", "2026-01-02", "2026-01-03", nil]
        let entries = dates.enumerated().map { n, date in
            SiteEntry(slug: "a\(n + 1)", document: base.document("T\(n + 1)", date, actors: ["Wang Yi"], topics: [],
                                                                quotes: [Quote(speaker: "Wang Yi", text: "Q\(n + 1)", paragraph: 1)]))
        }
        let files = SiteRenderer(unchecked: library, config: config).render(entries)
        let pages = Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.contents ?? "<kept>") })
        let actor = "actors/wang-yi/"
        XCTAssertEqual(pages[actor + "index.html"],
                       "T4@../../articles/a4/index.html;T3@../../articles/a3/index.html;||Q4;Q3;3|Wang Yi|January 2026 3>\(actor)2026-01/index.html,December 2025 1>\(actor)2025-12/index.html,Undated 1>\(actor)undated/index.html,|")
        XCTAssertEqual(pages[actor + "2026-01/index.html"],
                       "T4@../../../articles/a4/index.html;T3@../../../articles/a3/index.html;|1/2 prev= next=\(actor)2026-01/2/index.html||Wang Yi — January 2026||3 articles newer= older=December 2025>\(actor)2025-12/index.html all=\(actor)index.html")
        XCTAssertEqual(pages[actor + "2026-01/2/index.html"],
                       "T2@../../../../articles/a2/index.html;|2/2 prev=\(actor)2026-01/index.html next=||Wang Yi — January 2026, part 2||2 of 2: 1 article newer= older=December 2025>\(actor)2025-12/index.html all=\(actor)index.html")
        XCTAssertEqual(pages[actor + "2025-12/index.html"],
                       "T1@../../../articles/a1/index.html;|||Wang Yi — December 2025||1 article newer=January 2026>\(actor)2026-01/index.html older=Undated>\(actor)undated/index.html all=\(actor)index.html")
        XCTAssertEqual(pages[actor + "undated/index.html"]?.hasPrefix("T5@../../../articles/a5/index.html;|||Wang Yi — Undated||1 article newer=December 2025>"), true)
        XCTAssertEqual(pages.keys.filter { $0.hasPrefix(actor) }.count, 5)
        // A list that fits on one page is not split.
        config.pageSize = 5
        let short = SiteRenderer(unchecked: library, config: config).render(entries).map(\.path).filter { $0.hasPrefix(actor) }
        XCTAssertEqual(short, [actor + "index.html"])
    }

    func testPeriodsAreMonthsNewestFirstThenTheUndatedEachInListOrder() {
        let days = [Day(iso: "2025-11-04"), nil, Day(iso: "2024-11-30"), Day(iso: "2025-11-01"), Day(iso: "2025-01-31"), nil, Day(iso: "2024-11-01")]
        let periods = ListPeriod.months(count: days.count) { days[$0] }
        XCTAssertEqual(periods.map(\.key), ["2025-11", "2025-01", "2024-11", "undated"])
        XCTAssertEqual(periods.map(\.name), ["November 2025", "January 2025", "November 2024", "Undated"])
        XCTAssertEqual(periods.map(\.positions), [[0, 3], [4], [2, 6], [1, 5]])
        // A month's parts are `StableParts`' cut of its positions, by the items' identities.
        let month = ListPeriod(key: "k", name: "n", positions: [2, 3, 5, 7, 11, 13, 17])
        let identity = { (position: Int) in StableParts.identity(of: "e\(position)") }
        let parts = month.parts(of: 3, identity: identity)
        XCTAssertEqual(parts.flatMap { $0 }, month.positions)
        XCTAssertEqual(parts.map(Array.init), StableParts.split(count: 7, size: 3) { identity(month.positions[$0]) }.map { Array(month.positions[$0]) })
        XCTAssertEqual(month.parts(of: 7, identity: identity).map(Array.init), [month.positions], "a month that fits is one part")
        XCTAssertEqual(ListPeriod.months(count: 0) { _ in nil }, [])
    }

    /// An article added to a long list, at any date, changes its months' pages and the lists'
    /// first pages; every other month's page, and every other print volume, stays as it was
    /// (with pages of a fixed size, newest first, all the later ones would shift).
    func testAnAddedArticleChangesOnlyThePagesOfItsMonth() throws {
        let (library, _) = try ShippedSite.templates()
        var config = DossierConfig()
        config.pageSize = 3
        config.printVolumeSize = 4
        let days = ["2026-03-02", "2026-03-09", "2026-03-16", "2026-02-02", "2026-02-09", "2026-02-16", "2026-02-23",
                    "2026-01-05", "2026-01-12", "2026-01-19", "2025-12-08", "2025-12-15"]
        let entries = days.enumerated().map { n, day in
            SiteEntry(slug: "e\(n)", document: document("Event \(n)", day, actors: ["Wang Yi", n % 2 == 0 ? "Li Qiang" : "Xi Jinping"], topics: ["trade"]))
        }
        let added = SiteEntry(slug: "new", document: document("Late-filed report", "2026-02-11", actors: ["Wang Yi"], topics: ["trade"]))
        let renderer = try SiteRenderer(templates: library, config: config)
        let before = Dictionary(uniqueKeysWithValues: renderer.render(entries).map { ($0.path, $0.contents ?? "") })
        let after = Dictionary(uniqueKeysWithValues: renderer.render(entries + [added]).map { ($0.path, $0.contents ?? "") })
        let changed = Set(after.keys.filter { after[$0] != before[$0] })
        for list in ["actors/wang-yi/", "topics/trade/"] {
            XCTAssertTrue(changed.contains(list + "index.html"), list)
            XCTAssertTrue(changed.contains(list + "2026-02/index.html"), list)
            for month in ["2026-03", "2026-01", "2025-12"] {
                XCTAssertNotNil(after[list + month + "/index.html"])
                XCTAssertFalse(changed.contains(list + month + "/index.html"), list + month)
            }
        }
        XCTAssertFalse(changed.contains { $0.hasPrefix("actors/li-qiang/") || $0.hasPrefix("actors/xi-jinping/") }, "actors it does not name")
        XCTAssertTrue(changed.contains("print/2026-02/index.html"))
        // January's volume links the one before it, now February's second part.
        for volume in ["print/2026-03/index.html", "print/2025-12/index.html"] {
            XCTAssertNotNil(after[volume])
            XCTAssertFalse(changed.contains(volume), volume)
        }
        let expected: Set = ["articles/new/index.html", "articles/e4/index.html", "articles/e5/index.html", "dates/2026-02-11/index.html",
                             "dates/2026-02-09/index.html", "dates/2026-02-16/index.html", "dates/index.html", "index.html", "feed.xml",
                             "sitemap.xml", "print/index.html", "print/2026-02/index.html", "print/2026-02/2/index.html",
                             "print/2026-01/index.html", "actors/index.html", "topics/index.html"]
        XCTAssertEqual(changed.subtracting(expected).filter { !$0.hasPrefix("actors/wang-yi/") && !$0.hasPrefix("topics/trade/") }, [])
    }

    /// An article filed among many of one period (here the undated, in title order) changes the
    /// page of each list it lands in, not every page after it (`StableParts`): the undated
    /// dates, an actor's and a topic's undated months and the print edition's undated volume.
    func testAnArticleFiledMidListChangesThePageItLandsInNotTheRest() throws {
        let (library, _) = try ShippedSite.templates()
        var config = DossierConfig()
        config.pageSize = 4
        config.printVolumeSize = 4
        let entries = (0..<60).map { n in
            SiteEntry(slug: "u\(n)", document: document("Report \(1000 + n)", nil, actors: ["Wang Yi"], topics: ["trade"]))
        }
        let added = SiteEntry(slug: "late", document: document("Report 1020, later", nil, actors: ["Wang Yi"], topics: ["trade"]))
        let renderer = try SiteRenderer(templates: library, config: config)
        let before = Dictionary(uniqueKeysWithValues: renderer.render(entries).map { ($0.path, $0.contents ?? "") })
        let after = Dictionary(uniqueKeysWithValues: renderer.render(entries + [added]).map { ($0.path, $0.contents ?? "") })
        let changed = Set(after.keys.filter { after[$0] != before[$0] })
        for (list, pages) in [("dates/undated/", 1), ("print/undated/", 1), ("actors/wang-yi/undated/", 2), ("topics/trade/undated/", 2)] {
            let all = after.keys.filter { $0.hasPrefix(list) }
            XCTAssertGreaterThan(all.count, 8, list)
            // The actors' and topics' first part also gives the period's count.
            XCTAssertLessThanOrEqual(changed.filter { $0.hasPrefix(list) }.count, pages, "\(list): \(changed.filter { $0.hasPrefix(list) }.sorted())")
        }
    }

    func testPagersOfLongListsLinkTheEndsAndTheNeighbourhoodWithGaps() {
        func numbers(_ k: Int, of total: Int) -> String {
            let pages = plain(PageValue.map(SiteRenderer.pagination(k, of: total, path: { "p\($0 + 1)" })).mustache)["pages"] as! [[String: Any]]
            return pages.map { $0["gap"] != nil ? "…" : ($0["current"] as! Bool ? "[\($0["number"]!)]" : "\($0["number"]!)") }.joined(separator: " ")
        }
        XCTAssertEqual(numbers(0, of: 3), "[1] 2 3")
        XCTAssertEqual(numbers(0, of: 1000), "[1] 2 3 … 1000")
        XCTAssertEqual(numbers(499, of: 1000), "1 … 498 499 [500] 501 502 … 1000")
        XCTAssertEqual(numbers(3, of: 7), "1 2 3 [4] 5 6 7")
        XCTAssertEqual(numbers(999, of: 1000), "1 … 998 999 [1000]")
        let last = SiteRenderer.pagination(999, of: 1000, path: { "p\($0 + 1)" })
        XCTAssertEqual(last[.prevURL]?.text, "p999")
        XCTAssertNil(last[.nextURL])
    }
}

/// Pages whose values did not change are not rendered again.
extension SiteRendererTests {
    func testUnchangedPagesAreNotRenderedAgain() throws {
        let renderer = try SiteRenderer(templates: library(), config: DossierConfig())
        let entries = [
            SiteEntry(slug: "a", document: document("Alpha", "2026-03-05", actors: ["Wang Yi"], topics: ["trade"])),
            SiteEntry(slug: "b", document: document("Beta", "2026-01-02", actors: ["Sergey Lavrov"], topics: ["SCO"])),
        ]
        let first = renderer.render(entries)
        let previous = Dictionary(uniqueKeysWithValues: first.map { ($0.path, $0.fingerprint) })
        XCTAssertTrue(renderer.render(entries, previous: previous).allSatisfy { $0.contents == nil })

        var changed = entries
        changed[1].document.title = "Beta, revised"
        let again = renderer.render(changed, previous: previous)
        let rendered = Set(again.filter { $0.contents != nil }.map(\.path))
        XCTAssertTrue(rendered.isSuperset(of: ["articles/b/index.html", "actors/sergey-lavrov/index.html", "topics/sco/index.html",
                                               "dates/2026-01-02/index.html", "index.html", "articles/a/index.html"]),
                      "the article, its lists, the front page and its neighbour (which names it) are rendered again")
        XCTAssertFalse(rendered.contains("actors/wang-yi/index.html"), "a list that does not show it is kept")
        XCTAssertFalse(rendered.contains("topics/trade/index.html"))
    }
}

/// Page fingerprints see every value, whatever the order of dictionary keys.
extension SiteRendererTests {
    func fingerprint(_ value: [String: PageValue]) -> UInt64 {
        var f = Fingerprint()
        PageValue.map(value).fingerprint(into: &f)
        return f.value
    }

    func testFingerprintsIgnoreKeyOrderAndSeeEveryChange() {
        var a: [String: PageValue] = [:]
        for (k, v) in [("title", "T"), ("url", "u"), ("root", "../")] { a[k] = .text(v) }
        var b: [String: PageValue] = [:]
        for (k, v) in [("root", "../"), ("title", "T"), ("url", "u")] { b[k] = .text(v) }
        XCTAssertEqual(fingerprint(a), fingerprint(b))
        XCTAssertNotEqual(fingerprint(a), fingerprint(a.merging(["title": "T2"]) { $1 }))
        XCTAssertNotEqual(fingerprint(["x": ["y": "1"]]), fingerprint(["x": "1", "y": [:]]))
        XCTAssertNotEqual(fingerprint(["a": "1", "b": "2"]), fingerprint(["a": "2", "b": "1"]))
        XCTAssertNotEqual(fingerprint(["list": ["a", "b"]]), fingerprint(["list": ["b", "a"]]))
        XCTAssertNotEqual(fingerprint(["n": 1]), fingerprint(["n": "1"]))
        XCTAssertNotEqual(fingerprint(["f": true]), fingerprint(["f": false]))
    }
}

/// A sitemap holds at most 50,000 URLs; a larger site gets numbered sitemaps and an index.
extension SiteRendererTests {
    func testLargeSitesGetASitemapIndex() throws {
        var config = DossierConfig()
        config.baseURL = "https://example.org/dossier"
        let ctx = PageContext(site: SiteIndex(entries: [], bodies: [:]), config: config)
        let paths = ["index.html", "404.html", "a/index.html", "b/index.html", "c/index.html", "feed.xml"]
        XCTAssertEqual(FeedValues.sitemaps(ctx, paths: paths, limit: 4).map(\.path), ["sitemap.xml"])
        let split = FeedValues.sitemaps(ctx, paths: paths, limit: 2)
        XCTAssertEqual(split.map(\.path), ["sitemap-1.xml", "sitemap-2.xml", "sitemap.xml"])
        let locs = { (v: PageMap, key: String) in
            (plain(PageValue.map(v).mustache)[key] as? [[String: Any]])?.compactMap { $0["loc"] as? String }
        }
        XCTAssertEqual(Set(split.map(\.key)).count, 3, "each sitemap's key is its own")
        XCTAssertEqual(locs(split[0].values(), "urls"), ["https://example.org/dossier/a/index.html", "https://example.org/dossier/b/index.html"])
        XCTAssertEqual(locs(split[1].values(), "urls"), ["https://example.org/dossier/c/index.html", "https://example.org/dossier/index.html"])
        XCTAssertEqual(plain(PageValue.map(split[2].values()).mustache)["index"] as? Bool, true)
        XCTAssertEqual(locs(split[2].values(), "sitemaps"), ["https://example.org/dossier/sitemap-1.xml", "https://example.org/dossier/sitemap-2.xml"])
    }
}

/// Template values as plain Swift values, for checking them in tests.
func plain(_ value: Any) -> [String: Any] { value as? [String: Any] ?? [:] }

/// A page kept from the previous build (its fingerprint, or its key, unchanged) is byte for
/// byte the page a fresh render gives, whatever changed elsewhere.
/// Pages kept from the previous build (same fingerprint or key) are what a fresh render gives.
/// Each mutation changes one input of a page's values and must change the output of the keyed
/// page kinds it names: a key that missed the input would keep such a page, and its old bytes
/// would differ from the fresh render's.
final class KeptPagesTests: XCTestCase {
    func testKeptPagesAreWhatAFreshRenderGives() throws {
        let (library, _) = try ShippedSite.templates()
        // An actor of one article quoted more often than a page shows (the page size bounds quotes).
        let solo = SiteEntry(slug: "solo", document: SummaryDocument(
            title: "Solo", date: Day(iso: "2021-01-01"), source: nil, sourceFile: "articles/solo.txt", actors: ["Ana Solo"], topics: [],
            places: [], quotes: (1...3).map { Quote(speaker: "Ana Solo", text: "Words \($0).", paragraph: $0) },
            body: "## Summary\n\nSolo.\n", isEdited: false, checksum: nil))
        let base = try ShippedSite.entries() + [solo]
        var config = DossierConfig()
        config.pageSize = 2
        config.printVolumeSize = 4
        config.actors = [.init(name: "Li Qiang", role: "Premier")]
        let before = SiteRenderer(unchecked: library, config: config).render(base)
        XCTAssertTrue(before.contains { $0.path.hasPrefix("stories/") && $0.path != "stories/index.html" }, "the site has stories")
        let previous = Dictionary(uniqueKeysWithValues: before.map { ($0.path, $0.fingerprint) })
        let old = Dictionary(uniqueKeysWithValues: before.map { ($0.path, $0.bytes!) })
        let site = SiteIndex(entries: base, bodies: [:])
        XCTAssertEqual(site.stories.max { $0.entries.count < $1.entries.count }.map { site.entries[$0.entries[0]].slug }, base[5].slug,
                       "entry 5 is the newest version of the largest story")

        func edited(_ i: Int, _ change: (inout SummaryDocument) -> Void) -> [SiteEntry] {
            var entries = base
            change(&entries[i].document)
            return entries
        }
        func configured(_ change: (inout DossierConfig) -> Void) -> DossierConfig {
            var changed = config
            change(&changed)
            return changed
        }
        // A name elsewhere whose slug comes first takes the slug of a term the articles name.
        let elsewhere = { (actors: [String], topics: [String]) in
            SiteEntry(slug: "zz", document: SummaryDocument(
                title: "Elsewhere", date: Day(iso: "2020-01-01"), source: nil, sourceFile: "articles/zz.txt",
                actors: actors, topics: topics, places: [], quotes: [], body: "## Summary\n\nElsewhere.\n",
                isEdited: false, checksum: nil))
        }
        var renamed = base
        renamed[3].slug += "-renamed"
        // What changes, the entries and config after it, and the keyed page kinds it must change.
        let mutations: [(String, [SiteEntry], DossierConfig, Set<String>)] = [
            ("a version's summary", edited(2) { $0.body = $0.body.replacingOccurrences(of: "## Key points", with: "A new claim about grain.\n\n## Key points") },
             config, ["story"]),
            ("a version's title", edited(2) { $0.title += " (updated)" }, config, ["article", "story", "actors", "topics", "dates", "print"]),
            // Entry 5 is the newest version of the story that holds most of the others.
            ("the newest version's title", edited(5) { $0.title += " (updated)" }, config, ["article", "story"]),
            ("the newest version's lede", edited(5) { $0.body = $0.body.replacingOccurrences(of: "## Summary\n\n", with: "## Summary\n\nFirst, a new line. ") },
             config, ["article", "story"]),
            ("a version's outlet", edited(0) { $0.source = "Wire" }, config, ["article", "story", "actors", "print"]),
            ("a version's date", edited(0) { $0.date = $0.date.map { Day(ordinal: $0.ordinal - 1) } }, config, ["article", "story", "dates", "print"]),
            // Another month: its actors' and topics' month pages (and print volumes) change on both sides.
            ("a version's month", edited(0) { $0.date = $0.date.map { Day(ordinal: $0.ordinal - 40) } }, config,
             ["article", "dates", "print", "actors", "topics"]),
            ("a version's actors", edited(2) { $0.actors = Array($0.actors.dropLast()) }, config, ["article", "story", "actors", "print"]),
            ("a version's topics", edited(2) { $0.topics.append("Energy") }, config, ["article", "story", "topics", "print"]),
            ("an event date", edited(0) { $0.eventDate = Day(iso: "2020-02-02") }, config, ["article"]),
            ("the edited flag", edited(0) { $0.isEdited.toggle() }, config, ["article", "actors", "print"]),
            ("a lede", edited(0) { $0.body = $0.body.replacingOccurrences(of: "Beijing's position", with: "Beijing's stance") },
             config, ["article", "story", "actors", "print"]),
            ("a heading", edited(0) { $0.body = $0.body.replacingOccurrences(of: "### Details", with: "### More details") }, config, ["article", "print"]),
            ("places", edited(0) { $0.places.append("Astana") }, config, ["article"]),
            ("a place's name", edited(0) { $0.places[0] += "sk" }, config, ["article"]),
            ("quotes' words", base.map { var e = $0; e.document.quotes = e.document.quotes.map { var q = $0; q.text += " Again."; return q }; return e },
             config, ["actors"]),
            ("a quote more", edited(0) { $0.quotes.append(Quote(speaker: "Vladimir Putin", text: "Yes.", paragraph: 1)) }, config, ["actors"]),
            ("a source file", edited(0) { $0.sourceFile = "articles/moved.txt" }, config, ["article"]),
            ("a slug", renamed, config, ["article", "story", "actors", "topics", "dates", "print", "sitemap"]),
            ("an actor's slug and a day elsewhere", base + [elsewhere(["Vladimir  Putin", "Li  Qiang"], [])], config,
             ["article", "story", "actors", "topics", "dates", "print"]),
            ("an article elsewhere", base + [elsewhere(["Ana Other"], [])], config, ["dates", "print"]),
            ("a topic's slug elsewhere", base + [elsewhere([], ["-SCO"])], config, ["article", "actors", "topics", "dates", "print"]),
            ("an article gone", Array(base.dropFirst()), config, ["article", "story", "actors", "topics", "dates", "print"]),
            ("the site's title", base, configured { $0.title = "Another" }, ["article", "story", "actors", "topics", "dates", "print"]),
            ("the site's description", base, configured { $0.description = "Other words" }, ["article"]),
            ("the site's language", base, configured { $0.language = "fr" }, ["article", "story", "actors", "topics", "dates", "print"]),
            ("an actor's role", base, configured { $0.actors = [.init(name: "Li Qiang", role: "Prime minister")] }, ["actors"]),
            ("an actor's country", base, configured { $0.actors = [.init(name: "Li Qiang", role: "Premier", country: "China")] }, ["actors"]),
            ("a topic's description", base, configured { $0.topics = [.init(name: "SCO", keywords: [], description: "A club.")] }, ["topics"]),
            ("the page size", base, configured { $0.pageSize = 3 }, ["actors", "topics", "dates"]),
            ("the print volume size", base, configured { $0.printVolumeSize = 3 }, ["print"]),
            ("the base URL", base, configured { $0.baseURL = "https://example.org/" }, ["sitemap"]),
        ]
        for (what, entries, config, kinds) in mutations {
            let renderer = SiteRenderer(unchecked: library, config: config)
            let fresh = renderer.render(entries)
            let incremental = renderer.render(entries, previous: previous)
            XCTAssertEqual(incremental.map(\.path), fresh.map(\.path), what)
            var kept = 0
            for (a, b) in zip(incremental, fresh) {
                if a.bytes == nil { kept += 1 }
                XCTAssertEqual(a.bytes ?? old[a.path], b.bytes, "\(what): \(a.path)")
            }
            XCTAssertGreaterThan(kept, 0, "\(what): some pages are kept")
            XCTAssertLessThan(kept, fresh.count, "\(what): some pages are rendered again")
            let changed = Set(fresh.filter { old[$0.path] != nil && old[$0.path] != $0.bytes }.map { KeptPagesTests.kind($0.path) })
            XCTAssertTrue(kinds.isSubset(of: changed), "\(what) changes \(kinds.subtracting(changed).sorted())")
        }
    }

    /// The kind of a keyed page ("article", "story", "actors", "topics", "dates", "print",
    /// "sitemap"), or "other".
    static func kind(_ path: String) -> String {
        if path.hasPrefix("sitemap") { return "sitemap" }
        let parts = path.split(separator: "/")
        guard parts.count > 2 || parts.first == "print" else { return "other" }
        return parts[0] == "articles" ? "article" : parts[0] == "stories" ? "story" : String(parts[0])
    }
}
