import DossierModel
import DossierSummary

/// The pages of the URL scheme and the values each is rendered from.
extension SiteRenderer {
    typealias PageJob = SitePlan.Job
    /// Adds a page: its path, template, key (nil: its values are fingerprinted) and values.
    typealias AddPage = (String, String, (() -> UInt64)?, @escaping () -> PageMap) -> Void

    /// Every page of the URL scheme, in a fixed order, and the order to render them in (see
    /// `renderOrder`). The pages of which there are many (one per article, term, day, story,
    /// print volume) and the sitemaps have keys.
    func pageJobs(_ ctx: PageContext) -> (jobs: [PageJob], order: [Int]) {
        let site = ctx.site
        var jobs: [PageJob] = []
        let add: AddPage = { path, template, key, values in jobs.append(Unchecked((path, template, key, values))) }
        func page(_ path: String, _ template: String, _ values: @escaping () -> PageMap) { add(path, template, nil, values) }

        page("index.html", "index") { frontPage(ctx) }
        let firstArticle = jobs.count
        for i in site.entries.indices {
            let path = PageContext.articleURL(site.entries[i].slug)
            add(path, "article", { articleKey(ctx, i, path: path) }) { articlePage(ctx, i, path: path) }
        }
        let stories = { (path: String) in ctx.base(path: path, title: "Stories", section: .isStories) }
        archived(ListArchive(firstPath: "stories/index.html", template: "stories", count: site.stories.count,
                             day: { ctx.days[site.stories[$0].entries[0]] },
                             itemKey: { ctx.storyCards[$0].fingerprint }, identity: { ctx.storyIdentities[$0] }, key: nil, periodKey: nil, values: stories, periodValues: stories,
                             list: { v, positions, _ in v[.stories] = .list(positions.map { .shared(ctx.storyCards[$0]) }) }), add)
        for s in site.stories.indices {
            let path = PageContext.storyURL(site.stories[s].slug)
            add(path, "story", { storyKey(ctx, s, path: path) }) { storyPage(ctx, s, path: path) }
        }
        page("actors/index.html", "actors") {
            termIndex(ctx, site.actors, path: "actors/index.html", title: "Actors", section: .isActors, url: PageContext.actorURL)
        }
        for term in site.actors {
            archived(termArchive(ctx, term, url: PageContext.actorURL(term.slug), template: "actor", key: { actorKey(ctx, term) },
                                 periodKey: { termPeriodKey(ctx, term, kind: "actor") }, values: { actorPage(ctx, term, path: $0) },
                                 periodValues: { actorPeriodPage(ctx, term, path: $0) }), add)
        }
        page("topics/index.html", "topics") {
            termIndex(ctx, site.topics, path: "topics/index.html", title: "Topics", section: .isTopics, url: PageContext.topicURL)
        }
        for term in site.topics {
            archived(termArchive(ctx, term, url: PageContext.topicURL(term.slug), template: "topic", key: { topicKey(ctx, term) },
                                 periodKey: { termPeriodKey(ctx, term, kind: "topic") }, values: { topicPage(ctx, term, path: $0) },
                                 periodValues: { topicPeriodPage(ctx, term, path: $0) }), add)
        }
        page("dates/index.html", "dates") { datesIndex(ctx) }
        for (n, entry) in site.days.enumerated() {
            paginated(PageContext.dayURL(entry.day), entry.entries, "date", ctx, add, key: { dayKey(ctx, n) }) { path in
                var v = ctx.base(path: path, title: entry.day.longName, section: .isDates)
                v[.day] = .map(ctx.dayValues(entry.day, count: entry.entries.count))
                if n > 0 { v[.newer] = .map(ctx.dayValues(site.days[n - 1].day, count: site.days[n - 1].entries.count)) }
                if n + 1 < site.days.count { v[.older] = .map(ctx.dayValues(site.days[n + 1].day, count: site.days[n + 1].entries.count)) }
                return v
            }
        }
        if !site.undated.isEmpty {
            paginated(PageContext.undatedURL, site.undated, "date", ctx, add, key: { undatedKey(ctx) }) { path in
                var v = ctx.base(path: path, title: "Undated articles", section: .isDates)
                v[.undated] = true
                return v
            }
        }
        let firstVolume = jobs.count
        let volumes = printVolumes(ctx, add).enumerated().compactMap { k, last in last.map { (job: firstVolume + k, last: $0) } }
        page("404.html", "404") { notFoundPage(ctx) }
        page("feed.xml", "feed.xml") { FeedValues.feed(ctx) }
        let paths = jobs.map(\.value.path)
        for sitemap in FeedValues.sitemaps(ctx, paths: paths) { add(sitemap.path, "sitemap.xml", { sitemap.key }, sitemap.values) }
        return (jobs, renderOrder(jobs: jobs.count, articles: firstArticle..<firstArticle + site.entries.count, volumes: volumes))
    }

