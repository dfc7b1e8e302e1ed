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

    func testTheStoriesIndexIsSplitByMonth() throws {
        var library = MustacheLibrary()
        for name in SiteRenderer.requiredTemplates { library.register(try MustacheTemplate(string: ""), named: name) }
        library.register(try MustacheTemplate(string: "{{#stories}}{{title}};{{/stories}}|{{#archive}}{{#periods}}{{name}},{{/periods}}{{/archive}}|{{#period}}{{name}}{{/period}}"), named: "stories")
        var config = DossierConfig()
        config.pageSize = 1
        let entries = [
            entry("a", "2026-03-04", ["Kassym-Jomart Tokayev", "Xi Jinping"], harbour),
            entry("b", "2026-03-05", ["Xi Jinping", "Kassym-Jomart Tokayev"], harbourRewritten),
            entry("d", "2026-04-10", ["Kassym-Jomart Tokayev", "Xi Jinping"], harbour),
            entry("e", "2026-04-11", ["Kassym-Jomart Tokayev", "Xi Jinping"], harbourRewritten),
        ]
        let pages = Dictionary(uniqueKeysWithValues: try SiteRenderer(templates: library, config: config).render(entries).map { ($0.path, $0.contents ?? "") })
        XCTAssertEqual(pages["stories/index.html"], "Title e;|April 2026,March 2026,|")
        XCTAssertEqual(pages["stories/2026-04/index.html"], "Title e;||April 2026")
        XCTAssertEqual(pages["stories/2026-03/index.html"], "Title b;||March 2026")
    }

    /// A repeatable mix the grouping's filters must not change: events told by a few versions,
    /// mostly with the event's lead actors (pairs in either order, one repeated, lone actors,
    /// none) and days (up to 4 apart, a third undated); words from the event's cluster, a few
    /// common ones and rare ones: more words than a mask holds, in sets so small that equal
    /// scores are common.
    func generatedEntries(seed: UInt64, count: Int, events: Int) -> [SiteEntry] {
        var random = XorShift(seed: seed)
        let leads: [[String]] = [["Ann Lee", "Bo Chen"], ["Bo Chen", "Ann Lee"], ["Ann Lee", "Cy Diaz"], ["Bo Chen", " Bo Chen"],
                                 ["Ann Lee"], ["Bo Chen"], ["Ann Lee", "Ann Lee", "Cy Diaz"], []]
        let word = { (n: Int) in "word" + String(String.UnicodeScalarView((0..<3).map { Unicode.Scalar(UInt8(97 + n / [676, 26, 1][$0] % 26)) })) }
        let start = Day(iso: "2026-03-01")!
        let eventLeads = (0..<events).map { _ in leads[random.below(leads.count)] }
        let eventDays = (0..<events).map { _ in random.below(60) }
        let entries = (0..<count).map { k in
            let event = random.below(events)
            let common = (0..<random.below(3)).map { _ in word(random.below(12)) }
            let versions = (0..<1 + random.below(5)).map { _ in word(20 + event * 10 + random.below(10)) }
            let rare = (0..<random.below(3)).map { _ in word(2000 + random.below(2000)) }
            let date = random.below(3) == 0 ? nil : start.adding(days: eventDays[event] + random.below(5)).iso
            let actors = random.below(5) == 0 ? leads[random.below(leads.count)] : eventLeads[event]
            return entry("e" + String(1000 + k), date, actors, [(common + versions + rare).joined(separator: " ") + "."])
        }
        return entries.sorted(by: SiteIndex.newestFirst)
    }

    /// An entry's lead actors, as candidates are matched: its first two, trimmed.
    func leadActors(_ entry: SiteEntry) -> [String] { Array(entry.document.actors.prefix(2)).map { $0.trimmingWhitespace() } }

    /// The entries' lead actors as the site index numbers them.
    func leads(_ entries: [SiteEntry]) -> [LeadActors] { SiteIndex.terms(entries.map(\.document.actors)).3 }

    /// Lead actors numbered with the actors' terms are equal where their trimmed names are, blank
    /// ones included (a blank first actor: no lead actors; a blank second: a name of its own).
    func testLeadActorsAreNumberedByTrimmedName() {
        let names = ["Ann Lee", " Ann Lee", "Bo Chen", "", "  ", "Cy Diaz\n", "Dee"]
        var random = XorShift(seed: 21)
        let entries = (0..<150).map { k in entry("l\(k)", nil, (0..<random.below(4)).map { _ in names[random.below(names.count)] }, ["Words."]) }
        let (leads, keys) = (leads(entries), entries.map(leadActors))
        let hasLead = keys.map { !($0.first ?? "").isEmpty }
        XCTAssertTrue(keys.contains { $0.count == 2 && !$0[0].isEmpty && $0[1].isEmpty }, "a blank second actor should occur")
        for i in entries.indices {
            XCTAssertEqual(leads[i].first != LeadActors.none, hasLead[i], "entry \(i)")
            XCTAssertEqual(leads[i].second != LeadActors.none, hasLead[i] && keys[i].count >= 2, "entry \(i)")
            guard hasLead[i] else { continue }
            for j in entries.indices where hasLead[j] {
                // Each name against each: zip stops at the names an entry has.
                for (x, nx) in zip(keys[i], [leads[i].first, leads[i].second]) {
                    for (y, ny) in zip(keys[j], [leads[j].first, leads[j].second]) { XCTAssertEqual(nx == ny, x == y, "entries \(i), \(j)") }
                }
            }
        }
    }

    /// The grouping by its definition, over all pairs: dated versions with the same lead actors,
    /// published within `maxDays` in similar words, join; then each undated one joins the
    /// candidate before it that it resembles most (then the larger group, then the first candidate).
    func groupsByDefinition(_ entries: [SiteEntry]) -> Set<[Int]> {
        let keys = entries.map(leadActors)
        let words = entries.map { StoryGrouper.wordSet($0.document.body) }
        let days = entries.map { $0.document.date?.ordinal }
        // Where `j` stands among `i`'s candidates (nil: not one): entries with the same two lead
        // actors, then those led by the first or the second alone; a lone actor's are all
        // entries led by them.
        func rank(_ j: Int, of i: Int) -> Int? {
            let (a, b) = (keys[i], keys[j])
            guard i != j, let first = a.first, !first.isEmpty, !(b.first ?? "").isEmpty else { return nil }
            if a.count == 1 { return b.contains(first) ? 0 : nil }
            if b.count >= 2 { return a.sorted() == b.sorted() ? 0 : nil }
            return a.firstIndex(of: b[0]).map { $0 + 1 }
        }
        var parent = Array(entries.indices)
        func root(_ i: Int) -> Int { parent[i] == i ? i : root(parent[i]) }
        for i in entries.indices {
            for j in entries.indices where j > i && rank(j, of: i) != nil {
                guard let d = days[i], let e = days[j], abs(d - e) <= StoryGrouper.maxDays,
                      words[i].jaccard(words[j]) >= StoryGrouper.datedSimilarity else { continue }
                parent[root(j)] = root(i)
            }
        }
        let size = Dictionary(grouping: entries.indices, by: root).mapValues(\.count)
        for i in entries.indices where days[i] == nil {
            let candidates = entries.indices.filter { j in rank(j, of: i) != nil && (days[j] != nil || j < i) }
                .sorted { (rank($0, of: i)!, $0) < (rank($1, of: i)!, $1) }
            var best: (j: Int, score: Double, size: Int)?
            for j in candidates {
                let score = words[i].jaccard(words[j])
                guard score >= StoryGrouper.undatedSimilarity else { continue }
                if best == nil || score > best!.score || (score == best!.score && size[root(j)]! > best!.size) { best = (j, score, size[root(j)]!) }
            }
            if let best { parent[root(i)] = root(best.j) }
        }
        return Set(Dictionary(grouping: entries.indices, by: root).values.filter { $0.count > 1 }.map { $0.sorted() })
    }

    func testStoriesAreTheGroupsOfTheAllPairsDefinition() {
        for seed in 1...12 as ClosedRange<UInt64> {
            let entries = generatedEntries(seed: seed, count: 160, events: 30)
            let expected = groupsByDefinition(entries)
            let undatedMembers = expected.joined().filter { entries[$0].document.date == nil }
            XCTAssertGreaterThan(expected.count, 10, "seed \(seed): the mix should make stories")
            XCTAssertGreaterThan(undatedMembers.count, 10, "seed \(seed): undated entries should join stories")
            XCTAssertEqual(Set(StoryGrouper.stories(entries, leads: leads(entries), words: entries.map { StoryGrouper.wordSet($0.document.body) }).map(\.entries)), expected, "seed \(seed)")
        }
    }

    /// Past 256 entries the dated pairs are found on several cores: still the definition's groups.
    func testStoriesOfAManyEntrySiteAreTheGroupsOfTheDefinition() {
        let entries = generatedEntries(seed: 5, count: 700, events: 120)
        let expected = groupsByDefinition(entries)
        XCTAssertGreaterThan(expected.count, 40, "the mix should make stories")
        XCTAssertEqual(Set(StoryGrouper.stories(entries, leads: leads(entries), words: entries.map { StoryGrouper.wordSet($0.document.body) }).map(\.entries)), expected)
    }

    func testSharedWordsAreCountedExactlyForEveryCandidate() {
        let entries = generatedEntries(seed: 99, count: 400, events: 60)
        let words = entries.map { StoryGrouper.wordSet($0.document.body) }
        let frequent = SharedWordIndex.frequentWords(words)
        XCTAssertLessThan(frequent.count, Set(words.flatMap(\.hashes)).count, "some words are counted by merging")
        let lists = CandidateLists(leads: leads(entries))
        let index = SharedWordIndex(lists, words)
        let shared = { (i: Int, j: Int) in Set(words[i].hashes).intersection(words[j].hashes).count }
        for i in entries.indices {
            lists.forEachList(of: i) { _, list in
                XCTAssertEqual(list.map { index.shared(i, $0) }, list.map { shared(i, $0) }, "entry \(i)")
                for j in list {
                    let common = SharedWordIndex.common(index.masks[i], index.masks[j])
                    XCTAssertGreaterThanOrEqual(index.member(i).mostShared(with: index.member(j), common: common), shared(i, j), "entries \(i), \(j)")
                }
            }
        }
    }

    /// The frequent words are the most used of the sample (here every entry), ties to the
    /// smaller hash, as a dictionary counts them.
    func testFrequentWordsAreTheMostUsedWordsOfTheSample() {
        let entries = generatedEntries(seed: 7, count: 300, events: 50)
        let words = entries.map { StoryGrouper.wordSet($0.document.body) }
        var uses: [UInt64: Int] = [:]
        for w in words { for hash in w.hashes { uses[hash, default: 0] += 1 } }
        XCTAssertGreaterThan(uses.count, 256, "more words than the frequent ones")
        let top = uses.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(256).map(\.key)
        XCTAssertEqual(SharedWordIndex.frequentWords(words), top.sorted())
    }

    /// The candidates an undated entry resembles most, found with candidates skipped by their
    /// most possible overlap, are those the plain search over every candidate before it finds:
    /// on long lists (few lead actors, many versions) with equal scores common, at thresholds
    /// where nothing, something and everything is skipped.
    func testClosestCandidatesAreTheBestOfEveryCandidate() {
        for seed in 1...4 as ClosedRange<UInt64> {
            let entries = generatedEntries(seed: seed, count: 700, events: 25)
            let words = entries.map { StoryGrouper.wordSet($0.document.body) }
            let lists = CandidateLists(leads: leads(entries))
            let index = SharedWordIndex(lists, words)
            var found = 0
            for threshold in [0.0, 0.2, 0.45] {
                for i in entries.indices where entries[i].document.date == nil {
                    var best: Double?
                    var closest: [Int] = []
                    lists.forEachList(of: i) { _, list in
                        for j in list where j < i {
                            let score = words[i].jaccard(words[j])
                            guard score >= threshold, score >= best ?? 0 else { continue }
                            if score > best ?? -1 { best = score; closest = [] }
                            closest.append(j)
                        }
                    }
                    XCTAssertEqual(index.closest(to: i, in: lists, threshold: threshold), closest, "seed \(seed), entry \(i), threshold \(threshold)")
                    if closest.count > 1 { found += 1 }
                }
            }
            XCTAssertGreaterThan(found, 20, "seed \(seed): equal best scores should be common")
        }
    }

    /// Long lists with many undated versions: the choice among the closest candidates, made in
    /// entry order after they are found on all cores, gives the definition's groups.
    func testStoriesOfLongCandidateListsAreTheGroupsOfTheDefinition() {
        let entries = generatedEntries(seed: 8, count: 700, events: 25)
        let expected = groupsByDefinition(entries)
        XCTAssertGreaterThan(expected.joined().filter { entries[$0].document.date == nil }.count, 100, "undated entries should join stories")
        XCTAssertEqual(Set(StoryGrouper.stories(entries, leads: leads(entries), words: entries.map { StoryGrouper.wordSet($0.document.body) }).map(\.entries)), expected)
    }

    /// The reading order, grouped by day and with ASCII titles compared by their bytes, is the
    /// order of sorting all entries by `newestFirst` (entries with equal days and titles among
    /// them; titles empty, prefixes of others, differing in case, or not ASCII: "É" composed
    /// and decomposed), and the days lie where it puts them.
    func testReadingOrderIsNewestFirstWithEachDayInPlace() {
        var random = XorShift(seed: 3)
        let entries = (0..<500).map { k in
            entry("s" + String(random.below(400)) + "-" + String(k), random.below(4) == 0 ? nil : Day(iso: "2026-03-01")!.adding(days: random.below(20)).iso,
                  [], ["Title words \(random.below(30))."])
        }.map { e -> SiteEntry in
            var e = e
            let titles = ["", "Title", "Title ", "title", "Été", "Ete", "E\u{301}te", "Zürich talks", "Zurich talks", "Title \u{1F600}", "Title\u{0}x"]
            e.document.title = random.below(3) == 0 ? titles[random.below(titles.count)] : "Title \(random.below(40))"
            return e
        }
        let (order, days) = SiteIndex.readingOrder(entries)
        XCTAssertEqual(order.map { entries[$0].slug }, entries.sorted(by: SiteIndex.newestFirst).map(\.slug))
        XCTAssertEqual(days.map(\.day), Set(entries.compactMap(\.document.date)).sorted(by: >))
        for (day, range) in days { XCTAssertTrue(range.allSatisfy { entries[order[$0]].document.date == day }) }
        XCTAssertTrue(order[(days.last?.entries.endIndex ?? 0)...].allSatisfy { entries[$0].document.date == nil })
    }

    func testContentWordsFoldCaseKeepOtherScriptsAndSplitOnDashesAndQuotes() {
        let text = "Tokayev’s railway—corridor “Astana” Пекин Москва talks 2026"
        let words = ["tokayev", "railway", "corridor", "astana", "Пекин", "Москва", "talks"]
        XCTAssertEqual(ContentWords.words(text), words)
        XCTAssertEqual(ContentWords.hashes(text), words.map(ContentWords.fnv1a))
    }

    /// The hashes made while reading are those of the words read out one by one, on texts
    /// mixing every kind of byte the reader tells apart (ASCII letters of both cases, other
    /// scripts, General Punctuation and its neighbours U+1FFF, U+2080, U+2100, separators).
    func testContentWordHashesAreTheHashesOfTheWords() {
        let pieces = ["Astana", "railway", "ab", "CORRIDOR", "Пекин", "é", "ü", "—", "“", "”", "’", "\u{2070}", "\u{207F}", "\u{2080}", "\u{2100}",
                      "\u{1FFF}", "\u{206F}", "⁂", "€", "中国", " ", "\n", "-", ".", "7", "\u{301}", "😀", "x"]
        var random = XorShift(seed: 42)
        for _ in 0..<2000 {
            let text = random.text(of: pieces, fewerThan: 12)
            XCTAssertEqual(ContentWords.hashes(text), ContentWords.words(text).map(ContentWords.fnv1a), text)
        }
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

    /// A word set holds each content word's hash once, sorted, for texts of few to many words
    /// (repeats and all) and for hashes bunched in a few buckets.
    func testWordSetsAreTheSortedDistinctHashes() {
        let words = ["railway", "corridor", "astana", "freight", "crossing", "volumes", "terminal", "border", "grain", "officials",
                     "Пекин", "Москва", "spring", "doubled", "expect", "tokayev", "jinping", "president", "meeting", "talks"]
        var random = XorShift(seed: 3)
        for n in [0, 1, 2, 3, 5, 17, 64, 300, 2000] {
            let text = (0..<n).map { _ in words[random.below(words.count)] + (random.below(2) == 0 ? words[random.below(words.count)] : "") }
                .joined(separator: " ")
            XCTAssertEqual(WordSet(text).hashes, Set(ContentWords.hashes(text)).sorted(), "\(n) words")
        }
        let bunched = (0..<500).map { _ in UInt64(random.below(4)) << 62 | UInt64(random.below(1 << 20)) }
        XCTAssertEqual(WordSet.sortedDistinct(bunched), Set(bunched).sorted())
    }

    /// Summary sentences read line by line over bytes are those the reading by `Character`
    /// lines and scalars gives (`ReferenceSummarySentences`), on bodies made of summary lines,
    /// escapes, headings (one with a combining mark after "## ", a second Summary), CR LF and blanks.
    func testSummarySentencesMatchTheReadingByCharacters() {
        let lines = ["## Summary", "## summary ", "## Quotes", "##  Summary", "## \u{301}Summary", "## Summary\r", "## SUMMARY\t",
                     "## Summarx", "## Summaryy", "## Summar", "## Sum mary", "## Summary é", "## ", "##Summary", "### Summary",
                     "A claim. [¶3](#p3)", "A \\*starred\\* claim. [¶12](#p12)", "Two \\\\ backslashes \\", "_No summary._",
                     "Été à Pékin. [¶x](#px)", "Trailing [¶](#p)", "", " ", "\r", "Plain line", "x [¶4](#p4) [¶5](#p5)"]
        var random = XorShift(seed: 11)
        for _ in 0..<1500 {
            let body = random.text(of: lines, fewerThan: 9, separator: "\n")
            let fast = StoryComparison.summarySentences(body)
            let reference = ReferenceSummarySentences.read(body)
            XCTAssertEqual(fast.map(\.text), reference.map(\.text), body.debugDescription)
            XCTAssertEqual(fast.map(\.paragraph), reference.map(\.paragraph), body.debugDescription)
        }
    }

    func testSummarySentencesReadBackFromMarkdown() {
        XCTAssertEqual(StoryComparison.summarySentences("## Summary\n\nA \\*starred\\* claim. [¶3](#p3)\n_No summary._\n\n## Quotes\n\nx\n").map(\.text),
                       ["A *starred* claim."])
        XCTAssertEqual(StoryComparison.summarySentences("## Summary\n\nA claim. [¶3](#p3)\n").map(\.paragraph), [3])
    }
}

