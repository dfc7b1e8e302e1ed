import DossierModel
import DossierSummary

/// The values templates see (`PageValue`s). Every URL is relative to the site root;
/// templates put `{{root}}` in front of it. A class, shared by the closures of every page.
final class PageContext {
    let site: SiteIndex
    let config: DossierConfig
    /// Each entry's card values, keyed by what they are built from and built once, when a
    /// rendered page first shows them: they do not depend on the page they appear on. Set with
    /// the next two (`setCards`) before any page is rendered.
    private(set) var cards: [SharedValue] = []
    /// Each story's card values, the same way.
    private(set) var storyCards: [SharedValue] = []
    /// A fingerprint of each entry's quotes (what an actor page shows of them).
    private(set) var quoteKeys: [UInt64] = []
    /// The site's title, description and language, on every page.
    let siteShared: SharedValue
    /// Each entry's publication day (nil: undated), read without copying its document.
    let days: [Day?]
    /// Each entry's and each story's identity, from its slug: where long lists are cut into pages.
    let identities: [UInt64]
    let storyIdentities: [UInt64]
    /// Cards of list pages, rendered on demand (set by the renderer, which has the templates).
    var cardCache: CardCache?

    /// Links to actors and topics, by name.
    let actorLinks: TermLinks
    let topicLinks: TermLinks

    init(site: SiteIndex, config: DossierConfig) {
        self.site = site
        self.config = config
        var days = [Day?](repeating: nil, count: site.entries.count)
        for (day, entries) in site.days { for i in entries { days[i] = day } }
        self.days = days
        self.identities = site.entries.map { StableParts.identity(of: $0.slug) }
        self.storyIdentities = site.stories.map { StableParts.identity(of: $0.slug) }
        self.siteShared = SharedValue(.map([.title: .text(config.title), .description: .text(config.description),
                                            .language: .text(config.language)]))
        let actorLinks = TermLinks(site.actors, slugs: site.actorSlug, url: PageContext.actorURL)
        let topicLinks = TermLinks(site.topics, slugs: site.topicSlug, url: PageContext.topicURL)
        self.actorLinks = actorLinks
        self.topicLinks = topicLinks
    }

    /// A part of the cards (`makeCards(part:)`): those of some entries with their quotes' keys,
    /// or those of some stories.
    struct CardPart {
        var cards: [SharedValue] = []
        var quoteKeys: [UInt64] = []
        var storyCards: [SharedValue] = []
    }

    /// Entries or stories in a part of the cards: a part is a few milliseconds of keys.
    static let cardsPerPart = 1024

    /// How many parts the cards are made in: the entries' parts, then the stories'.
    var cardParts: Int { entryCardParts + (site.stories.count + PageContext.cardsPerPart - 1) / PageContext.cardsPerPart }

    private var entryCardParts: Int { (site.entries.count + PageContext.cardsPerPart - 1) / PageContext.cardsPerPart }

    /// Part `k` of the cards' values and keys and the quotes' keys: computed from the site and
    /// the links only, so on any core while the pages are listed (`SiteRenderer.plan`).
    func makeCards(part k: Int) -> CardPart {
        let cards = Cards(site: site, actorLinks: actorLinks, topicLinks: topicLinks)
        let size = PageContext.cardsPerPart
        guard k >= entryCardParts else {
            let range = k * size..<min((k + 1) * size, site.entries.count)
            return CardPart(cards: range.map { i in SharedValue(key: cards.key(i)) { .map(cards.card(i)) } },
                            quoteKeys: range.map { i in PageContext.quoteKey(site.entries[i].document.quotes) })
        }
        let s = k - entryCardParts
        let range = s * size..<min((s + 1) * size, site.stories.count)
        return CardPart(storyCards: range.map { s in SharedValue(key: cards.storyKey(s)) { .map(cards.storyCard(s)) } })
    }

    /// A fingerprint of an entry's quotes.
    static func quoteKey(_ quotes: [Quote]) -> UInt64 {
        var key = Fingerprint()
        key.add(quotes.count)
        for q in quotes {
            key.add(q.text)
            key.add(optional: q.speaker)
            key.add(q.paragraph)
        }
        return key.value
    }

    /// Sets the cards from their parts, in order (before any page is rendered).
    func setCards(_ parts: [CardPart]) {
        cards = parts.flatMap(\.cards)
        quoteKeys = parts.flatMap(\.quoteKeys)
        storyCards = parts.flatMap(\.storyCards)
    }

    typealias Values = PageMap

    // MARK: URLs (relative to the site root; explicit index.html so the site works from disk)

    static func articleURL(_ slug: String) -> String { joined("articles/", slug, "/index.html") }
    static func actorURL(_ slug: String) -> String { joined("actors/", slug, "/index.html") }
    static func topicURL(_ slug: String) -> String { joined("topics/", slug, "/index.html") }
    static func dayURL(_ day: Day) -> String { joined("dates/", day.iso, "/index.html") }
    static let undatedURL = "dates/undated/index.html"
    static func storyURL(_ slug: String) -> String { joined("stories/", slug, "/index.html") }