    /// The jobs in plan order, except that each print volume comes right after the article
    /// page of the last entry it shows (`volumes`: its job and that entry's index): a
    /// body is shown by those two pages only, so it lets its HTML go as soon as both are
    /// rendered (`SiteBody.releaseAfterReads`), and the bodies' HTML is never all held at once.
    func renderOrder(jobs: Int, articles: Range<Int>, volumes: [(job: Int, last: Int)]) -> [Int] {
        var after: [Int: [Int]] = [:]
        var moved = [Bool](repeating: false, count: jobs)
        for volume in volumes {
            after[articles.lowerBound + volume.last, default: []].append(volume.job)
            moved[volume.job] = true
        }
        var order: [Int] = []
        order.reserveCapacity(jobs)
        for j in 0..<jobs where !moved[j] {
            order.append(j)
            order += after[j] ?? []
        }
        return order
    }

    // MARK: Pages

    /// Renders a list of articles as pages of at most `config.pageSize`, cut where they stay put
    /// as articles arrive (`StableParts`): the first at `firstPath`, the
    /// others at `<folder>/page/<n>/index.html`, each with `articles` and, when there is more
    /// than one page, `pagination`. `values(path)` gives the rest of the first page's values;
    /// the other pages share them with their own `root`. `key` is a fingerprint of everything
    /// `values` reads (computed once for all the pages); each page's key adds its place and
    /// its articles' cards (`listKey`).
    func paginated(_ firstPath: String, _ indexes: [Int], _ template: String, _ ctx: PageContext, _ page: AddPage,
                   key: @escaping () -> UInt64, values: @escaping (String) -> PageMap) {
        let common = Shared(key)
        paginated(firstPath, count: indexes.count, identity: { ctx.identities[indexes[$0]] }, template, page, key: { path, chunk, pages in
            listKey(ctx, common.value, path: path, cards: indexes[chunk], pages: pages)
        }, values: values) { v, chunk, root in
            v[.articles] = ctx.listCards(Array(indexes[chunk]), root: root)
        }
    }

    /// Splits a list of `count` items into pages as above, given each item's identity; `list`
    /// puts the items of one page (a range of the list) into its values, given the page's root.
    /// `key`, when given, is each page's key from its path, its range and the number of pages.
    func paginated(_ firstPath: String, count: Int, identity: (Int) -> UInt64, _ template: String, _ page: AddPage,
                   key: ((String, Range<Int>, Int) -> UInt64)? = nil,
                   values: @escaping (String) -> PageMap,
                   list: @escaping (inout PageMap, Range<Int>, String) -> Void) {
        let chunks = StableParts.split(count: count, size: config.pageSize, identity: identity)
        let folder = String(firstPath.dropLast("index.html".count))
        let path = { (k: Int) in k == 0 ? firstPath : "\(folder)page/\(k + 1)/index.html" }
        // Built once, by whichever page needs it first: related terms and quotes are costly.
        let common = Shared { values(firstPath) }
        for (k, chunk) in chunks.enumerated() {
            page(path(k), template, key.map { key in { key(path(k), chunk, chunks.count) } }) {
                var v = common.value
                let root = PageContext.root(of: path(k))
                v[.root] = .text(root)
                list(&v, chunk, root)
                if k > 0 { v[.pageTitle] = .text("\(v[.pageTitle]?.text ?? "") — page \(k + 1)") }
                if chunks.count > 1 { v[.pagination] = .map(SiteRenderer.pagination(k, of: chunks.count, path: path)) }
                return v
            }
        }
    }

