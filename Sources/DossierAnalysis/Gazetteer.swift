import DossierModel

/// Known people compiled once from the configuration and the built-in actor list: canonical
/// names, the word keys of their names, the office words that describe them, and an index of
/// every alias by its first word for longest-match lookup while scanning tokens.
struct Gazetteer: Sendable {
    struct Entry: Sendable {
        let name: String
        /// Keys of the name's words ("kassym", "jomart", "tokayev").
        let nameKeys: [String]
        /// Office and nationality words from the aliases and role ("russian", "president").
        let roleWords: Set<String>
    }

    /// One way of writing an entry, as token keys.
    struct Alias: Sendable {
        let keys: [String]
        /// Per key: the token must be capitalised (names are case-sensitive; office words are not).
        let mustCapitalize: [Bool]
        let entry: Int
        /// An office description ("Russian President") rather than a name.
        let isRole: Bool
    }

    let entries: [Entry]
    /// Aliases by the key of their first token, longest first.
    let aliasesByFirstKey: KeyTable<[Alias]>

    /// Config actors first (they win on a clash of names), then the built-in list.
    init(config: [ActorEntry], builtIn: [ActorEntry]) {
        var seen = Set<String>()
        var entries: [Entry] = []
        var index: [String: [Alias]] = [:]
        for actor in config + builtIn {
            let nameKeys = Gazetteer.wordKeys(actor.name)
            let id = nameKeys.joined(separator: " ")
            guard !nameKeys.isEmpty, !seen.contains(id) else { continue }
            seen.insert(id)
            let entry = entries.count
            var roleWords = Set<String>()
            for phrase in [actor.name] + actor.aliases {
                let tokens = TokenizedText(phrase).tokens
                guard !tokens.isEmpty else { continue }
                let keys = tokens.map(\.key)
                let isRole = keys.contains { Lexicon.titleHeads.contains($0) }
                if isRole {
                    roleWords.formUnion(keys.filter { Lexicon.isOfficeWord($0) })
                }
                let caps = tokens.map { $0.isCapitalized && !Lexicon.isOfficeWord($0.key) }
                index[keys[0], default: []].append(Alias(keys: keys, mustCapitalize: caps, entry: entry, isRole: isRole))
            }
            for word in Gazetteer.wordKeys(actor.role ?? "") where Lexicon.titleHeads.contains(word) {
                roleWords.insert(word)
            }
            entries.append(Entry(name: actor.name, nameKeys: nameKeys, roleWords: roleWords))
        }
        self.entries = entries
        self.aliasesByFirstKey = KeyTable(index.mapValues { $0.sorted { $0.keys.count > $1.keys.count } })
    }

    /// The longest alias that matches the tokens at `i`, and the index past it. A one-word name alias
    /// does not match the first word of a longer name ("Novak" in "Novak Djokovic").
    func match(_ tokens: [Token], at i: Int) -> (alias: Alias, end: Int)? {
        guard let candidates = aliasesByFirstKey[tokens[i].key, asciiHash: tokens[i].keyHash] else { return nil }
        for alias in candidates where i + alias.keys.count <= tokens.count {
            if alias.keys.count == 1, !alias.isRole, i + 1 < tokens.count, MentionScanner.isNameWord(tokens[i + 1]) {
                continue
            }
            var ok = true
            for (k, key) in alias.keys.enumerated() {
                let t = tokens[i + k]
                if t.key != key || (alias.mustCapitalize[k] && !t.isCapitalized) {
                    ok = false
                    break
                }
            }
            if ok { return (alias, i + alias.keys.count) }
        }
        return nil
    }

    /// The entry a written name refers to: the same words, or the same last word with the same
    /// first initial ("Masoud"/"Massoud Pezeshkian"), or one name's words inside the other's.
    func entry(forName keys: [String]) -> Int? {
        if let exact = entries.firstIndex(where: { $0.nameKeys == keys }) { return exact }
        if let alias = aliasesByFirstKey[keys[0]]?.first(where: { $0.keys == keys && !$0.isRole }) {
            return alias.entry
        }
        return entries.firstIndex { Gazetteer.samePerson($0.nameKeys, keys) }
    }

    /// The entry one word names after an office ("President Xi", "Prime Minister Modi"): a one-word
    /// alias, else the only entry whose last name it is.
    func entry(forSurname key: String) -> Int? {
        if let alias = aliasesByFirstKey[key]?.first(where: { $0.keys == [key] && !$0.isRole }) { return alias.entry }
        let matches = entries.indices.filter { entries[$0].nameKeys.last == key }
        return matches.count == 1 ? matches[0] : nil
    }

    /// Two written names that denote one person (the rule of the scorer, made symmetric).
    static func samePerson(_ a: [String], _ b: [String]) -> Bool {
        guard let al = a.last, let bl = b.last, let af = a.first, let bf = b.first else { return false }
        if a == b { return true }
        guard al == bl else { return false }
        return af.first == bf.first || Set(a).isSubset(of: Set(b)) || Set(b).isSubset(of: Set(a))
    }

    /// The word keys of a phrase, punctuation left out.
    static func wordKeys(_ text: String) -> [String] {
        TokenizedText(text).tokens.filter { $0.kind == .word }.map(\.key)
    }
}

extension Lexicon {
    /// A word that describes an office or a nationality rather than naming someone.
    static func isOfficeWord(_ key: String) -> Bool {
        titleHeads.contains(key) || titleModifiers.contains(key) || demonyms.contains(key)
    }

    /// The bits of `isOfficeWord`'s sets in `Token.lex`: a token's key is an office word exactly
    /// when its `lex` has one of them.
    static let officeWords: UInt64 = isTitleHead | isTitleModifier | isDemonym
}
