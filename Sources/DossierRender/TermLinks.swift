import DossierModel

/// Links to terms by name, as cards, quotes and related lists show them: the name, and the
/// URL of the term the name (trimmed) is, when there is one. Each term's link values are built
/// once and shared. A key of a link is the name and the slug it links to: what the link is
/// built from, so a card's key changes with the links of the terms it names and no others
/// (`Cards`, from the terms the site index found for each name: `NameTerms`).
struct TermLinks {
    private let slugs: [String: String]
    private let url: (String) -> String
    private let shared: [String: PageMap]

    init(_ terms: [SiteIndex.Term], slugs: [String: String], url: @escaping (String) -> String) {
        self.slugs = slugs
        self.url = url
        var shared: [String: PageMap] = [:]
        for term in terms { shared[term.name] = [.name: .text(term.name), .url: .text(url(term.slug))] }
        self.shared = shared
    }

    /// The link values for `name`.
    func link(_ name: String) -> PageMap {
        if let values = shared[name] { return values }
        var v: PageMap = [.name: .text(name)]
        if let slug = slugs[name.trimmingWhitespace()] { v[.url] = .text(url(slug)) }
        return v
    }
}

extension Fingerprint {
    /// Adds an optional text, told apart from any text when absent.
    mutating func add(optional text: String?) {
        guard let text else { return add(byte: 0) }
        add(byte: 1)
        add(text)
    }

    /// Adds an optional day, told apart from any day when absent.
    mutating func add(optional day: Day?) {
        guard let day else { return add(byte: 0) }
        add(byte: 1)
        add(day.year)
        add(day.month)
        add(day.day)
    }

    /// Adds another fingerprint or key.
    mutating func add(key: UInt64) { add(Int(truncatingIfNeeded: key)) }
}