    /// Pages on either side of the current one that a pager links to by number.
    static let pagerWindow = 2

    /// The pager of page `k` (from 0) of `total`: previous and next, and links by number to the
    /// first page, the last, and the pages within `pagerWindow` of this one, with a `gap` where
    /// numbers are skipped (so a list of a thousand pages has a pager of a few links).
    static func pagination(_ k: Int, of total: Int, path: (Int) -> String) -> PageMap {
        var pages: [PageMap] = []
        var last = -1
        for n in 0..<total where n == 0 || n == total - 1 || abs(n - k) <= pagerWindow {
            if n > last + 1 { pages.append([.gap: true]) }
            pages.append([.number: .number(n + 1), .url: .text(path(n)), .current: .flag(n == k)])
            last = n
        }
        var pagination: PageMap = [.number: .number(k + 1), .total: .number(total), .pages: .maps(pages)]
        if k > 0 { pagination[.prevURL] = .text(path(k - 1)) }
        if k + 1 < total { pagination[.nextURL] = .text(path(k + 1)) }
        return pagination
    }

    func frontPage(_ ctx: PageContext) -> PageMap {
        let site = ctx.site
        var v = ctx.base(path: "index.html", title: config.title, section: .isHome)
        v[.latest] = .list(site.entries.indices.prefix(config.frontPageLimit).map { .shared(ctx.cards[$0]) })
        v[.stories] = .list(site.stories.indices.prefix(5).map { .shared(ctx.storyCards[$0]) })
        v[.moreStories] = .flag(site.stories.count > 5)
        v[.topics] = .maps(ctx.termCounts(site.topics, url: PageContext.topicURL))
        v[.actors] = .maps(ctx.termCounts(site.actors, url: PageContext.actorURL, limit: 16))
        v[.days] = .maps(site.days.prefix(10).map { ctx.dayValues($0.day, count: $0.entries.count) })
        var stats: PageMap = [:]
        for (key, nounKey, count, noun) in [(PageName.articles, PageName.articlesNoun, site.entries.count, "article"),
                                            (.actors, .actorsNoun, site.actors.count, "actor"),
                                            (.topics, .topicsNoun, site.topics.count, "topic"), (.days, .daysNoun, site.days.count, "day")] {
            stats[key] = .number(count)
            stats[nounKey] = .text(count == 1 ? noun : noun + "s")
        }
        if let newest = site.days.first?.day, let oldest = site.days.last?.day {
            stats[.newest] = .text(newest.longName)
            stats[.oldest] = .text(oldest.longName)
        }
        if !site.undated.isEmpty {
            stats[.undated] = .number(site.undated.count)
            stats[.undatedURL] = .text(PageContext.undatedURL)
        }
        v[.stats] = .map(stats)
        v[.empty] = .flag(site.entries.isEmpty)
        v[.more] = .flag(site.entries.count > config.frontPageLimit)
        return v
    }

    func articlePage(_ ctx: PageContext, _ i: Int, path: String) -> PageMap {
        let site = ctx.site
        let doc = site.entries[i].document
        var v = ctx.base(path: path, title: doc.title, section: .isArticle)
        var article = ctx.card(i, more: 6)
        article[.body] = .fragment(BodyHTML(body: site.bodies[i]))
        article[.sourceFile] = .text(doc.sourceFile)
        article[.places] = .texts(doc.places)
        article[.quoteCount] = .number(doc.quotes.count)
        article[.toc] = .maps(site.bodies[i].outline.headings.map { [.title: .text($0.title), .id: .text($0.id)] })
        if let s = site.storyOf[i] { article[.story] = .shared(ctx.storyCards[s]) }
        v[.article] = .map(article)
        // Neighbours in reading order (newest first): "newer" is the previous entry.
        if i > 0 { v[.newer] = .shared(ctx.cards[i - 1]) }
        if i + 1 < site.entries.count { v[.older] = .shared(ctx.cards[i + 1]) }
        return v
    }

