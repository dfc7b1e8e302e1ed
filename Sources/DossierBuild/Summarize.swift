import DossierAnalysis
import DossierIngest
import DossierModel
import DossierRender
import DossierSummary
import Foundation

/// What `summarize` did, file by file.
public struct SummarizeResult: Sendable {
    /// The summaries to publish, one per readable article. Their texts are let go where they
    /// can be read again from their summary files (`SiteEntry.releasingBody`), so the step
    /// never holds them all: an entry's `markdown` gives its body, its document's `body` may
    /// be empty.
    public var entries: [SiteEntry] = []
    /// When the step was given a spill to render bodies into: the body of each summary it
    /// generated, by slug, rendered while it held the text (its HTML in the spill), so that the
    /// site's bodies need not read it again (`BodyCache.bodies`).
    var bodies: [String: SiteBody] = [:]
    /// Summary files written (new or regenerated), relative to the content folder.
    public var written: [String] = []
    /// How many summary files were already what the generator writes (none written).
    public var unchanged = 0
    /// Edited summaries kept as the analyst left them.
    public var keptEdited: [String] = []
    /// Regenerated versions put beside edited summaries (`<slug>.md.new`).
    public var updatesBeside: [String] = []
    /// Generated summaries removed because their article is gone.
    public var removed: [String] = []
    /// Warnings and per-file errors, in file order.
    public var diagnostics: [Diagnostic] = []
    /// Articles ingested and analysed in this run; the others were taken from the summary
    /// cache (unchanged article, configuration and program, summary file as generated).
    public var analysed = 0
    /// The summary cache being written (on another thread); whoever runs the step waits for it
    /// before the process ends (`Dossier.build` after the pages, so they overlap).
    var cacheWrite: Background<Void>?
    /// What the step built and no longer needs (the cache as read, every article's outcome):
    /// kept until the process ends rather than freed entry by entry (~20 ms at 10k).
    var memory: Dossier.BuildMemory?

    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
}

/// One article on its way through ingest and analysis.
struct AnalyzedArticle: Sendable {
    let slug: String
    /// `SummaryDocument(brief:markdown:)`: what the site publishes unless the file was edited.
    let document: SummaryDocument?
    let markdown: String?
    let diagnostics: [Diagnostic]
}

/// What happened to one article's summary file.
struct StoreOutcome: Sendable {
    enum Change: Sendable { case written, unchanged, keptEdited, keptEditedWithUpdate, unreadable, skipped }

    let slug: String
    var diagnostics: [Diagnostic]
    var change: Change
    var entry: SiteEntry?
    /// The entry's body rendered (`SummarizeResult.bodies`).
    var body: SiteBody?
    /// A file that could not be read or written: stops the step.
    var error: DossierError?
    /// Whether the article went through ingest and analysis in this run.
    var analysed = false
    /// What the summary cache keeps for the article; nil when it could not be read.
    var cached: CachedSummary?
    /// Whether `cached` differs from what the cache held for the article (when it holds one).
    var cacheChanged = true
}

/// The summarize step: raw articles → briefs → summary files, never overwriting an edit.
enum SummarizeStep {
    /// Articles larger than this are read only up to it (1 MiB; a long feature is ~50 KB).
    static let maxArticleBytes = 1 << 20

