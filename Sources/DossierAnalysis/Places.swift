import DossierModel

/// Venues: cities and buildings named after "in", "at" or "to" ("in Moscow", "at the Great Hall of
/// the People", "in the Kremlin"), countries only as the goal of a visit ("visit to China"), plus
/// the dateline's place. Only the headline and lead paragraphs outside quotes are read (later
/// paragraphs and quotes recall other events). At most five, in order of first appearance.
struct PlaceFinder: Sendable {
    struct Place: Sendable {
        let keys: [String]
        let name: String
        let isCountry: Bool
    }

    static let maxPlaces = 5
    let placesByFirstKey: [String: [Place]]

    init() {
        var index: [String: [Place]] = [:]
        let named = Lexicon.cities.map { ($0, false) } + Lexicon.venues.map { ($0, false) } + Lexicon.countries.map { ($0, true) }
        for (name, isCountry) in named {
            let keys = Gazetteer.wordKeys(name)
            guard let first = keys.first else { continue }
            index[first, default: []].append(Place(keys: keys, name: name, isCountry: isCountry))
        }
        placesByFirstKey = index.mapValues { $0.sorted { $0.keys.count > $1.keys.count } }
    }

    static let venuePrepositions: Set<String> = ["in", "at", "to"]
    /// Spares most words the hashing of `venuePrepositions.contains`.
    static let venueFilter = KeyFilter(venuePrepositions)
    static let visitWords: Set<String> = ["visit", "trip", "arrived", "travelled", "traveled", "flew", "tour"]

    /// Paragraphs after the headline that are searched for venues: later ones recall other events.
    static let leadParagraphs = 4

    /// `words`: the headline's and the lead paragraphs' tokens, each with the indices of its
    /// unquoted word tokens.
    func places(datelinePlace: String?, words texts: [(tokens: [Token], words: [Int])]) -> [String] {
        var out: [String] = []
        func add(_ name: String) {
            if !out.contains(name), out.count < PlaceFinder.maxPlaces { out.append(name) }
        }
        if let p = datelinePlace?.trimmingWhitespace(), !p.isEmpty { add(p) }
        for (tokens, words) in texts {
            for i in words.indices where PlaceFinder.isVenuePreposition(tokens[words[i]].key) {
                var j = i + 1
                if j < words.count, tokens[words[j]].keyIs(.the) { j += 1 }
                guard j < words.count, tokens[words[j]].isCapitalized, let place = match(tokens, words, at: j) else { continue }
                let isVisit = i > 0 && PlaceFinder.visitWords.contains(tokens[words[i - 1]].key)
                if !place.isCountry || isVisit { add(place.name) }
            }
        }
        return out
    }

    /// `venuePrepositions.contains(key)`.
    static func isVenuePreposition(_ key: String) -> Bool { venueFilter.mayContain(key) && venuePrepositions.contains(key) }

    /// The place a dateline left in the lead names ("MOSCOW, April 1 (TASS) --", "Astana, 14 May 2025 –").
    func datelinePlace(in lead: TokenizedText?) -> String? {
        guard let lead, let sentence = SentenceSplitter.ranges(lead).first,
              TitleMaker.datelineEnd(lead.tokens, within: sentence) != nil else { return nil }
        let words = lead.tokens.indices.filter { lead.tokens[$0].kind == .word }
        guard !words.isEmpty, let place = match(lead.tokens, words, at: 0), !place.isCountry else { return nil }
        return place.name
    }

    /// The longest place whose keys are those of the word tokens `tokens[words[i]]`, `tokens[words[i + 1]]`, ….
    private func match(_ tokens: [Token], _ words: [Int], at i: Int) -> Place? {
        placesByFirstKey[tokens[words[i]].key]?.first { p in
            i + p.keys.count <= words.count && p.keys.enumerated().allSatisfy { tokens[words[i + $0.offset]].key == $0.element }
        }
    }
}