    func storyPage(_ ctx: PageContext, _ s: Int, path: String) -> PageMap {
        let story = ctx.site.stories[s]
        let comparison = StoryComparison(story: story, entries: ctx.site.entries)
        var card = ctx.storyCard(s)
        card[.sharedActors] = .maps(comparison.sharedActors.map(ctx.actorLink))
        card[.sharedTopics] = .maps(comparison.sharedTopics.map(ctx.topicLink))
        var v = ctx.base(path: path, title: card[.title]?.text ?? "Story", section: .isStories)
        let claim = { (c: StoryComparison.Claim) -> PageMap in
            [.text: .text(c.text), .url: .text(PageContext.articleURL(ctx.site.entries[c.entry].slug) + (c.paragraph > 0 ? "#p\(c.paragraph)" : "")),
             .source: .text(ctx.site.entries[c.entry].document.source ?? ctx.site.entries[c.entry].document.title)]
        }
        v[.story] = .map(card)
        v[.shared] = .maps(comparison.shared.map(claim))
        let root = PageContext.root(of: path)
        v[.versions] = .maps(story.entries.map { i -> PageMap in
            var version = ctx.card(i, more: 2)
            if let cache = ctx.cardCache { version[.html] = .fragment(CardHTML(cache: cache, index: i, root: root)) }
            version[.onlyHere] = .maps((comparison.unique[i] ?? []).prefix(3).map(claim))
            return version
        })
        return v
    }

    func termIndex(_ ctx: PageContext, _ terms: [SiteIndex.Term], path: String, title: String, section: PageName,
                   url: (String) -> String) -> PageMap {
        var v = ctx.base(path: path, title: title, section: section)
        let byName = terms.sorted { $0.name.lowercased() != $1.name.lowercased() ? $0.name.lowercased() < $1.name.lowercased() : $0.name < $1.name }
        v[.terms] = .maps(byName.map { term -> PageMap in
            var t: PageMap = [.name: .text(term.name), .url: .text(url(term.slug)), .count: .number(term.entries.count)]
            if let latest = term.entries.first, let day = ctx.site.entries[latest].document.date { t[.latest] = .text(day.longName) }
            if let entry = config.actors.first(where: { $0.name == term.name }) {
                if let role = entry.role { t[.role] = .text(role) }
            }
            if let topic = config.topics.first(where: { $0.name == term.name }), let d = topic.description { t[.description] = .text(d) }
            return t
        })
        v[.count] = .number(terms.count)
        return v
    }

    /// An actor's or topic's list (see `ListArchive`): its articles' cards, newest first.
    func termArchive(_ ctx: PageContext, _ term: SiteIndex.Term, url: String, template: String, key: @escaping () -> UInt64,
                     periodKey: @escaping () -> UInt64, values: @escaping (String) -> PageMap,
                     periodValues: @escaping (String) -> PageMap) -> ListArchive {
        ListArchive(firstPath: url, template: template, count: term.entries.count,
                    day: { ctx.days[term.entries[$0]] }, itemKey: { ctx.cards[term.entries[$0]].fingerprint },
                    identity: { ctx.identities[term.entries[$0]] },
                    key: key, periodKey: periodKey, values: values, periodValues: periodValues,
                    list: { v, positions, root in v[.articles] = ctx.listCards(positions.map { term.entries[$0] }, root: root) })
    }

    /// The actor as every page of theirs names them: name, link, and role and country from the config.
    func actorHead(_ term: SiteIndex.Term) -> PageMap {
        var actor: PageMap = [.name: .text(term.name), .url: .text(PageContext.actorURL(term.slug))]
        if let entry = config.actors.first(where: { $0.name == term.name }) {
            if let role = entry.role { actor[.role] = .text(role) }
            if let country = entry.country { actor[.country] = .text(country) }
        }
        return actor
    }

    /// The topic as every page of it names it: name, link, and description from the config.
    func topicHead(_ term: SiteIndex.Term) -> PageMap {
        var topic: PageMap = [.name: .text(term.name), .url: .text(PageContext.topicURL(term.slug))]
        if let d = config.topics.first(where: { $0.name == term.name })?.description { topic[.description] = .text(d) }
        return topic
    }

