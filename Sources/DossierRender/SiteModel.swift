import DossierModel
import DossierSummary

/// One published article: its summary and the URL slug it lives under. Its fields live in
/// one shared object, so that the site index and the pages' closures copy an entry with one
/// retain instead of one per text and list of its summary.
public struct SiteEntry: Sendable {
    private final class Storage: Sendable {
        let slug: String
        let document: SummaryDocument
        let unread: SummaryMarkdown?
        let reload: (@Sendable () -> String)?
        /// The body, stamped once (every page key and the body cache read its stamp).
        let markdown: SummaryMarkdown

        init(slug: String, document: SummaryDocument, unread: SummaryMarkdown?, reload: (@Sendable () -> String)?) {
            self.slug = slug
            self.document = document
            self.unread = unread
            self.reload = reload
            markdown = (document.body.isEmpty ? unread : nil) ?? SummaryMarkdown(document.body, reload: reload)
        }
    }

    private var storage: Storage

    /// An entry whose body is the document's, or, given `unread`, read when needed (the
    /// document's `body` left empty). `reload` reads the document's body again (from its
    /// summary file), so that the entry can let it go (`releasingBody`).
    public init(slug: String, document: SummaryDocument, unread: SummaryMarkdown? = nil, reload: (@Sendable () -> String)? = nil) {
        storage = Storage(slug: slug, document: document, unread: unread, reload: reload)
    }

    /// The entry with its body let go, to be read again when a page needs it, where it can be
    /// (see `init`): summarize lets each text go once its body is rendered, so the build never
    /// holds the articles' texts all at once.
    /// The body's stamp is unchanged, and so is every page. The text is let go for every entry
    /// and body that share it (copies of this entry, its `SiteBody`); its document's `body` is
    /// empty from then on.
    public func releasingBody() -> SiteEntry {
        guard storage.markdown.canRelease else { return self }
        storage.markdown.release()
        guard !storage.document.body.isEmpty else { return self }
        var document = storage.document
        document.body = ""
        return SiteEntry(slug: storage.slug, document: document, unread: storage.markdown)
    }

    public var slug: String {
        get { storage.slug }
        set { storage = Storage(slug: newValue, document: storage.document, unread: storage.unread, reload: storage.reload) }
    }

    /// The summary's fields, and its body unless that is read from its file when needed.
    public var document: SummaryDocument {
        get { storage.document }
        set { storage = Storage(slug: storage.slug, document: newValue, unread: storage.unread, reload: storage.reload) }
    }

    /// The summary's body: the document's, or the one to read when the document has none.
    public var markdown: SummaryMarkdown { storage.markdown }
}

/// A file of the built site: a path relative to the output folder and its text.
public struct SiteFile: Sendable, Equatable {
    public var path: String
    /// The file's UTF-8 bytes; nil when the page's values are those the previous build
    /// rendered (same fingerprint): the previous file is kept.
    public var bytes: [UInt8]?
    /// Fingerprint of the template name and every value the page was rendered from.
    public var fingerprint: UInt64

    public init(path: String, bytes: [UInt8]?, fingerprint: UInt64 = 0) {
        self.path = path
        self.bytes = bytes
        self.fingerprint = fingerprint
    }

    /// The text of the file (nil when it is kept from the previous build).
    public var contents: String? { bytes.map { String(decoding: $0, as: UTF8.self) } }
}

/// The dossier as the site sees it: entries in reading order (newest first) and the
/// indexes by actor, topic and day, each term with a stable, unique slug. A class, so that
/// the closures of every page share it instead of copying its arrays.
final class SiteIndex {
    struct Term {
        var name: String
        var slug: String
        /// Indexes into `entries`, newest first.
        var entries: [Int]
    }

    let entries: [SiteEntry]
    /// Each entry's body, in the order of `entries` (rendered here when `bodies` lacks it).
    let bodies: [SiteBody]
    let actors: [Term]
    let topics: [Term]
    /// Dated days, newest first; the term's name is the ISO day.
    let days: [(day: Day, entries: [Int])]
    let undated: [Int]
    let actorSlug: [String: String]
    let topicSlug: [String: String]
    /// Each entry's actors and topics, as indexes into `actors` and `topics` (each once).
    let entryActors: [[Int]]
    let entryTopics: [[Int]]
    /// Each name of each entry's actors and topics, as its document lists them, as the term it is.
    let actorNames: NameTerms
    let topicNames: NameTerms
    /// Stories (two or more versions of one event), newest first.
    let stories: [Story]
    /// Entry index → index into `stories`.
    let storyOf: [Int: Int]

