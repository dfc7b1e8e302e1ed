import DossierModel
import DossierSummary

/// The values templates see (`PageValue`s). Every URL is relative to the site root;
/// templates put `{{root}}` in front of it.
struct PageContext {
    let site: SiteIndex
    let config: DossierConfig
    /// Each entry's card values, built and fingerprinted once: they do not depend on the page
    /// they appear on.
    private(set) var cards: [SharedValue] = []
    /// Each story's card values, the same way.
    private(set) var storyCards: [SharedValue] = []
    /// The site's title, description and language, on every page.
    let siteShared: SharedValue
    /// Cards of list pages, rendered on demand (set by the renderer, which has the templates).
    var cardCache: CardCache?

    /// Each term's link values, built once and shared by every card that names the term.
    private var actorLinks: [String: Values] = [:]
    private var topicLinks: [String: Values] = [:]
    /// A fingerprint of every term's name and URL: what any link to a term depends on.
    private(set) var linksFingerprint: UInt64 = 0

    init(site: SiteIndex, config: DossierConfig) {
        self.site = site
        self.config = config
        self.siteShared = SharedValue(["title": .text(config.title), "description": .text(config.description),
                                       "language": .text(config.language)])
        for term in site.actors { actorLinks[term.name] = ["name": .text(term.name), "url": .text(PageContext.actorURL(term.slug))] }
        for term in site.topics { topicLinks[term.name] = ["name": .text(term.name), "url": .text(PageContext.topicURL(term.slug))] }
        var links = Fingerprint()
        PageValue.map(["actors": .map(actorLinks.mapValues(PageValue.map)), "topics": .map(topicLinks.mapValues(PageValue.map))])
            .fingerprint(into: &links)
        linksFingerprint = links.value
        let context = Unchecked(self)
        self.cards = Array(site.entries.indices).parallelMap { SharedValue(.map(context.value.makeCard($0))) }
        self.storyCards = Array(site.stories.indices).parallelMap { SharedValue(.map(context.value.makeStoryCard($0))) }
    }

    typealias Values = [String: PageValue]

    // MARK: URLs (relative to the site root; explicit index.html so the site works from disk)

    static func articleURL(_ slug: String) -> String { "articles/\(slug)/index.html" }
    static func actorURL(_ slug: String) -> String { "actors/\(slug)/index.html" }
    static func topicURL(_ slug: String) -> String { "topics/\(slug)/index.html" }
    static func dayURL(_ day: Day) -> String { "dates/\(day.iso)/index.html" }
    static let undatedURL = "dates/undated/index.html"
    static func storyURL(_ slug: String) -> String { "stories/\(slug)/index.html" }

    /// "../../" for a page two folders deep.
    static func root(of path: String) -> String {
        String(repeating: "../", count: path.split(separator: "/").count - 1)
    }

    /// "1 article", "3 articles".
    static func plural(_ n: Int, _ noun: String) -> String { n == 1 ? "1 \(noun)" : "\(n) \(noun)s" }

    // MARK: Pieces

    func base(path: String, title: String, section: String) -> Values {
        [
            "site": .shared(siteShared),
            "root": .text(PageContext.root(of: path)),
            "page_title": .text(title),
            "is_\(section)": true,
        ]
    }

    func actorLink(_ name: String) -> Values {
        if let shared = actorLinks[name] { return shared }
        var v: Values = ["name": .text(name)]
        if let slug = site.actorSlug[name.trimmingWhitespace()] { v["url"] = .text(PageContext.actorURL(slug)) }
        return v
    }

    func topicLink(_ name: String) -> Values {
        if let shared = topicLinks[name] { return shared }
        var v: Values = ["name": .text(name)]
        if let slug = site.topicSlug[name.trimmingWhitespace()] { v["url"] = .text(PageContext.topicURL(slug)) }
        return v
    }

    /// An article as it appears in lists.
    func card(_ i: Int) -> Values { cards[i].map }

    /// Cards of a list page: each gives its `html`, rendered for the page's root when needed.
    func listCards(_ indexes: [Int], root: String) -> PageValue {
        guard let cache = cardCache else { return .list(indexes.map { .shared(cards[$0]) }) }
        return .list(indexes.map { .card(CardHTML(cache: cache, index: $0, root: root)) })
    }

