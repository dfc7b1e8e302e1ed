import DossierModel

/// Values for the Atom feed and the sitemap. Absolute URLs come from `base_url` when it is
/// set; without it, links stay relative to the site root (readers resolve them against the feed).
enum FeedValues {
    static let feedLimit = 50

    static func absolute(_ url: String, _ config: DossierConfig) -> String {
        guard let base = config.baseURL, !base.isEmpty else { return url }
        return (base.hasSuffix("/") ? base : base + "/") + url
    }

    static func feed(_ ctx: PageContext) -> PageMap {
        let config = ctx.config
        let site = ctx.site
        let stamp = { (day: Day?) in "\(day?.iso ?? "1970-01-01")T00:00:00Z" }
        let entries = site.entries.indices.prefix(feedLimit).map { i -> PageMap in
            let e = site.entries[i]
            var v: PageMap = [
                .title: .text(e.document.title),
                .url: .text(absolute(PageContext.articleURL(e.slug), config)),
                .id: .text(config.baseURL != nil ? absolute(PageContext.articleURL(e.slug), config) : "urn:dossier:article:\(e.slug)"),
                .updated: .text(stamp(e.document.date)),
                .topics: .texts(e.document.topics),
            ]
            if let lede = site.bodies[i].outline.lede { v[.summary] = .text(lede) }
            if let source = e.document.source { v[.source] = .text(source) }
            return v
        }
        return [
            .site: .shared(ctx.siteShared),
            .home: .text(absolute("index.html", config)),
            .selfURL: .text(absolute("feed.xml", config)),
            .id: .text(config.baseURL.map { _ in absolute("", config) } ?? "urn:dossier:\(Slug.make(config.title))"),
            .updated: .text(stamp(site.days.first?.day)),
            .entries: .maps(entries),
        ]
    }

    /// URLs one sitemap file may list (the sitemaps.org limit).
    static let sitemapLimit = 50_000

    /// The sitemap files for the site's `paths`: `sitemap.xml` alone when every page fits in
    /// one, else `sitemap-1.xml`, `sitemap-2.xml` … of `limit` URLs each and `sitemap.xml` as
    /// their index (`index` true, `sitemaps`). All through the one template. Each with its
    /// key (the base URL and the paths it lists) and its values, built when it is rendered.
    static func sitemaps(_ ctx: PageContext, paths: [String], limit: Int = sitemapLimit)
        -> [(path: String, key: UInt64, values: () -> PageMap)] {
        let config = ctx.config
        var listed = paths.filter { $0.hasSuffix(".html") && $0 != "404.html" }
        let locs = { (paths: ArraySlice<String>) in PageValue.maps(paths.map { [.loc: .text(absolute($0, config))] }) }
        let key = { (kind: String, paths: ArraySlice<String>) -> UInt64 in
            var key = Fingerprint()
            key.add(kind)
            key.add(optional: config.baseURL)
            key.add(paths.count)
            for path in paths { key.add(path) }
            return key.value
        }
        // One file: keyed by its paths in plan order (the same site gives the same order), so
        // that a rebuild that keeps it does not sort them.
        guard listed.count > limit else {
            let one = listed
            return [("sitemap.xml", key("urls", one[...]), { [.urls: locs(TextOrder.sorted(one)[...])] })]
        }
        listed = TextOrder.sorted(listed)
        let parts = stride(from: 0, to: listed.count, by: limit).enumerated().map { k, start in
            let slice = listed[start..<min(start + limit, listed.count)]
            return ("sitemap-\(k + 1).xml", key("urls", slice), { [.urls: locs(slice)] as PageMap })
        }
        let names = parts.map(\.0)[...]
        let index = ("sitemap.xml", key("index", names), { [.index: true, .sitemaps: locs(names)] as PageMap })
        return parts + [index]
    }
}