    /// The index of `unsorted` with each entry's body from `bySlug`; an entry without one gets
    /// one rendered from its Markdown, shared by the entries after it with the same slug. The
    /// reading order and the bodies' look-ups, then the actors and the topics, are found on two
    /// cores (each pair is independent).
    init(entries unsorted: [SiteEntry], bodies bySlug: [String: SiteBody]) {
        let ((order, days), found) = both({ SiteIndex.readingOrder(unsorted) }, { unsorted.map { bySlug[$0.slug] } })
        var made: [String: SiteBody] = [:]
        let inInputOrder = zip(unsorted, found).map { entry, body in
            body ?? made[entry.slug] ?? {
                let body = SiteBody(source: entry.markdown)
                made[entry.slug] = body
                return body
            }()
        }
        let entries = order.map { unsorted[$0] }
        self.entries = entries
        let bodies = order.map { inInputOrder[$0] }
        self.bodies = bodies
        let (actorTerms, topicTerms) = both({ SiteIndex.terms(entries.map(\.document.actors)) },
                                            { SiteIndex.terms(entries.map(\.document.topics)) })
        let leads = actorTerms.3
        (actors, actorSlug, entryActors, actorNames) = (actorTerms.0, actorTerms.1, actorTerms.2, actorTerms.4)
        (topics, topicSlug, entryTopics, topicNames) = (topicTerms.0, topicTerms.1, topicTerms.2, topicTerms.4)
        let dated = days.last.map { $0.entries.endIndex } ?? 0
        self.days = days.map { ($0.day, Array($0.entries)) }
        undated = Array(dated..<entries.count)
        let stories = StoryGrouper.stories(entries, leads: leads, words: bodies.map(\.words))
        for body in bodies { body.forgetWords() } // ~2 KB a body, not needed by any page
        self.stories = stories
        var storyOf: [Int: Int] = [:]
        for (s, story) in stories.enumerated() { for i in story.entries { storyOf[i] = s } }
        self.storyOf = storyOf
    }

    /// The terms the entries name (`named`, per entry), each with its entries, and each entry's
    /// terms (indexes into the terms, in the terms' order); names are matched exactly after
    /// trimming, slugs made unique in order of first appearance by name. And each entry's first
    /// two names numbered as stories match lead actors (`LeadActors`), and the term of each name
    /// (`NameTerms`), from the same look-ups.
    static func terms(_ named: [[String]]) -> ([Term], [String: String], [[Int]], [LeadActors], NameTerms) {
        var ids: [String: Int] = [:]
        var names: [String] = []
        var lists: [[Int]] = []
        // Each entry's terms, one entry after another (entry i's end at `ends[i]`): a few, searched in order.
        var own: [Int] = []
        var ends: [Int] = []
        ends.reserveCapacity(named.count)
        var leads: [LeadActors] = []
        leads.reserveCapacity(named.count)
        var starts = [0]
        starts.reserveCapacity(named.count + 1)
        var named32: [Int32] = [] // each name's id, -1 when blank
        let blank: Int32 = -2 // a blank second name, numbered once the names are known
        for (i, raw) in named.enumerated() {
            let start = own.count
            var lead = LeadActors(first: LeadActors.none, second: LeadActors.none)
            for (k, raw) in raw.enumerated() {
                let name = raw.trimmingWhitespace()
                guard !name.isEmpty else {
                    if k == 1 { lead.second = blank }
                    named32.append(-1)
                    continue
                }
                let id = ids[name] ?? {
                    ids[name] = names.count
                    names.append(name)
                    lists.append([])
                    return names.count - 1
                }()
                if k == 0 { lead.first = Int32(id) } else if k == 1 { lead.second = Int32(id) }
                named32.append(Int32(id))
                guard !own[start...].contains(id) else { continue }
                own.append(id)
                lists[id].append(i)
            }
            if lead.first == LeadActors.none { lead.second = LeadActors.none }
            leads.append(lead)
            ends.append(own.count)
            starts.append(named32.count)
        }
        for i in leads.indices where leads[i].second == blank { leads[i].second = Int32(names.count) }
        let order = names.indices.sorted { names[$0] < names[$1] }
        let slugs = Slug.unique(order.map { (key: names[$0], slug: Slug.make(names[$0], fallback: "unnamed")) })
        let terms = order.map { Term(name: names[$0], slug: slugs[names[$0]]!, entries: lists[$0]) }
        var rank = [Int](repeating: 0, count: names.count)
        for (t, id) in order.enumerated() { rank[id] = t }
        let entryTerms = ends.indices.map { i -> [Int] in
            var terms = own[(i == 0 ? 0 : ends[i - 1])..<ends[i]].map { rank[$0] }
            terms.sort()
            return terms
        }
        let nameTerms = NameTerms(starts: starts, terms: named32.map { $0 < 0 ? -1 : Int32(rank[Int($0)]) })
        return (terms, slugs, entryTerms, leads, nameTerms)
    }
}

/// The term each name of each entry is (an index into the site's terms of its kind; -1 for a
/// blank name): what `TermLinks` would look up by the name, found once by the site index.
struct NameTerms {
    /// Entry `i`'s names are `terms[starts[i]..<starts[i + 1]]`, in its document's order.
    let starts: [Int]
    let terms: [Int32]

    /// The term of entry `i`'s `k`-th name (-1: blank).
    func term(_ i: Int, _ k: Int) -> Int { Int(terms[starts[i] + k]) }
}
