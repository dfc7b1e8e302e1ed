import DossierModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A Markdown body rendered to HTML, kept as its `##` sections.
public struct RenderedMarkdown: Sendable, Equatable {
    /// One `##` section (or the text before the first one, with an empty title).
    public struct Section: Sendable, Equatable {
        public var title: String
        /// The heading's id ("summary", "source-text"), prefixed like every id of the document.
        public var id: String
        /// The section's HTML, its heading included, as UTF-8: how the build keeps it (in
        /// the spill file, then on the page), so it is never made a `String` on the way.
        public var htmlUTF8: [UInt8]

        /// The section's HTML, its heading included.
        public var html: String { String(decoding: htmlUTF8, as: UTF8.self) }
    }

    public let sections: [Section]
    /// The first sentence of the Summary section (its first line as the generator writes it),
    /// or of the first paragraph of the body: a one-line lede for listings. Computed once: every
    /// card and story card shows it.
    public let lede: String?
    /// Checksum of the whole body's HTML (FNV-1a over words, section by section): what page
    /// fingerprints take for the body.
    public let fingerprint: UInt64

    /// The body of `sections`; its lede is the first line of `leadParagraph` (plain text
    /// without ¶ references: the Summary section's first paragraph, else the body's first).
    public init(sections: [Section], leadParagraph: String? = nil) {
        self.sections = sections
        var fingerprint = Fingerprint()
        for section in sections { section.htmlUTF8.withUnsafeBytes { fingerprint.add(bytes: $0) } }
        self.fingerprint = fingerprint.value
        let first = leadParagraph.map { RenderedMarkdown.firstLine(of: $0).trimmingWhitespace() }
        self.lede = first?.isEmpty == false ? first : nil
    }

    /// The first non-empty line of `text`, as `text.split(separator: "\n").first` finds it (a
    /// line feed is a `Character` of its own except after a carriage return, where "\r\n" is
    /// one), without splitting the rest; empty when there is none. Line feeds are found with
    /// `memchr`: a lede's paragraph is often one long line.
    static func firstLine(of text: String) -> Substring {
        var text = text
        let (start, end) = text.withUTF8 { bytes -> (Int, Int) in
            guard let base = bytes.baseAddress else { return (0, 0) }
            var start = 0
            var at = 0
            while at < bytes.count, let hit = memchr(base + at, 0x0A, bytes.count - at) {
                let lf = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if lf == 0 || bytes[lf - 1] != 0x0D {
                    if lf != start { return (start, lf) }
                    start = lf + 1
                }
                at = lf + 1
            }
            return (start, bytes.count)
        }
        let utf8 = text.utf8
        return text[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)]
    }

    /// The whole body.
    public var html: String { sections.map(\.html).joined() }

    /// What pages need of the body besides its HTML.
    public var outline: BodyOutline {
        BodyOutline(headings: sections.filter { !$0.title.isEmpty }.map { .init(title: $0.title, id: $0.id) },
                    lede: lede, fingerprint: fingerprint)
    }

    /// The section titled `title` (case-insensitive).
    public func section(_ title: String) -> Section? {
        sections.first { $0.title.lowercased() == title.lowercased() }
    }
}

/// What pages need of a rendered body besides its HTML: the titled sections (the table of
/// contents), the lede of cards and feeds, and the fingerprint pages take for the body. A few
/// hundred bytes, so the build keeps it between runs (`Content/.dossier-cache/bodies`).
public struct BodyOutline: Sendable, Equatable {
    /// A titled section: its title and its heading's id.
    public struct Heading: Sendable, Equatable {
        public var title: String
        public var id: String

        public init(title: String, id: String) {
            self.title = title
            self.id = id
        }
    }

    public var headings: [Heading]
    public var lede: String?
    public var fingerprint: UInt64

    public init(headings: [Heading], lede: String?, fingerprint: UInt64) {
        self.headings = headings
        self.lede = lede
        self.fingerprint = fingerprint
    }
}

