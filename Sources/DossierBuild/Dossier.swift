import DossierModel
import DossierRender
import DossierSummary
import Foundation
import Logging
import Mustache

/// The pipeline, step by step: the imperative shell around the pure stages.
///
///     load config → load templates → summarize (ingest → analyze → write summaries)
///       → render (Markdown → HTML, pages) → replace Output/
public enum Dossier {
    /// Where a build reads and writes.
    public struct Paths: Sendable {
        public var content: URL
        public var templates: URL
        public var output: URL

        public init(content: URL, templates: URL, output: URL) {
            self.content = content
            self.templates = templates
            self.output = output
        }
    }

    /// What a build did.
    public struct BuildResult: Sendable {
        public var summaries: SummarizeResult
        /// Pages (and feeds) in the site.
        public var pages: Int
        /// Of those, the ones written because they are new or changed…
        public var written: Int
        /// …and the ones the previous build had written the same (left as they are).
        public var unchanged: Int
        /// What the build made in memory (entries, bodies, the plan, the pages' results), freed
        /// with the result: a command that ends right after the build exits while holding it
        /// (`exit`), so that the system takes the memory back at once instead of the build
        /// freeing a site's worth of objects one by one (a tenth of a rebuild's CPU time). A
        /// library caller that keeps the result keeps all of it: keep only what it needs.
        public var memory: BuildMemory
    }

    /// Values a build made, kept alive until its result goes (see `BuildResult.memory`).
    public final class BuildMemory: @unchecked Sendable {
        private let values: [Any]
        init(_ values: Any...) { self.values = values }
    }

    /// `dossier summarize`: writes Content/summaries from Content/articles.
    public static func summarize(content: URL, logger: Logger, progress: StepProgress.Report? = nil) throws -> SummarizeResult {
        let config = try loadConfig(content: content)
        let result = try SummarizeStep.run(content: content, config: config, program: programChecksum(), progress: progress)
        _ = result.cacheWrite?.value
        report(result, logger: logger)
        if let first = result.errors.first {
            throw DossierError(step: "summaries", file: first.file, line: first.line, first.message)
        }
        return result
    }

    /// `dossier build`: summarize, then render the site into `paths.output`.
    public static func build(_ paths: Paths, logger: Logger, progress: StepProgress.Report? = nil) throws -> BuildResult {
        var laps = Laps(enabled: ProcessInfo.processInfo.environment["DOSSIER_TIMINGS"] != nil)
        defer { laps.report() }
        let config = try loadConfig(content: paths.content)
        let content = ContentFolder(root: paths.content)
        let (templates, templatesKey) = try TemplateStep.load(paths.templates, content: content, program: programChecksum())
        let renderer: SiteRenderer
        do {
            renderer = try SiteRenderer(templates: templates, config: config)
        } catch let error as RenderError {
            throw DossierError(step: "templates", file: paths.templates.path, error.message)
        }
        let output = OutputFolder(url: paths.output)
        let lock = output.lock()
        defer { if lock >= 0 { close(lock) } }
        output.recover()
        try output.checkReplaceable()
        let renderKey = templatesKey + "+" + programChecksum() + "+" + Markdown.libraryVersion
        let bodyKey = BodyCache.key(program: programChecksum())
        laps.lap("config and templates")

        // Bodies rendered before their pages set their HTML aside here until the pages read it.
        let spill = BodySpill(folder: content.scratch)
        var summaries = try SummarizeStep.run(content: paths.content, config: config, program: programChecksum(), spill: spill,
                                              progress: progress)
        defer { _ = summaries.cacheWrite?.value } // written while the site is rendered
        laps.lap("summarize")
        report(summaries, logger: logger)
        if let first = summaries.errors.first {
            throw DossierError(step: "summaries", file: first.file, line: first.line, first.message)
        }
        if config.baseURL == nil {
            logger.info("note: base_url is not set in dossier.yml; feed.xml and sitemap.xml use relative URLs")
        }
        // Pages rendered by the same templates, program and cmark-gfm from the same values are
        // kept: the previous build's manifest, and which of its pages are still there, are read
        // while the bodies and the site index are made (steps that leave a core idle: beside
        // summarize it slowed it, ~14k `stat`s at ~4 µs on this kind of machine).
        let previousSite = Background { () -> (OutputFolder.Manifest, [String: UInt64]) in
            let previous = output.previousManifest()
            let reusable = output.reusableFingerprints(previous, key: renderKey)
            return (previous, reusable)
        }
        // Bodies summarize generated were rendered there, those rendered before by this program
        // keep their outline, and the rest are rendered now; none holds its HTML until a page
        // shows it. No summary's text is held either (~5 KB an article): pages read theirs again.
        // (The cache is read here, not beside summarize: memory a helper thread frees is not
        // reused by the page workers, and the decoded cache is ~20 MB at 10k.)
        let bodyCache = content.loadBodyCache(key: bodyKey)
        let cachedBodies = bodyCache.entries
        let (bodies, savingBodies) = siteBodies(summaries.entries, cached: cachedBodies, rendered: summaries.bodies, spill: spill) {
            content.saveBodyCache($0, key: bodyKey, previous: bodyCache, held: cachedBodies)
        }
        summaries.bodies = [:]
        laps.lap("markdown")
        let plan = renderer.plan(summaries.entries, bodies: bodies)
        laps.lap("site index")
        // Pages go to disk as they are rendered: the site is never held in memory whole.
        let (previous, reusable) = previousSite.value
        let staging = try output.beginStaging(previous: previous)
        let pages = renderer.render(plan, previous: reusable, each: staging.write)
        laps.lap("pages")
        // A page keyed by a summary's stamp but made from other text would be kept as it is by
        // the next build: publish nothing when a summary read again had changed.
        if let changed = summaries.entries.first(where: { $0.markdown.changedOnDisk }) {
            output.discard(staging)
            throw DossierError(step: "pages", file: content.summaries.appendingPathComponent(changed.slug + ".md").path,
                               "changed or was removed while the site was built; nothing was published, build again")
        }
        let written = try output.finish(staging, pages: pages, assets: paths.templates.appendingPathComponent("assets"), key: renderKey,
                                         previous: previous)
        _ = savingBodies.value
        laps.lap("write and swap")
        let counts = "\(written.written) written, \(written.unchanged) unchanged"
        logger.info("built \(pages.count) pages from \(summaries.entries.count) articles into \(paths.output.path) (\(counts))")
        return BuildResult(summaries: summaries, pages: pages.count, written: written.written, unchanged: written.unchanged,
                           memory: BuildMemory(plan, bodies, pages, staging, previous, reusable, renderer))
    }

