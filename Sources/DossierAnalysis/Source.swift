import DossierModel

/// The outlet the text names as its source: "X reports with reference to the Y news agency" →
/// "Y via X"; a closing "(ANI)" → "ANI"; a known agency next to a word of reporting
/// ("according to state-run Xinhua News", "Reuters reported") → that agency.
struct SourceFinder: Sendable {
    struct Outlet: Sendable {
        let keys: [String]
        let name: String
        /// Acronyms must be written exactly ("AP", not "ap").
        let exact: String?
    }

    let outletsByFirstKey: KeyTable<[Outlet]>

    init() {
        var index: [String: [Outlet]] = [:]
        for name in Lexicon.outlets {
            let words = TokenizedText(name).tokens.filter { $0.kind == .word }
            guard let first = words.first else { continue }
            let exact = words.count == 1 && first.isAcronym ? first.text : nil
            index[first.key, default: []].append(Outlet(keys: words.map(\.key), name: name, exact: exact))
        }
        outletsByFirstKey = KeyTable(index.mapValues { $0.sorted { $0.keys.count > $1.keys.count } })
    }

    static let cuesBefore: Set<String> = ["according", "citing", "cited", "reference", "run", "told",
                                          "by", "quoted", "reported", "via", "source"]
    static let cuesAfter: Set<String> = ["reported", "reports", "reporting", "said", "says", "news", "agency",
                                         "cited", "quoted", "learned", "correspondent"]
    static let agencyWords: Set<String> = ["news", "agency", "service", "media"]

    /// `words[n]`: the indices of the word tokens of `paragraphs[n]`.
    func source(paragraphs: [TokenizedText], words paragraphWords: [[Int]]) -> String? {
        var named: String?
        for (para, words) in zip(paragraphs, paragraphWords) {
            let t = para.tokens
            // "UNN reports with reference to the Xinhua news agency"
            // A key of another length is neither word: most are ruled out without a comparison.
            for i in words.indices.dropFirst() where t[words[i]].keyIs(.reports) || t[words[i]].keyIs(.reported) {
                guard i + 3 < words.count, t[words[i + 1]].keyIs(.with), t[words[i + 2]].keyIs(.reference),
                      t[words[i + 3]].keyIs(.to) else { continue }
                var j = i + 4
                if j < words.count, t[words[j]].keyIs(.the) { j += 1 }
                let reporter = words[i - 1]
                if j < words.count, t[words[j]].isCapitalized, t[reporter].isCapitalized {
                    return "\(outletName(t, words, at: j) ?? t[words[j]].text) via \(t[reporter].text)"
                }
            }
            // "(ANI)" at the end of a paragraph
            if t.count >= 3, t[t.count - 1].isPunct(")"), t[t.count - 3].isPunct("("), t[t.count - 2].isAcronym,
               t[t.count - 2].text.count <= 6 {
                return t[t.count - 2].text
            }
            // "TOKYO (Reuters) -"
            if named == nil {
                for k in t.indices.dropFirst() where t[k - 1].isPunct("(") && t[k].kind == .word {
                    var innerEnd = k + 1
                    while innerEnd < t.count, t[innerEnd].kind == .word { innerEnd += 1 }
                    let inner = Array(k..<innerEnd)
                    if let name = outletName(t, inner, at: 0), k + outletLength(t, inner, at: 0) < t.count,
                       t[k + outletLength(t, inner, at: 0)].isPunct(")") {
                        named = name
                        break
                    }
                }
            }
            if named == nil {
                for i in words.indices {
                    // `outlet` says no to a word that is not capitalised: asked here, most words make no call.
                    guard t[words[i]].isCapitalized, let name = outletName(t, words, at: i) else { continue }
                    let before = words[max(0, i - 3)..<i].contains { SourceFinder.cuesBefore.contains(t[$0].key) }
                    let len = outletLength(t, words, at: i)
                    let after = words[min(words.count, i + len)..<min(words.count, i + len + 2)]
                        .contains { SourceFinder.cuesAfter.contains(t[$0].key) }
                    if before || after {
                        named = name
                        break
                    }
                }
            }
        }
        return named
    }

    /// The outlet named by the words `tokens[words[i]]`, `tokens[words[i + 1]]`, ….
    private func outlet(_ tokens: [Token], _ words: [Int], at i: Int) -> Outlet? {
        // Every outlet demands a capitalised first word: most words need no lookup.
        guard tokens[words[i]].isCapitalized else { return nil }
        return outletsByFirstKey[tokens[words[i]].key, asciiHash: tokens[words[i]].keyHash]?.first { o in
            guard i + o.keys.count <= words.count else { return false }
            if let exact = o.exact, MentionScanner.stripPossessive(tokens[words[i]].text) != exact { return false }
            return o.keys.enumerated().allSatisfy { tokens[words[i + $0.offset]].key == $0.element }
        }
    }

    private func outletName(_ tokens: [Token], _ words: [Int], at i: Int) -> String? { outlet(tokens, words, at: i)?.name }
    private func outletLength(_ tokens: [Token], _ words: [Int], at i: Int) -> Int { outlet(tokens, words, at: i)?.keys.count ?? 1 }
}
