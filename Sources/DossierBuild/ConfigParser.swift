import DossierModel
import Yams

/// Reads Content/dossier.yml. Pure: text in, configuration out.
///
/// `actors` are added to the built-in list (an entry with a built-in name adds its aliases
/// to that person's and may set a new role or country);
/// `topics`, when given, replace the built-in taxonomy, so a dossier can narrow or rename it.
public enum ConfigParser {
    public static func parse(_ yaml: String, file: String) throws -> DossierConfig {
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw DossierError(step: "config", file: file, line: line(of: error), "\(problem(of: error))")
        }
        var config = DossierConfig.builtIn
        guard let root else { return config }
        guard let map = root.mapping else { throw fail(file, root, "must be a mapping of settings") }
        let known: Set = ["title", "description", "base_url", "language", "front_page_limit", "page_size", "print_volume_size",
                           "actors", "topics"]
        for (key, _) in map {
            guard let name = key.string, known.contains(name) else {
                throw fail(file, key, "unknown setting '\(key.string ?? "?")' (known: \(known.sorted().joined(separator: ", ")))")
            }
        }
        if let v = map["title"] { config.title = try scalarText(v, file, "title") }
        if let v = map["description"] { config.description = try scalarText(v, file, "description") }
        if let v = map["language"] { config.language = try scalarText(v, file, "language") }
        if let v = map["base_url"] {
            if v.null == nil {
                let url = try scalarText(v, file, "base_url")
                guard url.hasPrefix("http://") || url.hasPrefix("https://") else {
                    throw fail(file, v, "'base_url' must start with http:// or https://")
                }
                config.baseURL = url
            }
        }
        if let v = map["front_page_limit"] {
            guard let n = v.int, n > 0 else { throw fail(file, v, "'front_page_limit' must be a positive number") }
            config.frontPageLimit = n
        }
        if let v = map["page_size"] {
            guard let n = v.int, n > 0 else { throw fail(file, v, "'page_size' must be a positive number") }
            config.pageSize = n
        }
        if let v = map["print_volume_size"] {
            guard let n = v.int, n > 0 else { throw fail(file, v, "'print_volume_size' must be a positive number") }
            config.printVolumeSize = n
        }
        if let v = map["actors"] {
            for entry in try actors(v, file) {
                if let i = config.actors.firstIndex(where: { $0.name == entry.name }) {
                    let known = config.actors[i]
                    config.actors[i] = ActorEntry(name: entry.name,
                                                  aliases: known.aliases + entry.aliases.filter { !known.aliases.contains($0) },
                                                  role: entry.role ?? known.role, country: entry.country ?? known.country)
                } else {
                    config.actors.append(entry)
                }
            }
        }
        if let v = map["topics"] { config.topics = try topics(v, file) }
        return config
    }

    private static func actors(_ node: Node, _ file: String) throws -> [ActorEntry] {
        guard let items = node.sequence else { throw fail(file, node, "'actors' must be a list") }
        return try items.map { item in
            guard let m = item.mapping, let nameNode = m["name"] else {
                throw fail(file, item, "each actor needs a 'name'")
            }
            return ActorEntry(name: try scalarText(nameNode, file, "name"),
                              aliases: try m["aliases"].map { try texts($0, file, "aliases") } ?? [],
                              role: try m["role"].map { try scalarText($0, file, "role") },
                              country: try m["country"].map { try scalarText($0, file, "country") })
        }
    }

    private static func topics(_ node: Node, _ file: String) throws -> [TopicEntry] {
        guard let items = node.sequence else { throw fail(file, node, "'topics' must be a list") }
        return try items.map { item in
            guard let m = item.mapping, let nameNode = m["name"] else {
                throw fail(file, item, "each topic needs a 'name'")
            }
            let name = try scalarText(nameNode, file, "name")
            let keywords = try m["keywords"].map { try texts($0, file, "keywords") } ?? [name]
            return TopicEntry(name: name, keywords: keywords.isEmpty ? [name] : keywords,
                              description: try m["description"].map { try scalarText($0, file, "description") })
        }
    }

    private static func scalarText(_ node: Node, _ file: String, _ key: String) throws -> String {
        guard case .scalar = node, let s = node.string, !s.trimmingWhitespace().isEmpty else {
            throw fail(file, node, "'\(key)' must be a non-empty text")
        }
        return s.trimmingWhitespace()
    }

    private static func texts(_ node: Node, _ file: String, _ key: String) throws -> [String] {
        if case .scalar = node { return [try scalarText(node, file, key)] }
        guard let items = node.sequence else { throw fail(file, node, "'\(key)' must be a list of texts") }
        return try items.map { try scalarText($0, file, key) }
    }

    private static func fail(_ file: String, _ node: Node, _ message: String) -> DossierError {
        DossierError(step: "config", file: file, line: node.mark.map { $0.line }, message)
    }

    static func line(of error: YamlError) -> Int? {
        switch error {
        case let .scanner(_, _, mark, _), let .parser(_, _, mark, _), let .composer(_, _, mark, _): return mark.line
        default: return nil
        }
    }

    static func problem(of error: YamlError) -> String {
        switch error {
        case let .scanner(_, problem, _, _), let .parser(_, problem, _, _), let .composer(_, problem, _, _):
            return "YAML: \(problem)"
        default: return "YAML: \(error)"
        }
    }
}
