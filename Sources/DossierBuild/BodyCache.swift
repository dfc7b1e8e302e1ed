import DossierModel
import DossierRender

/// What the build keeps of each rendered summary body between runs: its outline (table of
/// contents, lede, fingerprint) and the words stories compare it by, by the Markdown's size and
/// checksum, under a key of this program and cmark-gfm's version. With it, a body whose
/// Markdown is unchanged is not rendered again unless a page that shows it is (`SiteBody`), and
/// its text is not read to group stories. Output never depends on it.
///
/// A `CacheJournal` of Markdown stamps and entries (sorted by stamp when written whole), magic
/// "dossier-body-cache 3\n", in the framing of `CacheCoding.swift`; an entry's words are a count
/// and their hashes' bytes.
/// Pure: values in, bytes out, and back.
enum BodyCache {
    static let magic = Array("dossier-body-cache 3\n".utf8)

    /// What is kept of one body.
    struct Entry: Equatable, Sendable {
        var outline: BodyOutline
        var words: WordSet
    }

    /// The stamp a body is kept by.
    static func stamp(_ markdown: SummaryMarkdown) -> FileStamp { FileStamp(size: markdown.size, hash: markdown.checksum) }

    /// What a cached outline depends on besides the Markdown.
    static func key(program: String) -> String { "program \(program) cmark-gfm \(Markdown.libraryVersion)" }

    /// Each entry's body: the one in `rendered` (by slug: rendered by the summarize step while
    /// it held the text), else from its cached outline and words when its Markdown was
    /// rendered before, else rendered now, on all cores, its HTML put in `spill` (`SiteBody`).
    /// Also what to keep of them (`Kept`).
    static func bodies(of entries: [SiteEntry], cached: [FileStamp: Entry], rendered: [String: SiteBody] = [:],
                       spill: BodySpill? = nil) -> Made {
        let made = entries.parallelMap { entry -> (body: SiteBody, kept: (stamp: FileStamp, entry: Entry, wasCached: Bool)) in
            let stamp = stamp(entry.markdown)
            let done = rendered[entry.slug]
            if done == nil, let kept = cached[stamp] {
                return (SiteBody(markdown: entry.markdown, outline: kept.outline, words: kept.words), (stamp, kept, true))
            }
            let body = done ?? SiteBody(source: entry.markdown, spill: spill)
            return (body, (stamp, Entry(outline: body.outline, words: body.words), cached[stamp] != nil))
        }
        return Made(bodies: Dictionary(zip(entries.map(\.slug), made.map(\.body)), uniquingKeysWith: { a, _ in a }),
                    kept: Kept(bodies: made.map(\.kept)))
    }

    /// The bodies `bodies(of:cached:rendered:spill:)` made, by slug, and what to keep of them.
    struct Made: Sendable {
        var bodies: [String: SiteBody]
        var kept: Kept
    }

    /// The cache entries of the bodies made, taken when each was made (the site's plan lets
    /// their words go later).
    struct Kept: Sendable {
        var bodies: [(stamp: FileStamp, entry: Entry, wasCached: Bool)]

        /// What the cache is to hold: these entries, and nothing else.
        var entries: [FileStamp: Entry] { Dictionary(bodies.map { ($0.stamp, $0.entry) }, uniquingKeysWith: { a, _ in a }) }

        /// Whether a cache of `count` entries held exactly `entries` already: every stamp was in
        /// it, and there are as many distinct stamps as it has entries.
        func wereCached(count: Int) -> Bool {
            bodies.allSatisfy(\.wasCached) && Set(bodies.lazy.map(\.stamp)).count == count
        }
    }

    static let format = CacheJournal<FileStamp, Entry>.Format(
        magic: magic,
        writeKey: { $0.stamp($1) },
        readKey: { $0.stamp() },
        writeEntry: { out, entry in
            out.list(entry.outline.headings) { out, heading in
                out.text(heading.title)
                out.text(heading.id)
            }
            out.optional(entry.outline.lede) { $0.text($1) }
            out.int(Int(bitPattern: UInt(entry.outline.fingerprint)))
            out.hashes(entry.words.hashes)
        },
        readEntry: { input in
            guard let headings = input.list({ reader -> BodyOutline.Heading? in
                      guard let title = reader.text(), let id = reader.text() else { return nil }
                      return BodyOutline.Heading(title: title, id: id)
                  }),
                  let lede = input.optional({ $0.text() }), let fingerprint = input.int(), let words = input.hashes()
            else { return nil }
            return Entry(outline: BodyOutline(headings: headings, lede: lede, fingerprint: UInt64(UInt(bitPattern: fingerprint))),
                         words: WordSet(hashes: words))
        },
        keyOrder: byStamp,
        entrySize: 1024)

    /// The order entries are written in.
    @Sendable static func byStamp(_ a: FileStamp, _ b: FileStamp) -> Bool { (a.size, a.hash) < (b.size, b.hash) }

    static func journal(key: String) -> CacheJournal<FileStamp, Entry> { CacheJournal(format: format, key: key) }

    /// `entries` as the journal writes them, in a fixed order.
    static func listed(_ entries: [FileStamp: Entry]) -> [(key: FileStamp, entry: Entry)] {
        entries.keys.sorted(by: byStamp).map { (key: $0, entry: entries[$0]!) }
    }

    /// What changed from `cached` to `keep` (`bodies`): the bodies rendered now, and those gone.
    static func changes(from cached: [FileStamp: Entry], to keep: [FileStamp: Entry]) -> CacheJournal<FileStamp, Entry>.Changes {
        let added = keep.keys.filter { cached[$0] == nil }.sorted(by: byStamp)
        return .init(changed: added.map { (key: $0, entry: keep[$0]!) }, removed: cached.keys.filter { keep[$0] == nil })
    }

    /// The whole file for `entries`.
    static func encode(key: String, entries: [FileStamp: Entry]) -> [UInt8] {
        journal(key: key).whole(listed(entries))
    }

    /// The entries of a cache written under `key`; nil when the bytes are not such a cache.
    static func decode(_ bytes: [UInt8], key: String) -> [FileStamp: Entry]? {
        let loaded = journal(key: key).read(bytes)
        return loaded.stamps.isEmpty ? nil : loaded.entries
    }
}
