import DossierModel

/// A sentence of the article with what the summary scorer needs to know about it.
struct ScoredSentence: Sendable {
    let text: String
    /// 1-based paragraph number.
    let paragraph: Int
    /// Position in the article (0 = the lead's first sentence).
    let order: Int
    /// The numbers (`KeyNumbers`, one table per article) of the keys of its words that are not
    /// `SummaryPicker.functionWords`, in order: equal numbers for equal keys.
    let contentKeys: [Int32]
    /// One of its words is a `SummaryPicker.decisionWords`.
    let hasDecisionWord: Bool
    /// Topic index per keyword hit.
    let topicHits: [Int]
    /// Entities mentioned (outside quotes or inside), each once, ascending (`distinctAscending`).
    let entities: [Int]
    let hasFigure: Bool
    /// Number of space-separated words of `text`.
    let spaceWords: Int
    /// Whether `text` carries a boilerplate marker (`SummaryPicker.isBoilerplate`).
    let isBoilerplate: Bool
    /// `text` opens a double quotation it does not close, or closes one it did not open (a quote
    /// longer than the splitter keeps whole): never a summary sentence or key point.
    let cutsQuote: Bool

    init(text: String, paragraph: Int, order: Int, contentKeys: [Int32], hasDecisionWord: Bool, topicHits: [Int],
         entities: [Int], hasFigure: Bool) {
        self.text = text
        self.paragraph = paragraph
        self.order = order
        self.contentKeys = contentKeys
        self.hasDecisionWord = hasDecisionWord
        self.topicHits = topicHits
        self.entities = entities
        self.hasFigure = hasFigure
        self.spaceWords = Fast.spaceSeparatedCount(text)
        self.isBoilerplate = SummaryPicker.isBoilerplate(text)
        self.cutsQuote = SummaryPicker.cutsQuote(text)
    }
}

/// Picks 3–5 sentences: the lead first, then sentences naming central actors, topic keywords,
/// figures and decisions, earlier ones preferred; never boilerplate, never a near-repeat of one already chosen;
/// returned in article order.
enum SummaryPicker {
    static let boilerplateMarkers = [
        "http", "www.", "pic.twitter", "@", "subscribe", "newsletter", "preferred source", "follow us",
        "advertisement", "all rights reserved", "©", "read more", "share this", "click here", "comments",
        "has not been edited", "syndicated feed", "sign up", "cookie",
    ]

    static let markerSearch = Fast.Needles(boilerplateMarkers)

    static func isBoilerplate(_ text: String) -> Bool {
        markerSearch.containedIn(lowercased: text)
    }

    /// Unbalanced double quotation marks: “ and ” counted apart, straight " by parity, « and ».
    /// Counted over the UTF-8 bytes: a lead byte and its continuation bytes are one scalar, so
    /// C2 AB is «, C2 BB », E2 80 9C “, E2 80 9E „ and E2 80 9D ” wherever they stand. Eight
    /// bytes with none above ASCII and no straight quote hold none of these and are passed at once.
    static func cutsQuote(_ text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { b in
            var open = 0, close = 0, straight = 0, guillemets = 0
            let n = b.count
            let raw = UnsafeRawBufferPointer(b)
            var i = 0
            while i < n {
                if i + 8 <= n {
                    let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    if !ByteScan.hasNonASCII(word) && !ByteScan.hasByte(0x22, in: word) {
                        i += 8
                        continue
                    }
                }
                switch b[i] {
                case 0x22: straight += 1
                case 0xC2 where i + 1 < n:
                    if b[i + 1] == 0xAB { guillemets += 1 } else if b[i + 1] == 0xBB { guillemets -= 1 }
                case 0xE2 where i + 2 < n && b[i + 1] == 0x80:
                    if b[i + 2] == 0x9C || b[i + 2] == 0x9E { open += 1 } else if b[i + 2] == 0x9D { close += 1 }
                default: break
                }
                i += 1
            }
            return open != close || straight % 2 == 1 || guillemets != 0
        }
    }

    /// Words that report a decision or an outcome.
    static let decisionWords: Set<String> = [
        "agreed", "signed", "decided", "approved", "announced", "launched", "adopted", "endorsed", "pledged",
        "rejected", "imposed", "lifted", "suspended", "ratified", "introduced",
    ]

    /// Share of the shorter sentence's content words found in the other, at or above which two
    /// sentences state the same fact.
    static let duplicateOverlap = 0.6