    private func makeCard(_ i: Int) -> Values {
        let e = site.entries[i]
        let d = e.document
        var v: Values = [
            "title": .text(d.title),
            "url": .text(PageContext.articleURL(e.slug)),
            "slug": .text(e.slug),
            "actors": .maps(d.actors.map(actorLink)),
            "topics": .maps(d.topics.map(topicLink)),
            "edited": .flag(d.isEdited),
        ]
        if let day = d.date {
            v["date"] = .text(day.iso)
            v["date_long"] = .text(day.longName)
            v["date_url"] = .text(PageContext.dayURL(day))
        }
        if let event = d.eventDate, event != d.date {
            v["event_date"] = .text(event.iso)
            v["event_date_long"] = .text(event.longName)
        }
        if let source = d.source { v["source"] = .text(source) }
        if let lede = site.bodies[i].outline.lede { v["lede"] = .text(lede) }
        return v
    }


    /// A quote with a link to the paragraph of the article it stands in.
    func quote(_ q: Quote, entry i: Int) -> Values {
        let e = site.entries[i]
        var v: Values = [
            "text": .text(q.text),
            "article_title": .text(e.document.title),
            "url": .text(PageContext.articleURL(e.slug) + (q.paragraph > 0 ? "#p\(q.paragraph)" : "")),
        ]
        if let s = q.speaker { v["speaker"] = .map(actorLink(s)) }
        if q.paragraph > 0 { v["paragraph"] = .number(q.paragraph) }
        if let day = e.document.date { v["date_long"] = .text(day.longName) }
        return v
    }

    /// Terms with counts, most frequent first (ties by name).
    func termCounts(_ terms: [SiteIndex.Term], url: (String) -> String, limit: Int? = nil) -> [Values] {
        let sorted = terms.sorted { $0.entries.count != $1.entries.count ? $0.entries.count > $1.entries.count : $0.name < $1.name }
        return sorted.prefix(limit ?? sorted.count).map {
            ["name": .text($0.name), "url": .text(url($0.slug)), "count": .number($0.entries.count)]
        }
    }

    /// Terms (`terms`, named by each entry as `entryTerms` gives) that appear together with a
    /// term's entries, with counts, most frequent first, then by name.
    func related(_ indexes: [Int], terms: [SiteIndex.Term], entryTerms: [[Int]], excluding: String?,
                 link: (String) -> Values, limit: Int = 12) -> [Values] {
        var counts: [Int: Int] = [:]
        for i in indexes {
            for t in entryTerms[i] where terms[t].name != excluding { counts[t, default: 0] += 1 }
        }
        return counts.sorted { $0.value != $1.value ? $0.value > $1.value : terms[$0.key].name < terms[$1.key].name }
            .prefix(limit).map { var v = link(terms[$0.key].name); v["count"] = .number($0.value); return v }
    }

    /// A story as it appears in lists.
    func storyCard(_ s: Int) -> Values { storyCards[s].map }

    /// The newest version's title, dates, outlets, versions.
    private func makeStoryCard(_ s: Int) -> Values {
        let story = site.stories[s]
        let docs = story.entries.map { site.entries[$0].document }
        let days = docs.compactMap(\.date).sorted()
        var v: Values = [
            "title": .text(docs[0].title),
            "url": .text(PageContext.storyURL(story.slug)),
            "count": .number(story.entries.count),
            "count_label": .text(PageContext.plural(story.entries.count, "version")),
            "outlets": .texts(Array(Set(docs.compactMap(\.source))).sorted()),
            "actors": .maps(Array(docs[0].actors.prefix(3)).map(actorLink)),
        ]
        if let first = days.first, let last = days.last {
            v["dates"] = .text(first == last ? last.longName : "\(first.longName) – \(last.longName)")
        }
        if let lede = site.bodies[story.entries[0]].outline.lede { v["lede"] = .text(lede) }
        return v
    }

    func dayValues(_ day: Day, count: Int) -> Values {
        ["iso": .text(day.iso), "long": .text(day.longName), "weekday": .text(Day.weekdayNames[day.weekday - 1]),
         "url": .text(PageContext.dayURL(day)), "count": .number(count)]
    }
}