/// Collects rendered top-level blocks into sections, giving headings and source paragraphs ids.
/// A section's HTML is gathered as UTF-8 bytes, each block's copied in from cmark-gfm's buffer
/// (its id put in on the way): its HTML is never made a `String`.
struct SectionBuilder {
    let anchorPrefix: String
    private var sections: [RenderedMarkdown.Section] = []
    /// The current section, its HTML still in `html`.
    private var current = RenderedMarkdown.Section(title: "", id: "", htmlUTF8: [])
    /// The current section's HTML so far, in a buffer kept for every section of the body and
    /// made as large as the body's Markdown at the start (its HTML is about as long), so that
    /// it is not grown block by block; each section gets a copy of just its bytes.
    private var html: [UInt8] = []
    /// Room for a typical body's ids from the start, so that the set is not grown id by id.
    private var usedIDs = Set<String>(minimumCapacity: 16)
    private var sourceParagraphs = 0
    /// Whether the current section is the Source text, whose paragraphs are numbered.
    private var inSourceText = false
    /// The lede's sources, as plain text: the body's first paragraph, and that of its first
    /// Summary section (`inFirstSummary` while the current section is that one).
    private var firstParagraph: String?
    private var summaryParagraph: String?
    private var summarySeen = false
    private var inFirstSummary = false

    init(anchorPrefix: String, markdownLength: Int) {
        self.anchorPrefix = anchorPrefix
        html.reserveCapacity(markdownLength)
    }

    mutating func heading(level: Int, text: String, html: UnsafeBufferPointer<UInt8>) {
        let title = SectionBuilder.oneLine(text)
        let id = uniqueID(Slug.make(title, fallback: "section"))
        if level <= 2 {
            close()
            current = .init(title: title, id: id, htmlUTF8: [])
            let lowered = title.lowercased()
            inSourceText = lowered == "source text"
            inFirstSummary = !summarySeen && lowered == "summary"
            summarySeen = summarySeen || inFirstSummary
        }
        SectionBuilder.append(html, id: id, to: &self.html)
    }

    /// A top-level paragraph; `text` (its plain text) is asked for only while the lede may
    /// still need it: the body's first paragraph and the first Summary section's.
    mutating func paragraph(html: UnsafeBufferPointer<UInt8>, text: () -> String) {
        let wanted = (first: firstParagraph == nil, summary: inFirstSummary && summaryParagraph == nil)
        if wanted.first || wanted.summary {
            let plain = text()
            if wanted.first { firstParagraph = plain }
            if wanted.summary { summaryParagraph = plain }
        }
        if inSourceText {
            sourceParagraphs += 1
            SectionBuilder.append(html, id: uniqueID("p\(sourceParagraphs)"), to: &self.html)
        } else {
            self.html.append(contentsOf: html)
        }
    }

    mutating func block(html: UnsafeBufferPointer<UInt8>) { self.html.append(contentsOf: html) }

    mutating func result() -> RenderedMarkdown {
        close()
        return RenderedMarkdown(sections: sections, leadParagraph: summaryParagraph ?? firstParagraph)
    }

    /// Ends the current section: kept when it has HTML.
    private mutating func close() {
        guard !html.isEmpty else { return }
        current.htmlUTF8 = html.withUnsafeBufferPointer { Array($0) }  // a copy: `html` stays unshared
        sections.append(current)
        html.removeAll(keepingCapacity: true)
    }

    /// `base` (prefixed), or the first of `base-2`, `base-3`… not given yet.
    private mutating func uniqueID(_ base: String) -> String {
        var id = anchorPrefix + base
        var n = 2
        while !usedIDs.insert(id).inserted {
            id = "\(anchorPrefix)\(base)-\(n)"
            n += 1
        }
        return id
    }

    /// The text's lines joined by spaces, empty ones dropped (`split(whereSeparator: isNewline)`),
    /// looked at as bytes first: a heading's text almost never holds a line break.
    static func oneLine(_ text: String) -> String {
        // Every newline Character holds one of these bytes: LF, VT, FF, CR, or the lead byte of
        // NEL (C2 85) or of LS and PS (E2 80 A8, E2 80 A9).
        guard text.utf8.contains(where: { (0x0A...0x0D).contains($0) || $0 == 0xC2 || $0 == 0xE2 }) else { return text }
        return text.split(whereSeparator: { $0.isNewline }).joined(separator: " ")
    }

    /// Appends `html` to `bytes` with `id` in its opening tag: `<h2>…` → `<h2 id="…">…`,
    /// `<p>…` → `<p id="…">…` (unchanged when it does not start with a tag). Works on UTF-8
    /// bytes: a combining mark right after the tag's `>` ("<p>ً") would otherwise join it
    /// into one Character and hide it from a Character search.
    static func append(_ html: UnsafeBufferPointer<UInt8>, id: String, to bytes: inout [UInt8]) {
        guard html.first == UInt8(ascii: "<"), let close = html.firstIndex(of: UInt8(ascii: ">")) else {
            bytes.append(contentsOf: html)
            return
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: html[..<close]))
        bytes.append(contentsOf: #" id=""#.utf8)
        bytes.append(contentsOf: id.utf8)
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: html[close...]))
    }
}