    static func pick(_ sentences: [ScoredSentence], central: [Int], topics: Set<Int>) -> [Sentence] {
        // Sentences are handled by index: copying one retains its strings, keys and sets.
        let usable = sentences.indices.filter { k in
            let n = sentences[k].spaceWords
            return n >= 5 && n <= 80 && !sentences[k].isBoilerplate && !sentences[k].cutsQuote
        }
        let want = usable.count >= 15 ? 5 : min(4, usable.count)
        let centralRank = Dictionary(central.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        func score(_ s: ScoredSentence) -> Double {
            var v = s.order == 0 ? 6.0 : 0
            var actors = 0  // entities among the first four central ones
            for entity in s.entities where (centralRank[entity] ?? 4) < 4 { actors += 1 }
            v += Double(min(2, actors)) * 1.5
            var hits = 0
            for topic in s.topicHits where topics.contains(topic) { hits += 1 }
            v += Double(min(3, hits))
            if s.hasFigure { v += 0.75 }
            if s.hasDecisionWord { v += 0.5 }
            v -= Double(s.order) * 0.08
            return v
        }
        var chosen: [Int] = []
        var chosenKeys: [[Int32]] = []  // their words' numbers without function words, `distinctAscending`
        // Orders are distinct, so the order of the ranking is total.
        let ranked = usable.map { (score: score(sentences[$0]), index: $0) }.sorted {
            $0.score > $1.score || ($0.score == $1.score && sentences[$0.index].order < sentences[$1.index].order)
        }
        for k in ranked.map(\.index) {
            guard chosen.count < want else { break }
            let keys = distinctAscending(sentences[k].contentKeys)
            if chosenKeys.contains(where: { sortedOverlap($0, keys) >= duplicateOverlap }) { continue }
            chosen.append(k)
            chosenKeys.append(keys)
        }
        return chosen.sorted { sentences[$0].order < sentences[$1].order }
            .map { Sentence(sentences[$0].text, paragraph: sentences[$0].paragraph) }
    }

    static func overlap(_ a: Set<String>, _ b: Set<String>) -> Double {
        contentOverlap(a.subtracting(functionWords), b.subtracting(functionWords))
    }

    /// `overlap` of two sets already without function words.
    static func contentOverlap(_ x: Set<String>, _ y: Set<String>) -> Double {
        let smaller = min(x.count, y.count)
        return smaller == 0 ? 0 : Double(x.intersection(y).count) / Double(smaller)
    }

    /// `Set(ids).sorted()`: a sentence's entities or its content keys' numbers, without a set's
    /// allocation and hashing (a sentence names a few entities, most none or one).
    static func distinctAscending<ID: Comparable>(_ ids: [ID]) -> [ID] {
        guard ids.count > 1 else { return ids }
        var out: [ID] = []
        out.reserveCapacity(ids.count)
        for id in ids.sorted() where out.last != id { out.append(id) }
        return out
    }

    /// `contentOverlap` of the sets of two sentences' content keys, given as the `distinctAscending`
    /// arrays of their numbers, the common keys counted in one merge.
    static func sortedOverlap(_ x: [Int32], _ y: [Int32]) -> Double {
        let smaller = min(x.count, y.count)
        guard smaller > 0 else { return 0 }
        var i = 0, j = 0, common = 0
        while i < x.count && j < y.count {
            if x[i] < y[j] {
                i += 1
            } else if y[j] < x[i] {
                j += 1
            } else {
                common += 1
                i += 1
                j += 1
            }
        }
        return Double(common) / Double(smaller)
    }

    static let functionWords: Set<String> = [
        "the", "a", "an", "of", "to", "in", "on", "at", "and", "or", "for", "with", "by", "from", "as", "that",
        "this", "is", "was", "are", "were", "be", "been", "has", "have", "had", "it", "its", "he", "she", "they",
        "their", "his", "her", "said", "will", "would", "also", "two", "both", "which", "who", "but", "not",
    ]

    /// One key point per topic: the sentence with the most of that topic's keywords (central actors and
    /// earliness break ties), a sentence not already used by another key point when there is one.
    static func keyPoints(_ sentences: [ScoredSentence], topics: [Int], names: [String], central: Set<Int>) -> [KeyPoint] {
        var used = Set<Int>()
        var out: [KeyPoint] = []
        // Sentences are handled by index, as in `pick`.
        let usable = sentences.indices.filter { !sentences[$0].isBoilerplate && !sentences[$0].cutsQuote && sentences[$0].spaceWords >= 5 }
        for topic in topics {
            func score(_ k: Int) -> Double {
                var hits = 0
                for hit in sentences[k].topicHits where hit == topic { hits += 1 }
                return Double(hits) * 2 + (sentences[k].entities.allSatisfy { !central.contains($0) } ? 0 : 0.5) - Double(sentences[k].order) * 0.01
            }
            let relevant = usable.filter { sentences[$0].topicHits.contains(topic) }
            let best = relevant.filter { !used.contains(sentences[$0].order) }.max { score($0) < score($1) }
                ?? relevant.max { score($0) < score($1) }
            if let best {
                used.insert(sentences[best].order)
                out.append(KeyPoint(topic: names[topic], sentence: Sentence(sentences[best].text, paragraph: sentences[best].paragraph)))
            }
        }
        return out
    }
}