    // MARK: Steps

    /// The entries' bodies: those summarize `rendered`, else from the cached outlines where they
    /// have them, else rendered into `spill` (`BodyCache.bodies`); on another thread (joined at
    /// the end of the build), when the cache does not hold exactly these bodies, `save` rewrites
    /// it, and nothing else keeps the cache's entries once it has.
    static func siteBodies(_ entries: [SiteEntry], cached: [FileStamp: BodyCache.Entry], rendered: [String: SiteBody], spill: BodySpill?,
                           save: @escaping @Sendable ([FileStamp: BodyCache.Entry]) -> Void) -> ([String: SiteBody], Background<Void>) {
        let made = BodyCache.bodies(of: entries, cached: cached, rendered: rendered, spill: spill)
        let kept = made.kept
        return (made.bodies, Background { if !kept.wereCached(count: cached.count) { save(kept.entries) } })
    }

    static func loadConfig(content: URL) throws -> DossierConfig {
        let file = ContentFolder(root: content).configFile
        let text: String?
        do { text = try FileIO.text(file) } catch {
            throw DossierError(step: "config", file: file.path, "cannot read: \(error.localizedDescription)")
        }
        guard let text else { return .builtIn }
        return try ConfigParser.parse(text, file: file.path)
    }

    /// This build of the program (`ProgramIdentity`): a new build of dossier renders every page
    /// and analyses every article again.
    static func programChecksum() -> String { ProgramIdentity.current }

    /// How many warnings are printed one by one; the rest are counted by kind.
    static let warningLimit = 30

    /// "412 × no publication date found, 3 × quote without a known speaker in paragraph N".
    static func warningCounts(_ warnings: ArraySlice<Diagnostic>) -> String {
        var counts: [String: Int] = [:]
        var kinds: [String: String] = [:] // most warnings repeat a message word for word
        for w in warnings {
            let kind = kinds[w.message] ?? {
                let head = w.message.split(separator: ":", maxSplits: 1).first.map(String.init) ?? w.message
                let kind = head.split(separator: " ").map { $0.allSatisfy(\.isNumber) ? "N" : String($0) }.joined(separator: " ")
                kinds[w.message] = kind
                return kind
            }()
            counts[kind, default: 0] += 1
        }
        return counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .map { "\($0.value) × \($0.key)" }.joined(separator: ", ")
    }

    static func report(_ result: SummarizeResult, logger: Logger) {
        let warnings = result.diagnostics.filter { $0.severity == .warning }
        for d in result.errors { logger.error("\(d)") }
        for d in warnings.prefix(warningLimit) { logger.warning("\(d)") }
        if warnings.count > warningLimit {
            logger.warning("… and \(warnings.count - warningLimit) more warnings: \(warningCounts(warnings.dropFirst(warningLimit)))")
        }
        var parts = ["\(result.written.count) written", "\(result.unchanged) unchanged"]
        if !result.keptEdited.isEmpty { parts.append("\(result.keptEdited.count) edited by hand, kept") }
        if !result.updatesBeside.isEmpty { parts.append("\(result.updatesBeside.count) regenerated beside an edit (.md.new)") }
        if !result.removed.isEmpty { parts.append("\(result.removed.count) removed (article gone)") }
        logger.info("summaries: \(parts.joined(separator: ", "))")
    }
}
