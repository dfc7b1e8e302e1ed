import DossierModel

/// Values for the Atom feed and the sitemap. Absolute URLs come from `base_url` when it is
/// set; without it, links stay relative to the site root (readers resolve them against the feed).
enum FeedValues {
    static let feedLimit = 50

    static func absolute(_ url: String, _ config: DossierConfig) -> String {
        guard let base = config.baseURL, !base.isEmpty else { return url }
        return (base.hasSuffix("/") ? base : base + "/") + url
    }

    static func feed(_ ctx: PageContext) -> [String: Any] {
        let config = ctx.config
        let site = ctx.site
        let stamp = { (day: Day?) in "\(day?.iso ?? "1970-01-01")T00:00:00Z" }
        let entries = site.entries.indices.prefix(feedLimit).map { i -> [String: Any] in
            let e = site.entries[i]
            var v: [String: Any] = [
                "title": e.document.title,
                "url": absolute(PageContext.articleURL(e.slug), config),
                "id": config.baseURL != nil ? absolute(PageContext.articleURL(e.slug), config) : "urn:dossier:article:\(e.slug)",
                "updated": stamp(e.document.date),
                "topics": e.document.topics,
            ]
            if let lede = site.rendered[i].lede { v["summary"] = lede }
            if let source = e.document.source { v["source"] = source }
            return v
        }
        return [
            "site": ctx.siteValues,
            "home": absolute("index.html", config),
            "self": absolute("feed.xml", config),
            "id": config.baseURL.map { _ in absolute("", config) } ?? "urn:dossier:\(Slug.make(config.title))",
            "updated": stamp(site.days.first?.day),
            "entries": entries,
        ]
    }

    /// URLs one sitemap file may list (the sitemaps.org limit).
    static let sitemapLimit = 50_000

    /// The sitemap files for the site's `paths`: `sitemap.xml` alone when every page fits in
    /// one, else `sitemap-1.xml`, `sitemap-2.xml` … of `limit` URLs each and `sitemap.xml` as
    /// their index (`index` true, `sitemaps`). All through the one template.
    static func sitemaps(_ ctx: PageContext, paths: [String], limit: Int = sitemapLimit) -> [(path: String, values: [String: Any])] {
        let urls = paths.filter { $0.hasSuffix(".html") && $0 != "404.html" }.sorted().map { ["loc": absolute($0, ctx.config)] }
        guard urls.count > limit else { return [("sitemap.xml", ["urls": urls])] }
        let parts = stride(from: 0, to: urls.count, by: limit).enumerated().map { k, start in
            ("sitemap-\(k + 1).xml", ["urls": Array(urls[start..<min(start + limit, urls.count)])] as [String: Any])
        }
        let index: [String: Any] = ["index": true, "sitemaps": parts.map { ["loc": absolute($0.0, ctx.config)] }]
        return parts + [("sitemap.xml", index)]
    }
}
