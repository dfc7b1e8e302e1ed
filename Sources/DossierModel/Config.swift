/// Site settings and the taxonomy, from Content/dossier.yml (built-in defaults when absent).
public struct DossierConfig: Sendable, Equatable {
    /// The dossier's name, shown on every page and on the print cover.
    public var title: String
    /// One line under the title on the front page and in the feed.
    public var description: String
    /// Absolute URL the site is published at ("https://example.org/dossier/"), used only where
    /// a format demands absolute URLs (sitemap, feed ids). Pages always link relatively.
    public var baseURL: String?
    /// BCP 47 language of the pages ("en").
    public var language: String
    /// Known people: canonical names with the aliases that refer to them.
    public var actors: [ActorEntry]
    /// The taxonomy of topics with the keywords that signal them.
    public var topics: [TopicEntry]
    /// How many articles the front page lists.
    public var frontPageLimit: Int
    /// How many articles one page of an actor, topic or day lists; longer lists are paginated.
    public var pageSize: Int
    /// How many articles one volume of the print edition holds.
    public var printVolumeSize: Int

    public init(title: String = "Briefing dossier",
                description: String = "Who said what, about what, and when.",
                baseURL: String? = nil, language: String = "en",
                actors: [ActorEntry] = [], topics: [TopicEntry] = [], frontPageLimit: Int = 12,
                pageSize: Int = 50, printVolumeSize: Int = 200) {
        self.title = title
        self.description = description
        self.baseURL = baseURL
        self.language = language
        self.actors = actors
        self.topics = topics
        self.frontPageLimit = frontPageLimit
        self.pageSize = pageSize
        self.printVolumeSize = printVolumeSize
    }
}

/// A person the dossier knows by name.
public struct ActorEntry: Sendable, Equatable {
    /// Canonical full name ("Vladimir Putin").
    public var name: String
    /// Other ways articles refer to them ("Putin", "Kremlin leader", "Russian President Vladimir Putin").
    public var aliases: [String]
    /// Office, for display ("President of Russia").
    public var role: String?
    public var country: String?

    public init(name: String, aliases: [String] = [], role: String? = nil, country: String? = nil) {
        self.name = name
        self.aliases = aliases
        self.role = role
        self.country = country
    }
}

/// A topic of the taxonomy.
public struct TopicEntry: Sendable, Equatable {
    /// Display name ("SCO", "visas").
    public var name: String
    /// Words and phrases that signal the topic, matched case-insensitively on word boundaries;
    /// an all-caps keyword ("SCO") matches case-sensitively.
    public var keywords: [String]
    /// One line shown on the topic's page.
    public var description: String?

    public init(name: String, keywords: [String], description: String? = nil) {
        self.name = name
        self.keywords = keywords
        self.description = description
    }
}