extension SiteIndex {
    /// The reading order by its definition: newest first; undated last; then by title and slug.
    static func newestFirst(_ a: SiteEntry, _ b: SiteEntry) -> Bool {
        switch (a.document.date, b.document.date) {
        case let (x?, y?) where x != y: return x > y
        case (.some, nil): return true
        case (nil, .some): return false
        default:
            if a.document.title != b.document.title { return a.document.title < b.document.title }
            return a.slug < b.slug
        }
    }
}

/// A small seedable generator (xorshift64*) for repeatable generated entries.
struct XorShift {
    private var state: UInt64

    init(seed: UInt64) { state = (seed &+ 1) &* 0x9E37_79B9_7F4A_7C15 }

    /// A number in 0..<n.
    mutating func below(_ n: Int) -> Int {
        state ^= state >> 12
        state ^= state << 25
        state ^= state >> 27
        return Int((state &* 0x2545_F491_4F6C_DD1D) >> 33) % n
    }

    /// Fewer than `most` of `pieces`, picked at random, joined by `separator`.
    mutating func text(of pieces: [String], fewerThan most: Int, separator: String = "") -> String {
        (0..<below(most)).map { _ in pieces[below(pieces.count)] }.joined(separator: separator)
    }
}

/// The content words as the reader of `StoryGrouper.forEachContentWordHash` defines them, read
/// out as words: the reference its hashes are checked against.
enum ContentWords {
    static func hashes(_ text: String) -> [UInt64] {
        var hashes: [UInt64] = []
        StoryGrouper.forEachContentWordHash(text) { hashes.append($0) }
        return hashes
    }

