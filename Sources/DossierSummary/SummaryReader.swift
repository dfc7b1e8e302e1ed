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
public enum SummaryReader {
    /// Dates stay strings ("2025-11-19") instead of becoming instants in some time zone.
    /// Immutable after creation; Yams predates Sendable annotations.
    nonisolated(unsafe) private static let resolver = Resolver.default.removing(.timestamp)

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
        let fields: [String: Any]
        do {
            guard let loaded = try Yams.load(yaml: yaml, resolver) else {
                throw SummaryError(file: file, line: 2, message: "front matter is empty")
            }
            guard let map = loaded as? [String: Any] else {
                throw SummaryError(file: file, line: 2, message: "front matter is not a mapping of fields")
            }
            fields = map
        } catch let error as SummaryError {
            throw error
        } catch let error as YamlError {
            throw SummaryError(file: file, line: yamlLine(error).map { $0 + 1 }, message: "front matter: \(yamlProblem(error))")
        }
        var fm = FrontMatter(fields: fields, file: file, lines: lines[1..<close])
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
            checksum: stored)
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
        guard let end = text.range(of: "\n---\n") ?? text.range(of: "\n---") else { return nil }
        let head = text[..<end.lowerBound]
        guard let key = head.range(of: "\n\(SummaryWriter.checksumKey): ", options: .backwards) else { return nil }
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
    let fields: [String: Any]
    let file: String
    let lines: ArraySlice<Substring>

    func line(of key: String) -> Int? {
        lines.firstIndex(where: { $0.hasPrefix("\(key):") }).map { $0 + 1 }
    }

    func fail(_ key: String, _ message: String) -> SummaryError {
        SummaryError(file: file, line: line(of: key), message: "front matter field '\(key)' \(message)")
    }

    func scalarString(_ value: Any) -> String? {
        switch value {
        case let s as String: return s
        case let i as Int: return String(i)
        case let d as Double: return String(d)
        case let b as Bool: return b ? "true" : "false"
        default: return nil
        }
    }

    mutating func requiredString(_ key: String) throws -> String {
        guard let value = fields[key], !isNull(value) else { throw fail(key, "is missing") }
        guard let s = scalarString(value), !s.trimmingWhitespace().isEmpty else { throw fail(key, "must be a non-empty text") }
        return s
    }

    mutating func optionalString(_ key: String) throws -> String? {
        guard let value = fields[key], !isNull(value) else { return nil }
        guard let s = scalarString(value) else { throw fail(key, "must be a text or null") }
        return s.trimmingWhitespace().isEmpty ? nil : s
    }

    mutating func day(_ key: String) throws -> Day? {
        guard let value = fields[key], !isNull(value) else { return nil }
        guard let s = scalarString(value), let day = Day(iso: s.prefix(10)) else {
            throw fail(key, "must be a date YYYY-MM-DD or null")
        }
        return day
    }

    mutating func strings(_ key: String) throws -> [String] {
        guard let value = fields[key], !isNull(value) else { return [] }
        if let s = scalarString(value) { return [s] }
        guard let items = value as? [Any] else { throw fail(key, "must be a list of texts") }
        return try items.map {
            guard let s = scalarString($0) else { throw fail(key, "must be a list of texts") }
            return s
        }
    }

    mutating func quotes(_ key: String) throws -> [Quote] {
        guard let value = fields[key], !isNull(value) else { return [] }
        guard let items = value as? [Any] else { throw fail(key, "must be a list of {speaker, text}") }
        return try items.map { item in
            guard let map = item as? [String: Any], let textValue = map["text"], let text = scalarString(textValue) else {
                throw fail(key, "must be a list of {speaker, text}")
            }
            let speaker = map["speaker"].flatMap { isNull($0) ? nil : scalarString($0) }
            let paragraph = (map["paragraph"] as? Int) ?? 0
            return Quote(speaker: speaker, text: text, paragraph: paragraph)
        }
    }

    func isNull(_ value: Any) -> Bool { value is NSNull }
}
