import DossierModel
import Mustache

/// Why the site could not be rendered.
public struct RenderError: Error, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}

/// Renders the whole site: every page of the URL scheme, the feed and the sitemap, as files
/// in memory. Pure: the same entries, config and templates give the same files.
public struct SiteRenderer {
    /// The templates every site needs (names inside Templates/, without ".mustache").
    public static let requiredTemplates = [
        "index", "article", "stories", "story", "actors", "actor", "topics", "topic", "dates", "date", "print", "404",
        "feed.xml", "sitemap.xml",
    ]

    /// The pages that show an article's body: its article page and its print volume (see
    /// `renderOrder`). A template that shows it elsewhere too gets it rendered again, the same.
    static let pagesShowingABody = 2

    /// The templates and the config, in one shared object: every page's closures hold the
    /// renderer, and copy it with one retain instead of one per field of the config.
    private final class Parts {
        let templates: PageTemplates
        let config: DossierConfig

        init(templates: PageTemplates, config: DossierConfig) {
            self.templates = templates
            self.config = config
        }
    }

    private let parts: Parts
    var templates: PageTemplates { parts.templates }
    var config: DossierConfig { parts.config }

    public init(templates: PageTemplates, config: DossierConfig) throws {
        let missing = SiteRenderer.requiredTemplates.filter { !templates.has($0) }
        guard missing.isEmpty else {
            throw RenderError(message: "templates missing: \(missing.map { "\($0).mustache" }.joined(separator: ", "))")
        }
        parts = Parts(templates: templates, config: config)
    }

    public init(templates: MustacheLibrary, config: DossierConfig) throws {
        try self.init(templates: PageTemplates(templates), config: config)
    }

    /// A renderer for templates already checked (tests register only what they use);
    /// `compiled: false` renders through swift-mustache alone.
    init(unchecked templates: MustacheLibrary, config: DossierConfig, compiled: Bool = true) {
        parts = Parts(templates: PageTemplates(templates, compiled: compiled), config: config)
    }

    /// All pages for `entries`, in memory (the build streams them instead: `plan`, then
    /// `render(_:previous:each:)`).
    public func render(_ entries: [SiteEntry], bodies: [String: SiteBody] = [:],
                       previous: [String: UInt64] = [:]) -> [SiteFile] {
        render(plan(entries, bodies: bodies), previous: previous) { $0 }
    }

    /// The site's pages to render, from the entries: indexes, stories, cards, and every page
    /// of the URL scheme with how to build its values. `bodies` holds each entry's body (by
    /// slug); entries without one are rendered here. The bodies are planned once: their story
    /// words are let go once the stories are grouped, and each lets its HTML go once the two
    /// pages that show it are rendered (memory). Pure otherwise.
    public func plan(_ entries: [SiteEntry], bodies: [String: SiteBody] = [:]) -> SitePlan {
        let site = SiteIndex(entries: entries, bodies: bodies)
        let ctx = PageContext(site: site, config: config)
        // The pages are listed while the cards are made: listing them reads no card (their
        // closures do, once the pages are rendered).
        let ((jobs, order), cards) = both({ pageJobs(ctx) }, parts: ctx.cardParts) { ctx.makeCards(part: $0) }
        ctx.setCards(cards)
        // List and story pages share each article's card, rendered once when first needed.
        ctx.cardCache = CardCache(templates: templates, cards: ctx.cards)
        for body in site.bodies { body.releaseAfterReads(SiteRenderer.pagesShowingABody) }
        return SitePlan(jobs: jobs, order: order)
    }

    /// Renders every page of `plan` in parallel (in the plan's render order) and hands each to
    /// `each` as soon as it is rendered, on the worker that rendered it (so `each` must be safe
    /// to call concurrently); returns what `each` made of the pages, in plan order. A page's
    /// values are built on its worker and dropped with its text once `each` returns: memory
    /// does not grow with the site.
    /// `previous` holds the fingerprints of the pages the previous build rendered with the same
    /// templates and program (path → fingerprint); a page whose values have the same fingerprint
    /// is not rendered again (its `bytes` are nil).
    public func render<T: Sendable>(_ plan: SitePlan, previous: [String: UInt64] = [:], each: @Sendable (SiteFile) -> T) -> [T] {
        let templates = self.templates
        let jobs = plan.jobs
        let rendered = plan.order.parallelMap { (j: Int) -> T in
            let job = jobs[j]
            var fingerprint = Fingerprint()
            fingerprint.add(job.value.template)
            var values: PageMap?
            if let key = job.value.key {
                fingerprint.add(byte: 0)
                fingerprint.add(Int(truncatingIfNeeded: key()))
            } else {
                values = job.value.values()
                PageValue.map(values!).fingerprint(into: &fingerprint)
            }
            if previous[job.value.path] == fingerprint.value {
                return each(SiteFile(path: job.value.path, bytes: nil, fingerprint: fingerprint.value))
            }
            return each(SiteFile(path: job.value.path, bytes: templates.render(values ?? job.value.values(), withTemplate: job.value.template) ?? [],
                                 fingerprint: fingerprint.value))
        }
        return plan.inPlanOrder(rendered)
    }
}
