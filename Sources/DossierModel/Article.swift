/// A raw article after ingest: clean blocks of text plus the metadata found in its layout.
/// Ingest decides what is text; it does not interpret who or what the text is about.
public struct Article: Sendable, Equatable {
    /// Path of the raw file relative to the content folder ("articles/000_x.txt").
    public var sourceFile: String
    /// The headline, when the article opens with one.
    public var headline: String?
    /// The day given by a ` date YYYY-MM-DD` marker, when present.
    public var markedDate: Day?
    /// The dateline, when the copy has one ("Beijing, November 4, 2025 —").
    public var dateline: Dateline?
    /// The body in reading order: paragraphs and subheads, boilerplate and repeats removed.
    public var blocks: [Block]
    /// What ingest noticed and dropped or could not make sense of.
    public var diagnostics: [Diagnostic]

    public init(sourceFile: String, headline: String? = nil, markedDate: Day? = nil,
                dateline: Dateline? = nil, blocks: [Block], diagnostics: [Diagnostic] = []) {
        self.sourceFile = sourceFile
        self.headline = headline
        self.markedDate = markedDate
        self.dateline = dateline
        self.blocks = blocks
        self.diagnostics = diagnostics
    }

    /// The paragraphs only, in order; `paragraphs[i]` is paragraph number `i + 1` of the
    /// source text (the anchor `p<i+1>` on the article's page).
    public var paragraphs: [String] { blocks.compactMap { $0.kind == .paragraph ? $0.text : nil } }
}

/// One block of an article's body.
public struct Block: Sendable, Equatable {
    public enum Kind: String, Sendable { case paragraph, subhead }
    public var kind: Kind
    /// The text on one line: internal line breaks joined with spaces, white space collapsed,
    /// typographic quotes kept as they were.
    public var text: String

    public init(_ kind: Kind, _ text: String) {
        self.kind = kind
        self.text = text
    }
}

/// A dateline: where and when the story was filed, as the copy states it.
public struct Dateline: Sendable, Equatable {
    /// The place named ("Beijing"), when there is one.
    public var place: String?
    /// The day named, when it can be read as one.
    public var day: Day?
    /// The dateline as it stood in the copy.
    public var text: String

    public init(place: String?, day: Day?, text: String) {
        self.place = place
        self.day = day
        self.text = text
    }
}
