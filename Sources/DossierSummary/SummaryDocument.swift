import DossierModel

/// A summary file read back: its front matter as values and its Markdown body.
public struct SummaryDocument: Sendable, Equatable {
    public var title: String
    public var date: Day?
    /// The day the reported event happened (`event_date`), when the summary gives one.
    public var eventDate: Day?
    public var source: String?
    /// Path of the raw article relative to the content folder.
    public var sourceFile: String
    public var actors: [String]
    public var topics: [String]
    public var places: [String]
    public var quotes: [Quote]
    /// The Markdown after the front matter.
    public var body: String
    /// True when the file's content no longer matches the checksum the generator wrote:
    /// an analyst has edited it (or wrote it by hand).
    public var isEdited: Bool
    /// The checksum the generator wrote, when there is one.
    public var checksum: String?

    public init(title: String, date: Day?, source: String?, sourceFile: String, actors: [String],
                topics: [String], places: [String], quotes: [Quote], body: String, isEdited: Bool,
                checksum: String?, eventDate: Day? = nil) {
        self.title = title
        self.date = date
        self.source = source
        self.sourceFile = sourceFile
        self.actors = actors
        self.topics = topics
        self.places = places
        self.quotes = quotes
        self.body = body
        self.isEdited = isEdited
        self.checksum = checksum
        self.eventDate = eventDate
    }

    /// The document for a freshly generated summary, without parsing it again.
    public init(brief: Brief, markdown: String) {
        let body = ByteSearch.range(of: "\n---\n", in: markdown).map { String(markdown[$0.upperBound...]) } ?? markdown
        self.init(title: SummaryWriter.title(brief.title), date: brief.date, source: brief.source, sourceFile: brief.sourceFile,
                  actors: brief.actors, topics: brief.topics, places: brief.places, quotes: brief.quotes,
                  body: body.hasPrefix("\n") ? String(body.dropFirst()) : body, isEdited: false,
                  checksum: SummaryReader.storedChecksum(in: markdown), eventDate: brief.eventDate)
    }
}
