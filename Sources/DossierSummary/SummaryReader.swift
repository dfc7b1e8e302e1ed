import DossierModel
import Foundation
import Yams

/// Why a summary file could not be read; names the file and, where known, the line.
public struct SummaryError: Error, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var message: String

    public init(file: String, line: Int?, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String { "\(file)\(line.map { ":\($0)" } ?? ""): error: \(message)" }
}

/// Reads a summary file (YAML front matter + Markdown) back into a SummaryDocument.
///
/// The YAML is composed into a node tree and read field by field, never handed to Yams's
/// value constructor (which traps on a mapping key that is not text, e.g. `[a]: 1`).
public enum SummaryReader {
    /// Parses `text`, the content of the summary at `file` (used in errors).
    public static func read(_ text: String, file: String) throws -> SummaryDocument {
        let text = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, first.trimmingWhitespace() == "---" else {
            throw SummaryError(file: file, line: 1, message: "summary does not start with '---' front matter")
        }
        guard let close = lines.dropFirst().firstIndex(where: { $0.trimmingWhitespace() == "---" || $0 == "..." }) else {
            throw SummaryError(file: file, line: 1, message: "front matter is not closed by a '---' line")
        }
        let yaml = lines[1..<close].joined(separator: "\n")
        let body = lines[(close + 1)...].joined(separator: "\n")
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw SummaryError(file: file, line: yamlLine(error).map { $0 + 1 }, message: "front matter: \(yamlProblem(error))")
        }
        guard let root else { throw SummaryError(file: file, line: 2, message: "front matter is empty") }
        guard let mapping = root.mapping else {
            throw SummaryError(file: file, line: 2, message: "front matter is not a mapping of fields")
        }
        var fields: [String: Node] = [:]
        for (key, value) in mapping {
            guard case .scalar = key, let name = key.string else {
                throw SummaryError(file: file, line: key.mark.map { $0.line + 1 }, message: "front matter field names must be text")
            }
            fields[name] = value
        }
        let fm = FrontMatter(fields: fields, file: file)
        let stored = storedChecksum(in: text)
        return SummaryDocument(
            title: try fm.requiredString("title"),
            date: try fm.day("date"),
            source: try fm.optionalString("source"),
            sourceFile: try fm.requiredString("source_file"),
            actors: try fm.strings("actors"),
            topics: try fm.strings("topics"),
            places: try fm.strings("places"),
            quotes: try fm.quotes("quotes"),
            body: body.hasPrefix("\n") ? String(body.dropFirst()) : body,
            isEdited: stored.map { $0 != Checksum.of(unsealed(text)) } ?? true,
            checksum: stored,
            eventDate: try fm.day("event_date"))
    }

    /// The checksum value written in the front matter, if any.
    public static func storedChecksum(in text: String) -> String? {
        guard let range = checksumLineRange(in: text) else { return nil }
        let line = text[range]
        return line.dropFirst(SummaryWriter.checksumKey.count + 2).trimmingWhitespace()
    }

    /// `text` without its checksum line: what the checksum was computed over.
    static func unsealed(_ text: String) -> String {
        guard let range = checksumLineRange(in: text) else { return text }
        var t = text
        t.removeSubrange(t.index(before: range.lowerBound)..<range.upperBound) // with its leading newline
        return t
    }

    /// The range of the checksum line (without newlines) inside the front matter.
    private static func checksumLineRange(in text: String) -> Range<String.Index>? {
        guard let end = ByteSearch.range(of: "\n---\n", in: text) ?? text.range(of: "\n---") else { return nil }
        let head = text[..<end.lowerBound]
        guard let key = ByteSearch.range(of: "\n\(SummaryWriter.checksumKey): ", in: head, backwards: true) else { return nil }
        let lineStart = text.index(after: key.lowerBound)
        let lineEnd = text[lineStart...].firstIndex(of: "\n") ?? text.endIndex
        return lineStart..<lineEnd
    }

    private static func yamlLine(_ error: YamlError) -> Int? {
        switch error {
        case let .scanner(_, _, mark, _), let .parser(_, _, mark, _), let .composer(_, _, mark, _): return mark.line
        default: return nil
        }
    }

    private static func yamlProblem(_ error: YamlError) -> String {
        switch error {
        case let .scanner(_, problem, _, _), let .parser(_, problem, _, _), let .composer(_, problem, _, _): return problem
        default: return "\(error)"
        }
    }
}

/// Typed access to front-matter fields, with errors that name the field and its line.
private struct FrontMatter {
    let fields: [String: Node]
    let file: String

    func fail(_ key: String, _ node: Node?, _ message: String) -> SummaryError {
        // Node marks count from 1 within the front matter, which starts on line 2 of the file.
        SummaryError(file: file, line: node?.mark.map { $0.line + 1 }, message: "front matter field '\(key)' \(message)")
    }

    /// A scalar's text; nil for lists and mappings.
    func text(_ node: Node) -> String? {
        guard case .scalar = node else { return nil }
        return node.string
    }

    /// `null`, `~` or nothing, unquoted.
    func isNull(_ node: Node) -> Bool {
        guard let scalar = node.scalar, scalar.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    func requiredString(_ key: String) throws -> String {
        guard let node = fields[key], !isNull(node) else { throw fail(key, nil, "is missing") }
        guard let s = text(node), !s.trimmingWhitespace().isEmpty else { throw fail(key, node, "must be a non-empty text") }
        return s
    }

    func optionalString(_ key: String) throws -> String? {
        guard let node = fields[key], !isNull(node) else { return nil }
        guard let s = text(node) else { throw fail(key, node, "must be a text or null") }
        return s.trimmingWhitespace().isEmpty ? nil : s
    }

    func day(_ key: String) throws -> Day? {
        guard let node = fields[key], !isNull(node) else { return nil }
        guard let s = text(node), let day = Day(iso: s.prefix(10)), s.count == 10 || s.dropFirst(10).first == "T" else {
            throw fail(key, node, "must be a date YYYY-MM-DD or null")
        }
        return day
    }

    func strings(_ key: String) throws -> [String] {
        guard let node = fields[key], !isNull(node) else { return [] }
        if let s = text(node) { return [s] }
        guard let items = node.sequence else { throw fail(key, node, "must be a list of texts") }
        return try items.map { item in
            guard let s = text(item) else { throw fail(key, item, "must be a list of texts") }
            return s
        }
    }

    func quotes(_ key: String) throws -> [Quote] {
        guard let node = fields[key], !isNull(node) else { return [] }
        guard let items = node.sequence else { throw fail(key, node, "must be a list of {speaker, text}") }
        return try items.map { item in
            guard let map = item.mapping, let textNode = map["text"], let quoted = text(textNode) else {
                throw fail(key, item, "must be a list of {speaker, text}")
            }
            let speaker = map["speaker"].flatMap { isNull($0) ? nil : text($0) }
            let paragraph = map["paragraph"]?.int ?? 0
            return Quote(speaker: speaker, text: quoted, paragraph: paragraph)
        }
    }
}