    /// `program` is this program's identity (`ProgramIdentity`, part of the summary cache's key).
    /// Given `spill`, the body of each summary generated in this run is rendered while its text
    /// is in memory, its HTML put in `spill` (`SummarizeResult.bodies`).
    static func run(content: URL, config: DossierConfig, program: String, spill: BodySpill? = nil,
                    progress: StepProgress.Report? = nil) throws -> SummarizeResult {
        let folder = ContentFolder(root: content)
        // Keyed and read while the articles are listed and given slugs; the analyzer is built meanwhile too.
        let cached = Background { () -> (key: String, loaded: CacheJournal<String, CachedSummary>.Loaded) in
            let key = SummaryReuse.key(config: config, program: program)
            return (key, folder.loadSummaryCache(key: key))
        }
        let analyzer = Background { Analyzer(config: config) }
        let names = try folder.articleNames()
        let slugs = Slug.unique(names.parallelMap(batch: 256) { Slug.make(String($0.dropLast(4)), fallback: "article") })
        // Summary files no article has, listed while the cache is read (they are rare: listing
        // 10k names is what costs). A summary written by this run is its article's, never one.
        let orphans = Background { () -> Result<[String], Error> in
            let slugs = Set(slugs)
            return Result { try folder.summaryNames().filter { !slugs.contains(String($0.dropLast(3))) }.sorted() }
        }
        let (cacheKey, loaded) = cached.value
        // Names and the cache's keys are both sorted: matched side by side, not hashed.
        let (slots, gone) = loaded.slots(sorted: names, by: SummaryCacheCodec.format.keyOrder)
        let counter = StepProgress(step: "summarize", total: names.count, report: progress)
        try FileManager.default.createDirectory(at: folder.summaries, withIntermediateDirectories: true)
        let folders = (articles: OpenFolder(path: folder.articles.path), summaries: OpenFolder(path: folder.summaries.path))
        defer { folders.articles.close(); folders.summaries.close() }
        var clock = timespec()
        clock_gettime(CLOCK_REALTIME, &clock)
        let now = clock.tv_sec * 1_000_000_000 + clock.tv_nsec // before any article's stat is taken
        // Each article goes all the way to its summary file on one worker: reading, analysis
        // and writing overlap across cores.
        var outcomes = Array(names.indices).parallelMap { k in
            defer { counter.tick() }
            let (name, slug) = (names[k], slugs[k])
            var outcome = summarize(name: name, slug: slug, cached: loaded.entry(at: slots[k], key: name), folders: folders,
                                    now: now, cacheWritten: CacheJournal.written(name, in: loaded), analyzer: analyzer)
            // A body generated now is most likely new: rendered while its text is at hand. Then
            // the text is let go, where it can be read again, so that not all are held at once.
            if let spill, outcome.analysed, let entry = outcome.entry { outcome.body = SiteBody(source: entry.markdown, spill: spill) }
            outcome.entry = outcome.entry?.releasingBody()
            return outcome
        }
        var result = SummarizeResult()
        result.entries.reserveCapacity(outcomes.count)
        // Entries change when articles are analysed or their `stat` settles, and go with their
        // articles (an article that cannot be read has none).
        var changes = CacheJournal<String, CachedSummary>.Changes(removed: gone)
        for k in outcomes.indices {
            if let entry = outcomes[k].cached {
                if !slots[k].isHeld || outcomes[k].cacheChanged { changes.changed.append((names[k], entry)) }
            } else if slots[k].isHeld {
                changes.removed.append(names[k])
            }
        }
        for k in outcomes.indices {
            if let error = outcomes[k].error { throw error }
            if !outcomes[k].diagnostics.isEmpty { result.diagnostics += outcomes[k].diagnostics }
            if let entry = outcomes[k].entry {
                result.entries.append(entry)
                if let body = outcomes[k].body {
                    result.bodies[entry.slug] = body
                    outcomes[k].body = nil // not held by the cache write below (the words go after the site index)
                }
            }
            if outcomes[k].analysed { result.analysed += 1 }
            let relative = { "summaries/\(outcomes[k].slug).md" }
            switch outcomes[k].change {
            case .written: result.written.append(relative())
            case .unchanged: result.unchanged += 1
            case .keptEdited: result.keptEdited.append(relative())
            case .keptEditedWithUpdate:
                result.keptEdited.append(relative())
                result.updatesBeside.append(relative() + ".new")
            case .skipped, .unreadable: break
            }
        }
        // Written on another thread, while the rest of the build goes on.
        result.cacheWrite = changes.isEmpty ? nil : Background { [outcomes, changes] in
            // In the articles' order, which is by name.
            let kept = { zip(names, outcomes).compactMap { name, outcome in outcome.cached.map { (name: name, entry: $0) } } }
            folder.saveSummaryCache(changes, count: outcomes.count, all: kept, key: cacheKey, previous: loaded)
        }
        try removeStale(try orphans.value.get(), folder: folder, open: folders.summaries, into: &result)
        result.memory = Dossier.BuildMemory(loaded, outcomes, names, slugs)
        return result
    }