    func actorPage(_ ctx: PageContext, _ term: SiteIndex.Term, path: String) -> PageMap {
        var v = termPage(ctx, term, path: path, section: .isActors, name: .actor, head: actorHead(term))
        var quotes: [PageMap] = []
        var more = 0
        for i in term.entries {
            for q in ctx.site.entries[i].document.quotes where q.speaker?.trimmingWhitespace() == term.name {
                if quotes.count < config.pageSize { quotes.append(ctx.quote(q, entry: i)) } else { more += 1 }
            }
        }
        v[.quotes] = .maps(quotes)
        if more > 0 { v[.quotesMore] = .number(more) }
        return v
    }

    /// What an actor's and a topic's first page have: the term (`head`, under `name`) with its
    /// count, and the actors and topics its articles name, but for itself.
    func termPage(_ ctx: PageContext, _ term: SiteIndex.Term, path: String, section: PageName, name: PageName, head: PageMap) -> PageMap {
        var v = ctx.base(path: path, title: term.name, section: section)
        var head = head
        head[.count] = .number(term.entries.count)
        head[.countLabel] = .text(PageContext.plural(term.entries.count, "article"))
        v[name] = .map(head)
        let isActor = name == .actor
        v[.relatedActors] = .maps(ctx.related(term.entries, terms: ctx.site.actors, entryTerms: ctx.site.entryActors,
                                              excluding: isActor ? term.name : nil, link: ctx.actorLink))
        v[.relatedTopics] = .maps(ctx.related(term.entries, terms: ctx.site.topics, entryTerms: ctx.site.entryTopics,
                                              excluding: isActor ? nil : term.name, link: ctx.topicLink))
        return v
    }

    /// A month of an actor's articles: only what belongs to the month (see `ListArchive`).
    func actorPeriodPage(_ ctx: PageContext, _ term: SiteIndex.Term, path: String) -> PageMap {
        var v = ctx.base(path: path, title: term.name, section: .isActors)
        v[.actor] = .map(actorHead(term))
        v[.quotes] = [] // the templates test these lists with `empty()`, which a missing value fails
        v[.relatedActors] = []
        v[.relatedTopics] = []
        return v
    }

    func topicPage(_ ctx: PageContext, _ term: SiteIndex.Term, path: String) -> PageMap {
        termPage(ctx, term, path: path, section: .isTopics, name: .topic, head: topicHead(term))
    }

    /// A month of a topic's articles (see `ListArchive`).
    func topicPeriodPage(_ ctx: PageContext, _ term: SiteIndex.Term, path: String) -> PageMap {
        var v = ctx.base(path: path, title: term.name, section: .isTopics)
        v[.topic] = .map(topicHead(term))
        v[.relatedActors] = []
        v[.relatedTopics] = []
        return v
    }

    func datesIndex(_ ctx: PageContext) -> PageMap {
        var v = ctx.base(path: "dates/index.html", title: "Dates", section: .isDates)
        // Days are newest first, so the days of a month are consecutive.
        var months: [(key: String, name: String, days: [PageValue], count: Int)] = []
        for entry in ctx.site.days {
            let day = PageValue.map(ctx.dayValues(entry.day, count: entry.entries.count))
            if months.last?.key == entry.day.monthKey {
                months[months.count - 1].days.append(day)
                months[months.count - 1].count += entry.entries.count
            } else {
                months.append((entry.day.monthKey, entry.day.monthName, [day], entry.entries.count))
            }
        }
        v[.months] = .maps(months.map { [.key: .text($0.key), .name: .text($0.name), .days: .list($0.days), .count: .number($0.count)] })
        if !ctx.site.undated.isEmpty {
            v[.undated] = .map([.count: .number(ctx.site.undated.count), .url: .text(PageContext.undatedURL)])
        }
        return v
    }

