import DossierModel

/// The taxonomy's keywords compiled into a first-word index. Matching runs over word tokens only,
/// so "visa-free", "visa free" and "visa–free" are the same keyword; the last word of a keyword
/// also matches its plural ("pipeline" → "pipelines"). All-caps keywords ("SCO") match
/// case-sensitively, others case-insensitively.
struct TopicMatcher: Sendable {
    struct Keyword: Sendable {
        let keys: [String]
        /// The exact spelling an all-caps keyword demands, per word; nil for case-insensitive words.
        let exact: [String?]
        let topic: Int
    }

    let topics: [TopicEntry]
    /// The keywords that start with one key, longest first.
    let lists: [[Keyword]]
    /// Index in `lists` by first key.
    let listByFirstKey: KeyTable<Int>

    init(topics: [TopicEntry]) {
        self.topics = topics
        var index: [String: [Keyword]] = [:]
        for (t, topic) in topics.enumerated() {
            for phrase in topic.keywords {
                let words = TokenizedText(phrase).tokens.filter { $0.kind == .word }
                guard let first = words.first else { continue }
                let exact = words.map { $0.isAcronym ? $0.text : nil }
                index[first.key, default: []].append(Keyword(keys: words.map(\.key), exact: exact, topic: t))
            }
        }
        let firstKeys = index.keys.sorted()
        self.lists = firstKeys.map { index[$0]!.sorted { $0.keys.count > $1.keys.count } }
        self.listByFirstKey = KeyTable(Dictionary(uniqueKeysWithValues: firstKeys.enumerated().map { ($1, $0) }))
    }

    /// Per word `tokens[words[k]]`, the index in `lists` of the keywords it may start, or -1:
    /// looked up once for a paragraph, then used for it and for each of its sentences.
    func starts(of tokens: [Token], words: [Int]) -> [Int] {
        words.map { listByFirstKey[tokens[$0].key, asciiHash: tokens[$0].keyHash] ?? -1 }
    }

    /// The topic of each keyword occurrence among the word tokens of `tokens`, longest match first.
    func hits(in tokens: [Token]) -> [Int] {
        let words = tokens.indices.filter { tokens[$0].kind == .word }
        return hits(in: tokens, words: words[...], starts: starts(of: tokens, words: words)[...])
    }

    /// `hits(in:)` of the tokens `tokens[words[k]]` alone, with `starts` the `starts(of:words:)`
    /// of those words (same indices as `words`).
    func hits(in tokens: [Token], words: ArraySlice<Int>, starts: ArraySlice<Int>) -> [Int] {
        var out: [Int] = []
        var i = words.startIndex
        while i < words.endIndex {
            if starts[i] >= 0, let kw = longestMatch(tokens, words, at: i, among: lists[starts[i]]) {
                out.append(kw.topic)
                i += kw.keys.count
            } else {
                i += 1
            }
        }
        return out
    }

    private func longestMatch(_ tokens: [Token], _ words: ArraySlice<Int>, at i: Int, among candidates: [Keyword]) -> Keyword? {
        candidates.first { kw in
            guard i + kw.keys.count <= words.endIndex else { return false }
            for (k, key) in kw.keys.enumerated() {
                let word = words[i + k]
                if let exact = kw.exact[k], MentionScanner.stripPossessive(tokens[word].text) != exact { return false }
                let isLast = k == kw.keys.count - 1
                if tokens[word].key != key && !(isLast && TopicMatcher.isPlural(tokens[word].key, of: key)) { return false }
            }
            return true
        }
    }

    static func isPlural(_ word: String, of key: String) -> Bool {
        word == key + "s" || word == key + "es" || (key.hasSuffix("y") && word == key.dropLast() + "ies")
    }
}

/// Weighs each topic by where its keywords occur: a headline hit counts 3, a lead hit 2, any other 1.
/// A topic is kept when its weight reaches the threshold (2, rising by one per 8 paragraphs beyond 16),
/// so one passing word in the body is not enough. Sorted by weight, ties in taxonomy order.
enum TopicRanker {
    static func rank(headline: [Int], paragraphs: [[Int]], topicCount: Int) -> [(topic: Int, weight: Int)] {
        var weight = Array(repeating: 0, count: topicCount)
        for t in headline { weight[t] += 3 }
        for (p, hits) in paragraphs.enumerated() {
            for t in hits { weight[t] += p == 0 ? 2 : 1 }
        }
        let threshold = 2 + max(0, (paragraphs.count - 16) / 8)
        return weight.enumerated()
            .filter { $0.element >= threshold }
            .sorted { $0.element != $1.element ? $0.element > $1.element : $0.offset < $1.offset }
            .map { (topic: $0.offset, weight: $0.element) }
    }
}
