import DossierModel

/// The keys of the pages of which there are many: for each, a fingerprint of everything its
/// values are built from (`SitePages.swift`), computed from cards' keys and the site's inputs
/// without building the values. A key that missed an input would keep a page that changed:
/// `KeptPagesTests` mutates each input.
extension SiteRenderer {
    /// Everything `articlePage` reads: the path, the site's values, the article's card, body
    /// (the fingerprint of its HTML, from which its table of contents comes), source file,
    /// places, number of quotes, story card, and its neighbours' cards.
    func articleKey(_ ctx: PageContext, _ i: Int, path: String) -> UInt64 {
        let site = ctx.site
        let doc = site.entries[i].document
        var key = Fingerprint()
        key.add(path)
        key.add(key: ctx.siteShared.fingerprint)
        key.add(key: ctx.cards[i].fingerprint)
        key.add(key: site.bodies[i].outline.fingerprint)
        key.add(doc.sourceFile)
        key.add(doc.places.count)
        for place in doc.places { key.add(place) }
        key.add(doc.quotes.count)
        add(site.storyOf[i].map { ctx.storyCards[$0] }, to: &key)
        add(i > 0 ? ctx.cards[i - 1] : nil, to: &key)
        add(i + 1 < site.entries.count ? ctx.cards[i + 1] : nil, to: &key)
        return key.value
    }

    /// Everything `storyPage` reads, fingerprinted without comparing the versions: the page's
    /// path, the site's values, the story's card, and each version's card (which holds the links
    /// of its actors and topics) and summary Markdown (what the comparison reads).
    func storyKey(_ ctx: PageContext, _ s: Int, path: String) -> UInt64 {
        var key = Fingerprint()
        key.add(path)
        key.add(key: ctx.siteShared.fingerprint)
        key.add(key: ctx.storyCards[s].fingerprint)
        for i in ctx.site.stories[s].entries {
            key.add(key: ctx.cards[i].fingerprint)
            key.add(key: ctx.site.entries[i].markdown.checksum)
            key.add(ctx.site.entries[i].markdown.size)
        }
        return key.value
    }

    /// One page of a paginated list of articles: the key of what its list's values read
    /// (`common`), its path (its place and root), the number of pages and its articles' cards.
    func listKey(_ ctx: PageContext, _ common: UInt64, path: String, cards: ArraySlice<Int>, pages: Int) -> UInt64 {
        var key = Fingerprint()
        key.add(key: common)
        key.add(path)
        key.add(pages)
        key.add(cards.count)
        for i in cards { key.add(key: ctx.cards[i].fingerprint) }
        return key.value
    }

    /// What `actorPage` reads: the site's values, the page size (quotes shown), the actor, its
    /// entry in the config, and each of its articles' cards (titles, dates, the links of the
    /// terms related through them) and quotes.
    func actorKey(_ ctx: PageContext, _ term: SiteIndex.Term) -> UInt64 {
        var key = termKey(ctx, term, kind: "actor")
        let entry = config.actors.first { $0.name == term.name }
        key.add(optional: entry?.role)
        key.add(optional: entry?.country)
        for i in term.entries { key.add(key: ctx.quoteKeys[i]) }
        return key.value
    }

    /// What `topicPage` reads: the site's values, the topic, its description in the config and
    /// each of its articles' cards (the links of the terms related through them).
    func topicKey(_ ctx: PageContext, _ term: SiteIndex.Term) -> UInt64 {
        var key = termKey(ctx, term, kind: "topic")
        key.add(optional: config.topics.first { $0.name == term.name }?.description)
        return key.value
    }

    private func termKey(_ ctx: PageContext, _ term: SiteIndex.Term, kind: String) -> Fingerprint {
        var key = Fingerprint()
        key.add(kind)
        key.add(key: ctx.siteShared.fingerprint)
        key.add(config.pageSize)
        key.add(term.name)
        key.add(term.slug)
        key.add(term.entries.count)
        for i in term.entries { key.add(key: ctx.cards[i].fingerprint) }
        return key
    }

    /// What a day's page reads besides its articles: the site's values, the day and its count,
    /// and the days before and after it with theirs.
    func dayKey(_ ctx: PageContext, _ n: Int) -> UInt64 {
        let days = ctx.site.days
        var key = Fingerprint()
        key.add("day")
        key.add(key: ctx.siteShared.fingerprint)
        for m in [n - 1, n, n + 1] {
            guard days.indices.contains(m) else { key.add(byte: 0); continue }
            key.add(byte: 1)
            key.add(optional: days[m].day)
            key.add(days[m].entries.count)
        }
        return key.value
    }

    /// What the undated articles' page reads besides its articles: the site's values.
    func undatedKey(_ ctx: PageContext) -> UInt64 {
        var key = Fingerprint()
        key.add("undated")
        key.add(key: ctx.siteShared.fingerprint)
        return key.value
    }

    /// Everything a print volume reads: its path, the site's values (its title among them),
    /// which volume it is (its name and neighbours), and each article's card and body.
    func printKey(_ ctx: PageContext, _ entries: ArraySlice<Int>, path: String, volume: PageMap?) -> UInt64 {
        var key = Fingerprint()
        key.add(path)
        key.add(key: ctx.siteShared.fingerprint)
        for name in [PageName.name, .prevURL, .nextURL, .allURL] { key.add(volume?[name]?.text ?? "\u{0}") }
        key.add(entries.count)
        for i in entries {
            key.add(key: ctx.cards[i].fingerprint)
            key.add(key: ctx.site.bodies[i].outline.fingerprint)
        }
        return key.value
    }

    /// What a month's page of an actor's or topic's list reads besides its articles: the site's
    /// values, the page size, the term and its entry in the config (`actorHead`, `topicHead`).
    func termPeriodKey(_ ctx: PageContext, _ term: SiteIndex.Term, kind: String) -> UInt64 {
        var key = Fingerprint()
        key.add(kind + " period")
        key.add(key: ctx.siteShared.fingerprint)
        key.add(config.pageSize)
        key.add(term.name)
        key.add(term.slug)
        let actor = config.actors.first { $0.name == term.name }
        key.add(optional: actor?.role)
        key.add(optional: actor?.country)
        key.add(optional: config.topics.first { $0.name == term.name }?.description)
        return key.value
    }

    /// Adds a shared value's fingerprint, told apart from none.
    private func add(_ shared: SharedValue?, to key: inout Fingerprint) {
        guard let shared else { return key.add(byte: 0) }
        key.add(byte: 1)
        key.add(key: shared.fingerprint)
    }
}
