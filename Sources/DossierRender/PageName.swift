import Foundation

/// A name templates look values up by (`title`, `page_title`), numbered once for the process:
/// maps of page values (`PageMap`) hold their entries by the number of their name, and a
/// compiled template holds the numbers of the names it reads (`TemplateProgram`), so finding
/// a value compares numbers instead of hashing its name. Two names are equal when their texts
/// are. The numbers never reach the output: fingerprints and swift-mustache read the text.
struct PageName: Sendable, Equatable {
    /// The same for every name of this text in this process; only compared, never written.
    let number: Int32
    let text: String

    /// The name `text`, numbered the first time it is seen (under a lock: use the constants
    /// below where a name is known, and number a template's names when it is compiled).
    init(_ text: String) {
        self.number = PageName.registry.number(of: text)
        self.text = text
    }

    static func == (a: PageName, b: PageName) -> Bool { a.number == b.number }

    private static let registry = Registry()

    /// The numbers given so far, by text.
    private final class Registry: @unchecked Sendable {
        private let lock = NSLock()
        private var numbers: [String: Int32] = [:]

        func number(of text: String) -> Int32 {
            lock.withLock {
                if let number = numbers[text] { return number }
                let number = Int32(numbers.count)
                numbers[text] = number
                return number
            }
        }
    }
}

/// The names the site's values use (each numbered when first used).
extension PageName {
    static let actor = PageName("actor")
    static let actors = PageName("actors")
    static let actorsNoun = PageName("actors_noun")
    static let allURL = PageName("all_url")
    static let anchor = PageName("anchor")
    static let archive = PageName("archive")
    static let article = PageName("article")
    static let articleTitle = PageName("article_title")
    static let articles = PageName("articles")
    static let articlesNoun = PageName("articles_noun")
    static let body = PageName("body")
    static let count = PageName("count")
    static let countLabel = PageName("count_label")
    static let country = PageName("country")
    static let cover = PageName("cover")
    static let current = PageName("current")
    static let date = PageName("date")
    static let dateLong = PageName("date_long")
    static let dateURL = PageName("date_url")
    static let dates = PageName("dates")
    static let day = PageName("day")
    static let days = PageName("days")
    static let daysNoun = PageName("days_noun")
    static let description = PageName("description")
    static let edited = PageName("edited")
    static let empty = PageName("empty")
    static let entries = PageName("entries")
    static let eventDate = PageName("event_date")
    static let eventDateLong = PageName("event_date_long")
    static let gap = PageName("gap")
    static let home = PageName("home")
    static let html = PageName("html")
    static let id = PageName("id")
    static let index = PageName("index")
    static let iso = PageName("iso")
    static let key = PageName("key")
    static let language = PageName("language")
    static let latest = PageName("latest")
    static let lede = PageName("lede")
    static let loc = PageName("loc")
    static let long = PageName("long")
    static let months = PageName("months")
    static let more = PageName("more")
    static let moreStories = PageName("more_stories")
    static let name = PageName("name")
    static let newer = PageName("newer")
    static let newest = PageName("newest")
    static let nextURL = PageName("next_url")
    static let number = PageName("number")
    static let older = PageName("older")
    static let oldest = PageName("oldest")
    static let onlyHere = PageName("only_here")
    static let outlets = PageName("outlets")
    static let pageTitle = PageName("page_title")
    static let pages = PageName("pages")
    static let part = PageName("part")
    static let parts = PageName("parts")
    static let period = PageName("period")
    static let periods = PageName("periods")
    static let pagination = PageName("pagination")
    static let paragraph = PageName("paragraph")
    static let places = PageName("places")
    static let prevURL = PageName("prev_url")
    static let quoteCount = PageName("quote_count")
    static let quotes = PageName("quotes")
    static let quotesMore = PageName("quotes_more")
    static let range = PageName("range")
    static let relatedActors = PageName("related_actors")
    static let relatedTopics = PageName("related_topics")
    static let role = PageName("role")
    static let root = PageName("root")
    /// The feed's own URL (`{{self}}`).
    static let selfURL = PageName("self")
    static let shared = PageName("shared")
    static let sharedActors = PageName("shared_actors")
    static let sharedTopics = PageName("shared_topics")
    static let site = PageName("site")
    static let sitemaps = PageName("sitemaps")
    static let slug = PageName("slug")
    static let source = PageName("source")
    static let sourceFile = PageName("source_file")
    static let speaker = PageName("speaker")
    static let stats = PageName("stats")
    static let stories = PageName("stories")
    static let story = PageName("story")
    static let summary = PageName("summary")
    static let terms = PageName("terms")
    static let text = PageName("text")
    static let title = PageName("title")
    static let toc = PageName("toc")
    static let topic = PageName("topic")
    static let topics = PageName("topics")
    static let topicsNoun = PageName("topics_noun")
    static let total = PageName("total")
    static let undated = PageName("undated")
    static let undatedURL = PageName("undated_url")
    static let updated = PageName("updated")
    static let url = PageName("url")
    static let urls = PageName("urls")
    static let versions = PageName("versions")
    static let volume = PageName("volume")
    static let volumes = PageName("volumes")
    static let weekday = PageName("weekday")

    /// The flag a page of a section sets (`is_home`, `is_article` …), which the layout reads.
    static let isHome = PageName("is_home")
    static let isArticle = PageName("is_article")
    static let isStories = PageName("is_stories")
    static let isActors = PageName("is_actors")
    static let isTopics = PageName("is_topics")
    static let isDates = PageName("is_dates")
    static let isPrint = PageName("is_print")
}
