import DossierModel

/// The values of an article's card and a story's card, and for each a key: a fingerprint of
/// everything the values are built from, computed without building them. A key that missed an
/// input would keep a page that shows the card when the card changed: `KeptPagesTests`.
/// A class: each card's closure holds it with one retain.
final class Cards {
    let site: SiteIndex
    let actorLinks: TermLinks
    let topicLinks: TermLinks

    init(site: SiteIndex, actorLinks: TermLinks, topicLinks: TermLinks) {
        self.site = site
        self.actorLinks = actorLinks
        self.topicLinks = topicLinks
    }

    /// An article as it appears in lists.
    func card(_ i: Int) -> PageMap {
        let e = site.entries[i]
        let d = e.document
        var v: PageMap = [
            .title: .text(d.title),
            .url: .text(PageContext.articleURL(e.slug)),
            .slug: .text(e.slug),
            .actors: .maps(d.actors.map(actorLinks.link)),
            .topics: .maps(d.topics.map(topicLinks.link)),
            .edited: .flag(d.isEdited),
        ]
        v.reserveCapacity(13)
        if let day = d.date {
            v[.date] = .text(day.iso)
            v[.dateLong] = .text(day.longName)
            v[.dateURL] = .text(PageContext.dayURL(day))
        }
        if let event = d.eventDate, event != d.date {
            v[.eventDate] = .text(event.iso)
            v[.eventDateLong] = .text(event.longName)
        }
        if let source = d.source { v[.source] = .text(source) }
        if let lede = site.bodies[i].outline.lede { v[.lede] = .text(lede) }
        return v
    }

    /// What `card(i)` is built from: the slug, title, the links of its actors and topics, the
    /// edited flag, dates, source and lede.
    func key(_ i: Int) -> UInt64 {
        let e = site.entries[i]
        let d = e.document
        var key = Fingerprint()
        key.add(e.slug)
        key.add(d.title)
        key.add(d.actors.count)
        for (k, name) in d.actors.enumerated() { Cards.addLink(name, site.actorNames.term(i, k), site.actors, to: &key) }
        key.add(d.topics.count)
        for (k, name) in d.topics.enumerated() { Cards.addLink(name, site.topicNames.term(i, k), site.topics, to: &key) }
        key.add(byte: d.isEdited ? 1 : 0)
        key.add(optional: d.date)
        key.add(optional: d.eventDate)
        key.add(optional: d.source)
        key.add(optional: site.bodies[i].outline.lede)
        return key.value
    }

    /// A story as it appears in lists: the newest version's title, actors and lede, the dates,
    /// outlets and number of the versions.
    func storyCard(_ s: Int) -> PageMap {
        let story = site.stories[s]
        let docs = story.entries.map { site.entries[$0].document }
        let days = docs.compactMap(\.date).sorted()
        var v: PageMap = [
            .title: .text(docs[0].title),
            .url: .text(PageContext.storyURL(story.slug)),
            .count: .number(story.entries.count),
            .countLabel: .text(PageContext.plural(story.entries.count, "version")),
            .outlets: .texts(Array(Set(docs.compactMap(\.source))).sorted()),
            .actors: .maps(Array(docs[0].actors.prefix(3)).map(actorLinks.link)),
        ]
        if let first = days.first, let last = days.last {
            v[.dates] = .text(first == last ? last.longName : "\(first.longName) – \(last.longName)")
        }
        if let lede = site.bodies[story.entries[0]].outline.lede { v[.lede] = .text(lede) }
        return v
    }

    /// What `storyCard(s)` is built from.
    func storyKey(_ s: Int) -> UInt64 {
        let story = site.stories[s]
        let newest = site.entries[story.entries[0]].document
        var key = Fingerprint()
        key.add(story.slug)
        key.add(story.entries.count)
        for i in story.entries {
            key.add(optional: site.entries[i].document.date)
            key.add(optional: site.entries[i].document.source)
        }
        key.add(newest.title)
        let actors = newest.actors.prefix(3)
        key.add(actors.count)
        for (k, name) in actors.enumerated() { Cards.addLink(name, site.actorNames.term(story.entries[0], k), site.actors, to: &key) }
        key.add(optional: site.bodies[story.entries[0]].outline.lede)
        return key.value
    }

    /// Feeds what the link to a name of an entry (`TermLinks.link`) is built from into `key`:
    /// the name and the slug of its term (`term`, from `NameTerms`; -1: none), the term whose
    /// name is the name trimmed, as the link finds it.
    private static func addLink(_ name: String, _ term: Int, _ terms: [SiteIndex.Term], to key: inout Fingerprint) {
        key.add(name)
        guard term >= 0 else { return key.add(byte: 0) }
        key.add(byte: 1)
        key.add(terms[term].slug)
    }
}