    /// The print edition: one document at `print/index.html` up to `config.printVolumeSize`
    /// articles; beyond, a volume for each month (`print/<YYYY-MM>/index.html`, the undated at
    /// `print/undated/`), in parts of at most that size (`print/<YYYY-MM>/<n>/index.html`, cut
    /// by `StableParts`), listed by `print/index.html`, so that an added article changes the
    /// part it lands in, not every volume nor every later part of its month.
    /// Gives, for each page added, the index of the last entry whose body it shows (nil: none).
    func printVolumes(_ ctx: PageContext, _ page: AddPage) -> [Int?] {
        let site = ctx.site
        let size = max(1, config.printVolumeSize)
        let all = Array(site.entries.indices)
        guard all.count > size else {
            printVolume(ctx, page, path: "print/index.html", entries: all[...], volume: nil)
            return [all.last]
        }
        let periods = ListPeriod.months(count: all.count) { ctx.days[$0] }
        let path = { (p: ListPeriod, k: Int) in k == 0 ? "print/\(p.key)/index.html" : "print/\(p.key)/\(k + 1)/index.html" }
        let partsOf = periods.map { $0.parts(of: size) { ctx.identities[$0] } }
        let volumes = zip(periods, partsOf).flatMap { p, parts in parts.enumerated().map { (period: p, part: $0, parts: parts.count, entries: $1) } }
        page("print/index.html", "print", nil) {
            var v = ctx.base(path: "print/index.html", title: "\(config.title) — print edition", section: .isPrint)
            v[.cover] = .map(printCover(ctx, all[...], volume: nil))
            v[.articles] = []
            v[.volumes] = .maps(zip(periods, partsOf).map { p, parts in
                var volume: PageMap = [.name: .text(p.name), .url: .text(path(p, 0)), .count: .number(p.positions.count),
                                       .countLabel: .text(PageContext.plural(p.positions.count, "article"))]
                volume[.parts] = .maps(parts.count < 2 ? [] : parts.indices.map {
                    [.number: .number($0 + 1), .url: .text(path(p, $0)), .count: .number(parts[$0].count)]
                })
                return volume
            })
            return v
        }
        for (n, volume) in volumes.enumerated() {
            var label = volume.period.name
            if volume.parts > 1 { label += ", part \(volume.part + 1) of \(volume.parts)" }
            var values: PageMap = [.name: .text(label), .allURL: .text("print/index.html")]
            if n > 0 { values[.prevURL] = .text(path(volumes[n - 1].period, volumes[n - 1].part)) }
            if n + 1 < volumes.count { values[.nextURL] = .text(path(volumes[n + 1].period, volumes[n + 1].part)) }
            printVolume(ctx, page, path: path(volume.period, volume.part), entries: volume.entries, volume: values)
        }
        return [nil] + volumes.map(\.entries.last)
    }

    /// One print volume: `entries` (indexes into the site's, in order), numbered from 1, and,
    /// when the edition has volumes, which one it is (`volume`).
    func printVolume(_ ctx: PageContext, _ page: AddPage, path: String, entries: ArraySlice<Int>, volume: PageMap?) {
        let site = ctx.site
        page(path, "print", { printKey(ctx, entries, path: path, volume: volume) }) {
            let title = "\(config.title) — print edition" + (volume?[.name]?.text.map { ", \($0)" } ?? "")
            var v = ctx.base(path: path, title: title, section: .isPrint)
            v[.cover] = .map(printCover(ctx, entries, volume: volume))
            v[.volumes] = []
            v[.articles] = .maps(entries.enumerated().map { n, i -> PageMap in
                var card = ctx.card(i, more: 3)
                card[.anchor] = .text("a-\(site.entries[i].slug)")
                card[.number] = .number(n + 1)
                card[.body] = .fragment(BodyHTML(body: site.bodies[i], prefix: "a-\(site.entries[i].slug)-"))
                return card
            })
            return v
        }
    }

    /// A print document's cover: how many articles, the days they span, and which volume.
    func printCover(_ ctx: PageContext, _ entries: ArraySlice<Int>, volume: PageMap?) -> PageMap {
        var cover: PageMap = [.count: .number(entries.count), .countLabel: .text(PageContext.plural(entries.count, "article"))]
        let days = entries.compactMap { ctx.site.entries[$0].document.date }
        if let newest = days.max(), let oldest = days.min() {
            cover[.range] = .text(oldest == newest ? newest.longName : "\(oldest.longName) – \(newest.longName)")
        }
        if let volume { cover[.volume] = .map(volume) }
        return cover
    }

    func notFoundPage(_ ctx: PageContext) -> PageMap {
        var v = ctx.base(path: "404.html", title: "Page not found", section: .isHome)
        // A host serves 404.html at any depth; absolute links work there when the base URL is known.
        if let base = config.baseURL { v[.root] = .text(base.hasSuffix("/") ? base : base + "/") }
        return v
    }
}