    /// `prefix`, `name` and `suffix` one after another, made in one allocation (an
    /// interpolation grows its string twice): the site's URLs are made by the ten thousand.
    static func joined(_ prefix: StaticString, _ name: String, _ suffix: StaticString) -> String {
        var name = name
        return name.withUTF8 { name in
            String(unsafeUninitializedCapacity: prefix.utf8CodeUnitCount + name.count + suffix.utf8CodeUnitCount) { out in
                var at = 0
                func append(_ start: UnsafePointer<UInt8>?, _ count: Int) {
                    guard let start, count > 0 else { return }
                    (out.baseAddress! + at).update(from: start, count: count)
                    at += count
                }
                append(prefix.utf8Start, prefix.utf8CodeUnitCount)
                append(name.baseAddress, name.count)
                append(suffix.utf8Start, suffix.utf8CodeUnitCount)
                return at
            }
        }
    }

    /// "../../" for a page two folders deep: one "../" for each part of the path but the
    /// last, the parts being what `split(separator: "/")` gives (runs of other bytes, in an
    /// ASCII path; others are split by `Character`, where a "/" with a combining mark is none).
    static func root(of path: String) -> String {
        var parts = 0
        var inPart = false
        for byte in path.utf8 {
            guard byte < 0x80 else { return String(repeating: "../", count: path.split(separator: "/").count - 1) }
            if byte == UInt8(ascii: "/") {
                inPart = false
            } else if !inPart {
                inPart = true
                parts += 1
            }
        }
        return String(repeating: "../", count: parts - 1)
    }

    /// "1 article", "3 articles".
    static func plural(_ n: Int, _ noun: String) -> String { n == 1 ? "1 \(noun)" : "\(n) \(noun)s" }

    // MARK: Pieces

    /// What every page has: the site, its root, its title and the flag of its section (`.isHome` …),
    /// with room for the values pages add (the front page's ten at most).
    func base(path: String, title: String, section: PageName) -> Values {
        var v: Values = [.site: .shared(siteShared), .root: .text(PageContext.root(of: path)), .pageTitle: .text(title), section: true]
        v.reserveCapacity(14)
        return v
    }

    func actorLink(_ name: String) -> Values { actorLinks.link(name) }

    func topicLink(_ name: String) -> Values { topicLinks.link(name) }

    /// An article as it appears in lists, with room for `more` values a page adds to it (one
    /// copy of the shared card, instead of a copy and then growing it).
    func card(_ i: Int, more: Int) -> Values {
        var card = cards[i].map
        card.reserveCapacity(card.count + more)
        return card
    }

    /// Cards of a list page: each gives its `html`, rendered for the page's root when needed.
    func listCards(_ indexes: [Int], root: String) -> PageValue {
        guard let cache = cardCache else { return .list(indexes.map { .shared(cards[$0]) }) }
        return .list(indexes.map { .card(CardHTML(cache: cache, index: $0, root: root)) })
    }

    /// A quote with a link to the paragraph of the article it stands in.
    func quote(_ q: Quote, entry i: Int) -> Values {
        let e = site.entries[i]
        var v: Values = [
            .text: .text(q.text),
            .articleTitle: .text(e.document.title),
            .url: .text(PageContext.articleURL(e.slug) + (q.paragraph > 0 ? "#p\(q.paragraph)" : "")),
        ]
        if let s = q.speaker { v[.speaker] = .map(actorLink(s)) }
        if q.paragraph > 0 { v[.paragraph] = .number(q.paragraph) }
        if let day = e.document.date { v[.dateLong] = .text(day.longName) }
        return v
    }

    /// Terms with counts, most frequent first (ties by name).
    func termCounts(_ terms: [SiteIndex.Term], url: (String) -> String, limit: Int? = nil) -> [Values] {
        let sorted = terms.sorted { $0.entries.count != $1.entries.count ? $0.entries.count > $1.entries.count : $0.name < $1.name }
        return sorted.prefix(limit ?? sorted.count).map {
            [.name: .text($0.name), .url: .text(url($0.slug)), .count: .number($0.entries.count)]
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
            .prefix(limit).map { var v = link(terms[$0.key].name); v[.count] = .number($0.value); return v }
    }

    /// A story as it appears in lists.
    func storyCard(_ s: Int) -> Values { storyCards[s].map }

    func dayValues(_ day: Day, count: Int) -> Values {
        [.iso: .text(day.iso), .long: .text(day.longName), .weekday: .text(Day.weekdayNames[day.weekday - 1]),
         .url: .text(PageContext.dayURL(day)), .count: .number(count)]
    }
}
