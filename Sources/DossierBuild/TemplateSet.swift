import DossierModel
import DossierRender
import Mustache

/// Parses the Mustache templates of a site once. Pure: (name, text) pairs in, a library out;
/// a syntax error or a reference to a missing partial is an error naming the file and line.
/// Every template prints its values through `HTMLEscaping`.
public enum TemplateSet {
    /// `files` maps a template's name ("article", "partials/card", "feed.xml") to its text;
    /// `folder` is used in error messages ("Templates").
    public static func parse(_ files: [String: String], folder: String) throws -> MustacheLibrary {
        let names = files.keys.sorted()
        // Parsed on all cores; registered, and the first error reported, in name order.
        let parsed = names.parallelMap { name in
            Unchecked(Result { try MustacheTemplate(string: HTMLEscaping.prepared(files[name]!)) })
        }
        var library = MustacheLibrary()
        for (name, result) in zip(names, parsed) {
            do {
                library.register(try result.value.get(), named: name)
            } catch let error as MustacheTemplate.ParserError {
                throw DossierError(step: "templates", file: "\(folder)/\(name).mustache", line: error.context.lineNumber - HTMLEscaping.addedLines,
                                   "template syntax: \(error.error) near “\(error.context.line.trimmingWhitespace())”")
            }
        }
        let references = names.parallelMap { partialReferences(in: files[$0]!) }
        for (name, references) in zip(names, references) {
            for (partial, line) in references where files[partial] == nil {
                throw DossierError(step: "templates", file: "\(folder)/\(name).mustache", line: line,
                                   "template refers to a missing partial '\(partial)' (no \(folder)/\(partial).mustache)")
            }
        }
        return library
    }

    /// Names used as `{{> name}}` or `{{< name}}`, with the line each is on.
    static func partialReferences(in text: String) -> [(String, Int)] {
        var found: [(String, Int)] = []
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = line[...]
            while let open = rest.range(of: "{{") {
                rest = rest[open.upperBound...]
                guard let sigil = rest.first, sigil == ">" || sigil == "<",
                      let close = rest.range(of: "}}") else { continue }
                let name = rest[rest.index(after: rest.startIndex)..<close.lowerBound].trimmingWhitespace()
                if !name.isEmpty, !name.hasPrefix("*") { found.append((name, n + 1)) }
                rest = rest[close.upperBound...]
            }
        }
        return found
    }
}
