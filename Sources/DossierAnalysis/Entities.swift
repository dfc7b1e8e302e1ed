/// A person or organisation an article refers to.
struct Entity: Sendable, Equatable {
    /// Canonical name: the gazetteer's when known, else the fullest form written.
    var name: String
    var keys: [String]
    /// Office and nationality words used with the name ("chinese", "premier").
    var roleWords: Set<String>
    var isOrganisation: Bool
    /// For organisations: the noun that ends the name ("ministry").
    var head: String?
}

/// A mention tied to the entity it refers to (nil when it could not be resolved).
struct ResolvedMention: Sendable {
    let raw: RawMention
    let entity: Int?
}

/// Ties raw mentions to entities. First full names, known aliases and organisations (so a surname
/// in the headline can find the full name given later), then, in reading order, surnames,
/// offices ("the premier"), pronouns and organisation references, each to the most recent match.
enum EntityResolver {
    static func resolve(_ raws: [RawMention], gazetteer: Gazetteer) -> (entities: [Entity], mentions: [ResolvedMention]) {
        var entities: [Entity] = []
        var byGazetteer: [Int: Int] = [:]

        func person(forEntry entry: Int) -> Int {
            if let e = byGazetteer[entry] { return e }
            let g = gazetteer.entries[entry]
            if let e = entities.firstIndex(where: { !$0.isOrganisation && Gazetteer.samePerson($0.keys, g.nameKeys) }) {
                entities[e].name = g.name
                entities[e].keys = g.nameKeys
                entities[e].roleWords.formUnion(g.roleWords)
                byGazetteer[entry] = e
                return e
            }
            entities.append(Entity(name: g.name, keys: g.nameKeys, roleWords: g.roleWords, isOrganisation: false))
            byGazetteer[entry] = entities.count - 1
            return entities.count - 1
        }

        func person(named keys: [String], text: String) -> Int {
            if let entry = gazetteer.entry(forName: keys) { return person(forEntry: entry) }
            if let e = entities.firstIndex(where: { !$0.isOrganisation && Gazetteer.samePerson($0.keys, keys) }) {
                if keys.count > entities[e].keys.count {
                    entities[e].name = text
                    entities[e].keys = keys
                }
                return e
            }
            entities.append(Entity(name: text, keys: keys, roleWords: [], isOrganisation: false))
            return entities.count - 1
        }

        func organisation(_ name: String, head: String) -> Int {
            let keys = Gazetteer.wordKeys(name)
            if let e = entities.firstIndex(where: { $0.isOrganisation && $0.keys == keys }) { return e }
            entities.append(Entity(name: name, keys: keys, roleWords: [], isOrganisation: true, head: head))
            return entities.count - 1
        }

        // Pass 1: names, aliases, organisations; a weak name only when a surname mention confirms it.
        // Mentions are read in place (a `for raw in raws` loop copies each, with its keys and words).
        var singleKeys = Set<String>()
        for k in raws.indices {
            if case let .single(key, _, _) = raws[k].reference { singleKeys.insert(key) }
        }
        var resolved: [Int?] = raws.indices.map { k in
            switch raws[k].reference {
            case let .name(keys, text): return person(named: keys, text: text)
            case let .weakName(keys, text):
                guard let first = keys.first, let last = keys.last,
                      singleKeys.contains(first) || singleKeys.contains(last) else { return nil }
                return person(named: keys, text: text)
            case let .known(entry): return person(forEntry: entry)
            case let .organisation(name, head): return organisation(name, head: head)
            default: return nil
            }
        }
        for k in raws.indices {
            if let e = resolved[k], !entities[e].isOrganisation { entities[e].roleWords.formUnion(raws[k].titleWords) }
        }

        // Pass 2: in reading order, references that need what came before.
        var lastSeen: [Int: Int] = [:]
        var lastPerson: Int?
        var lastSubject: Int?
        for k in raws.indices {
            if resolved[k] == nil {
                switch raws[k].reference {
                case let .single(key, text, titled):
                    let candidates = entities.indices.filter { !entities[$0].isOrganisation
                        && (entities[$0].keys.first == key || entities[$0].keys.last == key) }
                    if let best = candidates.max(by: { (lastSeen[$0] ?? -1) < (lastSeen[$1] ?? -1) }) {
                        resolved[k] = best
                    } else if titled {
                        let e = gazetteer.entry(forSurname: key).map { person(forEntry: $0) }
                            ?? person(named: [key], text: text)
                        entities[e].roleWords.formUnion(raws[k].titleWords)
                        resolved[k] = e
                    }
                case let .role(words):
                    let candidates = entities.indices.filter { !entities[$0].isOrganisation
                        && fits(role: words, entities[$0].roleWords) }
                    if let best = candidates.max(by: { (lastSeen[$0] ?? -1) < (lastSeen[$1] ?? -1) }) {
                        resolved[k] = best
                    } else if words.count >= 2 {
                        let entries = gazetteer.entries.indices.filter { fits(role: words, gazetteer.entries[$0].roleWords) }
                        if entries.count == 1 { resolved[k] = person(forEntry: entries[0]) }
                    }
                case let .pronoun(isObject):
                    resolved[k] = isObject ? lastPerson : lastSubject ?? lastPerson
                case let .organisationRef(head):
                    let candidates = entities.indices.filter { entities[$0].isOrganisation && entities[$0].head == head }
                    resolved[k] = candidates.max { (lastSeen[$0] ?? -1) < (lastSeen[$1] ?? -1) }
                default:
                    break
                }
            }
            if let e = resolved[k] {
                lastSeen[e] = k
                if !entities[e].isOrganisation, !raws[k].isQuoted {
                    lastPerson = e
                    if raws[k].isSubject { lastSubject = e }
                }
            }
        }
        let mentions = zip(raws, resolved).map { ResolvedMention(raw: $0, entity: $1) }
        return (entities, mentions)
    }

    /// Offices that make someone "the leader" of their country.
    static let leaderOffices: Set<String> = ["president", "premier", "prime", "chancellor", "king", "emir", "sultan", "leader"]

    /// An office reference fits a person whose office words include all of its words; "leader"
    /// fits any head of state or government ("the Belarusian leader" → the Belarusian president).
    static func fits(role words: Set<String>, _ personWords: Set<String>) -> Bool {
        guard words.contains("leader") else { return words.isSubset(of: personWords) }
        return words.subtracting(["leader"]).isSubset(of: personWords) && !personWords.isDisjoint(with: leaderOffices)
    }
}