    /// One article, from the cache when `SummaryReuse` allows, else read, analysed and stored.
    /// `folders` hold the article and its summary file. An article whose `stat` is the one
    /// the cache took is not read unless it must be analysed, and a summary whose `stat` is the
    /// cached one is read only when a page needs its body; `now` (nanoseconds, taken before any
    /// `stat`) tells whether a `stat` is settled enough to keep.
    private static func summarize(name: String, slug: String, cached: CachedSummary?, folders: (articles: OpenFolder, summaries: OpenFolder),
                                  now: Int, cacheWritten: Int, analyzer: Background<Analyzer>) -> StoreOutcome {
        let summaryName = slug + ".md"
        var bytes: [UInt8]?
        func unreadable(_ error: Error) -> StoreOutcome {
            StoreOutcome(slug: slug, diagnostics: [.warning("articles/\(name)", "cannot be read, skipped: \(error.localizedDescription)")],
                         change: .skipped)
        }
        func read() -> StoreOutcome? {
            do {
                bytes = try folders.articles.bytes(name)
                return nil
            } catch {
                return unreadable(error)
            }
        }
        // An article the cache does not hold is read at once, its `stat` the open file's.
        let stat: FileStat?
        if cached == nil {
            do { (bytes, stat) = try folders.articles.bytesAndStat(name) } catch { return unreadable(error) }
        } else {
            stat = folders.articles.fileStat(name)
        }
        let stamp: FileStamp
        if let stat, let cached, cached.articleStat == stat {
            stamp = cached.article
        } else {
            if bytes == nil, let failed = read() { return failed }
            stamp = FileStamp(bytes!)
        }
        let settled = stat.flatMap { $0.isSettled(at: now) ? $0 : nil }
        let summaryStat = folders.summaries.fileStat(summaryName) // before the file is read, as the article's
        switch SummaryReuse.decide(cached: cached, article: stamp, summaryStat: summaryStat, cacheWritten: cacheWritten,
                                   summaryFile: try? folders.summaries.bytesIfPresent(summaryName)) {
        case .unchanged(let document, let diagnostics):
            var kept = cached!
            kept.articleStat = settled
            kept.summaryStat = summaryStat.flatMap { $0.isSettled(at: now) ? $0 : nil }
            return StoreOutcome(slug: slug, diagnostics: diagnostics, change: .unchanged,
                                entry: SiteEntry(slug: slug, document: document, reload: generatedBody(folders.summaries, summaryName)), cached: kept,
                                // The file was read because its `stat` could not be trusted: a settled one is recorded
                                // again, in this build's segment, so the next build trusts it.
                                cacheChanged: kept.articleStat != cached!.articleStat || kept.summaryStat != nil)
        case .unchangedUnread(let document, let body, let diagnostics):
            var kept = cached!
            kept.articleStat = settled
            let markdown = SummaryMarkdown(size: body.size, checksum: body.hash, load: generatedBody(folders.summaries, summaryName))
            return StoreOutcome(slug: slug, diagnostics: diagnostics, change: .unchanged,
                                entry: SiteEntry(slug: slug, document: document, unread: markdown), cached: kept,
                                cacheChanged: kept.articleStat != cached!.articleStat)
        case .skipped(let diagnostics):
            var kept = cached!
            kept.articleStat = settled
            return StoreOutcome(slug: slug, diagnostics: diagnostics, change: .skipped, cached: kept, cacheChanged: kept.articleStat != cached!.articleStat)
        case .analyse:
            if bytes == nil, let failed = read() { return failed }
            let article = analyze(bytes!, name: name, slug: slug, analyzer: analyzer.value)
            var outcome = StoreOutcome(slug: slug, diagnostics: article.diagnostics, change: .skipped)
            var generated: CachedSummary.Generated?
            if let markdown = article.markdown, let document = article.document {
                outcome = store(article, document: document, markdown: markdown, in: folders.summaries, name: summaryName)
                var withoutBody = document
                withoutBody.body = ""
                generated = CachedSummary.Generated(stamp: FileStamp(markdown.utf8), document: withoutBody, body: FileStamp(document.body.utf8))
            }
            outcome.analysed = true
            // The bytes were read after the `stat`: a write in between changed the file's `stat`
            // since, so the next build reads it again. A summary file that now holds the generated
            // bytes keeps its `stat` too (trusted once it is a tick older than when its entry is
            // written, `CacheJournal.written`; if it is not, the next build records it again).
            let generatedFile = outcome.change == .written || outcome.change == .unchanged
            outcome.cached = CachedSummary(article: FileStamp(bytes!), articleStat: settled,
                                           summaryStat: generatedFile ? folders.summaries.fileStat(summaryName) : nil, summary: generated,
                                           diagnostics: article.diagnostics)
            outcome.cacheChanged = outcome.cached != cached
            return outcome
        }
    }

    /// Decodes, ingests and analyses one article's bytes. Pure.
    static func analyze(_ read: [UInt8], name: String, slug: String, analyzer: Analyzer) -> AnalyzedArticle {
        let sourceFile = "articles/\(name)"
        var bytes = read
        var diagnostics: [Diagnostic] = []
        if bytes.count > maxArticleBytes {
            // A news article is a few kilobytes; a huge file is a dump or a mistake. Analyse its
            // beginning, cut at a line break, and say so.
            let cut = bytes[..<maxArticleBytes].lastIndex(of: 0x0A) ?? maxArticleBytes
            diagnostics.append(.warning(sourceFile, "is \(bytes.count / 1_048_576) MB; only its first \(cut / 1024) KB are read"))
            bytes = Array(bytes[..<cut])
        }
        let decoded = Ingest.decode(bytes, sourceFile: sourceFile)
        guard let text = decoded.text else {
            return AnalyzedArticle(slug: slug, document: nil, markdown: nil,
                                   diagnostics: diagnostics + decoded.diagnostics + [.warning(sourceFile, "no text could be read, skipped")])
        }
        var brief = analyzer.brief(for: Ingest.article(from: text, sourceFile: sourceFile))
        brief.diagnostics = diagnostics + decoded.diagnostics + brief.diagnostics
        let generated = SummaryWriter.generated(for: brief)
        return AnalyzedArticle(slug: slug, document: SummaryDocument(brief: brief, generated: generated), markdown: generated.markdown,
                               diagnostics: brief.diagnostics)
    }