    static func fnv1a(_ word: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in word.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return hash
    }

    /// Lowercased words of five letters or more, by scalars: ASCII letters lowercased, every
    /// other scalar from U+0080 a letter except U+2000–U+207F (General Punctuation, superscripts).
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        func flush() {
            if current.count >= 5 { words.append(String(current)) }
            current.removeAll()
        }
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x61...0x7A: current.append(scalar)
            case 0x41...0x5A: current.append(Unicode.Scalar(scalar.value + 32)!)
            case 0x2000...0x207F: flush()
            case 0x80...: current.append(scalar)
            default: flush()
            }
        }
        flush()
        return words
    }
}

/// The summary sentences read by `Character` lines and Unicode scalars: the reference the
/// byte-wise reading of `StoryComparison.summarySentences` is checked against.
enum ReferenceSummarySentences {
    static func read(_ body: String) -> [(text: String, paragraph: Int)] {
        var result: [(String, Int)] = []
        var inSummary = false
        for bytes in body.utf8.split(separator: UInt8(ascii: "\n")) {
            let line = Substring(bytes)
            if line.hasPrefix("## ") { inSummary = line.dropFirst(3).trimmingWhitespace().lowercased() == "summary"; continue }
            guard inSummary else { continue }
            var text = line
            var paragraph = 0
            if line.hasSuffix(")"), let open = line.range(of: " [¶", options: .backwards) {
                paragraph = Int(line[open.upperBound...].prefix { $0.isASCII && $0.isNumber }) ?? 0
                text = line[..<open.lowerBound]
            }
            var out = String.UnicodeScalarView()
            var escaped = false
            for scalar in text.unicodeScalars {
                if scalar == "\\" && !escaped { escaped = true; continue }
                escaped = false
                out.append(scalar)
            }
            let plain = String(out).trimmingWhitespace()
            if !plain.isEmpty && !plain.hasPrefix("_") { result.append((plain, paragraph)) }
        }
        return result
    }
}
