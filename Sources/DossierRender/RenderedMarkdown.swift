import DossierModel

/// A Markdown body rendered to HTML, kept as its `##` sections.
public struct RenderedMarkdown: Sendable, Equatable {
    /// One `##` section (or the text before the first one, with an empty title).
    public struct Section: Sendable, Equatable {
        public var title: String
        /// The heading's id ("summary", "source-text"), prefixed like every id of the document.
        public var id: String
        /// The section's HTML, its heading included.
        public var html: String
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
        for section in sections { fingerprint.add(section.html) }
        self.fingerprint = fingerprint.value
        let first = leadParagraph.map { RenderedMarkdown.firstLine(of: $0).trimmingWhitespace() }
        self.lede = first?.isEmpty == false ? first : nil
    }

    /// The first non-empty line of `text`, as `text.split(separator: "\n").first` finds it (a
    /// line feed is a `Character` of its own except after a carriage return, where "\r\n" is
    /// one), without splitting the rest; empty when there is none.
    static func firstLine(of text: String) -> Substring {
        let utf8 = text.utf8
        var start = utf8.startIndex
        var previous: UInt8 = 0
        var i = start
        while i != utf8.endIndex {
            let byte = utf8[i]
            if byte == 0x0A && previous != 0x0D {
                if i != start { return text[start..<i] }
                start = utf8.index(after: i)
            }
            previous = byte
            i = utf8.index(after: i)
        }
        return text[start...]
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
struct SectionBuilder {
    let anchorPrefix: String
    private var sections: [RenderedMarkdown.Section] = []
    private var current = RenderedMarkdown.Section(title: "", id: "", html: "")
    private var usedIDs: Set<String> = []
    private var sourceParagraphs = 0
    /// Whether the current section is the Source text, whose paragraphs are numbered.
    private var inSourceText = false
    /// The lede's sources, as plain text: the body's first paragraph, and that of its first
    /// Summary section (`inFirstSummary` while the current section is that one).
    private var firstParagraph: String?
    private var summaryParagraph: String?
    private var summarySeen = false
    private var inFirstSummary = false

    init(anchorPrefix: String) { self.anchorPrefix = anchorPrefix }

    mutating func heading(level: Int, text: String, html: String) {
        let title = SectionBuilder.oneLine(text)
        let id = uniqueID(Slug.make(title, fallback: "section"))
        if level <= 2 {
            close()
            current = .init(title: title, id: id, html: "")
            let lowered = title.lowercased()
            inSourceText = lowered == "source text"
            inFirstSummary = !summarySeen && lowered == "summary"
            summarySeen = summarySeen || inFirstSummary
        }
        current.html += SectionBuilder.withID(html, id: id)
    }

    /// A top-level paragraph; `text` (its plain text) is asked for only while the lede may
    /// still need it: the body's first paragraph and the first Summary section's.
    mutating func paragraph(html: String, text: () -> String) {
        let wanted = (first: firstParagraph == nil, summary: inFirstSummary && summaryParagraph == nil)
        if wanted.first || wanted.summary {
            let plain = text()
            if wanted.first { firstParagraph = plain }
            if wanted.summary { summaryParagraph = plain }
        }
        if inSourceText {
            sourceParagraphs += 1
            current.html += SectionBuilder.withID(html, id: uniqueID("p\(sourceParagraphs)"))
        } else {
            current.html += html
        }
    }

    mutating func block(html: String) { current.html += html }

    mutating func result() -> RenderedMarkdown {
        close()
        return RenderedMarkdown(sections: sections, leadParagraph: summaryParagraph ?? firstParagraph)
    }

    private mutating func close() {
        if !current.html.isEmpty { sections.append(current) }
    }

    private mutating func uniqueID(_ base: String) -> String {
        var id = anchorPrefix + base
        var n = 2
        while usedIDs.contains(id) {
            id = "\(anchorPrefix)\(base)-\(n)"
            n += 1
        }
        usedIDs.insert(id)
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

    /// `<h2>…` → `<h2 id="…">…`; `<p>…` → `<p id="…">…`.
    /// Works on UTF-8 bytes: a combining mark right after the tag's `>` ("<p>ً") would
    /// otherwise join it into one Character and hide it from a Character search.
    static func withID(_ html: String, id: String) -> String {
        let utf8 = html.utf8
        guard utf8.first == UInt8(ascii: "<"), let close = utf8.firstIndex(of: UInt8(ascii: ">")) else { return html }
        // `close` is a `Character` boundary: the tag before it is ASCII.
        var tagged = String(html[..<close])
        tagged.reserveCapacity(utf8.count + id.utf8.count + 6)
        tagged += #" id=""#
        tagged += id
        tagged += "\""
        tagged += html[close...]
        return tagged
    }
}