    /// Reads the body of the generated summary `name` in `folder` (empty when it cannot be read; a
    /// file changed meanwhile is seen, and put right, by the next build). By its whole path: pages
    /// call it after `run` has closed the folder.
    static func generatedBody(_ folder: OpenFolder, _ name: String) -> @Sendable () -> String {
        let path = folder.path(of: name)
        return {
            guard let bytes = try? FileIO.bytes(atPath: path) else { return "" }
            return bytes.withUnsafeBufferPointer { SummaryDocument.body(ofGenerated: $0) }
        }
    }

    /// Decides with `SummaryPlan` what to do with the summary file, and does it.
    /// `name` is the summary file's, in `folder`.
    private static func store(_ article: AnalyzedArticle, document generated: SummaryDocument, markdown: String, in folder: OpenFolder,
                              name: String) -> StoreOutcome {
        let relative = "summaries/\(article.slug).md"
        var outcome = StoreOutcome(slug: article.slug, diagnostics: article.diagnostics, change: .skipped)
        do {
            let existing = try read(name, in: folder, relative)
            switch SummaryPlan.decide(generated: markdown, existing: existing, file: relative) {
            case .write:
                try write(markdown, as: name, in: folder, relative)
                outcome.change = .written
                outcome.entry = SiteEntry(slug: article.slug, document: generated, reload: generatedBody(folder, name))
            case .unchanged:
                outcome.change = .unchanged
                outcome.entry = SiteEntry(slug: article.slug, document: generated, reload: generatedBody(folder, name))
            case .keepEdited(let document):
                outcome.change = .keptEdited
                outcome.entry = SiteEntry(slug: article.slug, document: document)
            case .keepEditedWithUpdate(let document):
                let beside = relative + ".new"
                try write(markdown, as: name + ".new", in: folder, beside)
                outcome.change = .keptEditedWithUpdate
                outcome.diagnostics.append(.warning(relative, "edited by hand and kept; the regenerated version differs and was written to \(beside)"))
                outcome.entry = SiteEntry(slug: article.slug, document: document)
            case .unreadable(let error):
                outcome.change = .unreadable
                outcome.diagnostics.append(Diagnostic(.error, file: error.file, line: error.line,
                                                      "\(error.message) (edited summary kept as it is; fix it or delete it to regenerate)"))
            }
        } catch let error as DossierError {
            outcome.error = error
        } catch {
            outcome.error = DossierError(step: "summaries", file: relative, "\(error)")
        }
        return outcome
    }

    /// Of the summary files no article has (`names`, in `summaries`, the folder open), generated
    /// ones are removed and edited ones kept, unpublished.
    private static func removeStale(_ names: [String], folder: ContentFolder, open summaries: OpenFolder,
                                    into result: inout SummarizeResult) throws {
        for name in names {
            let relative = "summaries/\(name)"
            let url = folder.summaries.appendingPathComponent(name)
            guard let text = try read(name, in: summaries, relative) else { continue }
            if let document = try? SummaryReader.read(text, file: relative), !document.isEdited {
                try FileManager.default.removeItem(at: url)
                result.removed.append(relative)
            } else {
                result.diagnostics.append(.warning(relative, "its article is gone; kept because it was edited, not published"))
            }
        }
    }

    /// The text of the summary file `name` in `folder`, nil when there is none.
    private static func read(_ name: String, in folder: OpenFolder, _ relative: String) throws -> String? {
        do { return try folder.bytesIfPresent(name).map { String(decoding: $0, as: UTF8.self) } } catch {
            throw DossierError(step: "summaries", file: relative, "cannot read: \(error.localizedDescription)")
        }
    }

    /// Writes `name` into the summaries folder (`folder`, which `run` has made).
    private static func write(_ text: String, as name: String, in folder: OpenFolder, _ relative: String) throws {
        if folder.writeAtomically(text, as: name) { return }
        do { try FileIO.writeAtomically(text, to: URL(fileURLWithPath: folder.path(of: name))) } catch {
            throw DossierError(step: "summaries", file: relative, "cannot write: \(error.localizedDescription)")
        }
    }
}
