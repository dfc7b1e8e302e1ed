/// Everything the dossier says about one article: the result of analysis, the content of a
/// summary file, and what the site renders.
public struct Brief: Sendable, Equatable {
    /// Path of the raw article relative to the content folder ("articles/000_x.txt").
    public var sourceFile: String
    /// The headline, or a short title derived from the lead.
    public var title: String
    /// Publication day; nil when the article gives no evidence of one.
    public var date: Day?
    /// The day the reported event happened ("on Tuesday", "on November 18" in the lead, resolved
    /// against the publication date); nil when the text does not establish one. Indexes use `date`.
    public var eventDate: Day?
    /// The outlet or agency the text names ("Xinhua via UNN", "ANI").
    public var source: String?
    /// Canonical full names, most central first.
    public var actors: [String]
    /// Topic names from the taxonomy.
    public var topics: [String]
    /// Places the article is set in or names as venues.
    public var places: [String]
    /// Direct quotes with their speakers.
    public var quotes: [Quote]
    /// 3–5 sentences of the article that summarise it, in article order.
    public var summary: [Sentence]
    /// One point per topic where the article gives one.
    public var keyPoints: [KeyPoint]
    /// The cleaned article body (subheads and paragraphs).
    public var body: [Block]
    /// What analysis could not establish (no date, a quote without a speaker…).
    public var diagnostics: [Diagnostic]

    public init(sourceFile: String, title: String, date: Day?, eventDate: Day? = nil, source: String? = nil,
                actors: [String] = [], topics: [String] = [], places: [String] = [],
                quotes: [Quote] = [], summary: [Sentence] = [], keyPoints: [KeyPoint] = [],
                body: [Block] = [], diagnostics: [Diagnostic] = []) {
        self.sourceFile = sourceFile
        self.title = title
        self.date = date
        self.eventDate = eventDate
        self.source = source
        self.actors = actors
        self.topics = topics
        self.places = places
        self.quotes = quotes
        self.summary = summary
        self.keyPoints = keyPoints
        self.body = body
        self.diagnostics = diagnostics
    }
}

/// A direct quote.
public struct Quote: Sendable, Equatable {
    /// Canonical name of the speaker (a person or an organisation); nil when unknown.
    public var speaker: String?
    /// The quoted words, without the quotation marks.
    public var text: String
    /// 1-based number of the paragraph it stands in (anchor `p<n>`).
    public var paragraph: Int

    public init(speaker: String?, text: String, paragraph: Int) {
        self.speaker = speaker
        self.text = text
        self.paragraph = paragraph
    }
}

/// A sentence taken from the article, with the paragraph it comes from.
public struct Sentence: Sendable, Equatable {
    public var text: String
    /// 1-based paragraph number (anchor `p<n>`).
    public var paragraph: Int

    public init(_ text: String, paragraph: Int) {
        self.text = text
        self.paragraph = paragraph
    }
}

/// A key point: what the article says about one topic.
public struct KeyPoint: Sendable, Equatable {
    public var topic: String
    public var sentence: Sentence

    public init(topic: String, sentence: Sentence) {
        self.topic = topic
        self.sentence = sentence
    }
}
