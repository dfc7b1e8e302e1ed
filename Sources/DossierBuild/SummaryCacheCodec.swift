import DossierModel
import DossierSummary

/// The summary cache file's bytes, written and read without Foundation's coders (JSON and
/// property lists take 10–20 times as long; see docs/PERFORMANCE.md). Pure: values in, bytes
/// out, and back.
///
///     magic "dossier-summary-cache 4\n" · key · entry count · entries (sorted by name) · checksum
///
/// in the framing of `CacheCoding.swift`.
enum SummaryCacheCodec {
    static let magic = Array("dossier-summary-cache 3\n".utf8)

    /// `entries` are written sorted by name; given sorted (summarize's articles are), they are
    /// not sorted again.
    static func encode(key: String, entries: [(name: String, entry: CachedSummary)]) -> [UInt8] {
        let sorted = zip(entries, entries.dropFirst()).allSatisfy { $0.name < $1.name } ? entries : entries.sorted { $0.name < $1.name }
        return CacheWriter.sealed(magic: magic, key: key) { out in
            out.bytes.reserveCapacity(out.bytes.count + 16 + entries.count * 640)
            out.int(sorted.count)
            for (name, entry) in sorted {
                out.text(name)
                out.stamp(entry.article)
                out.optional(entry.articleStat) { $0.fileStat($1) }
                out.optional(entry.summaryStat) { $0.fileStat($1) }
                out.optional(entry.summary) { out, generated in
                    out.stamp(generated.stamp)
                    out.document(generated.document)
                    out.stamp(generated.body)
                }
                out.list(entry.diagnostics) { out, d in
                    out.int(d.severity == .error ? 1 : 0)
                    out.text(d.file)
                    out.optional(d.line) { $0.int($1) }
                    out.text(d.message)
                }
            }
        }
    }

    /// The entries of a cache written under `key`; nil when the bytes are not such a cache
    /// (another key or version, truncated, damaged).
    static func decode(_ bytes: [UInt8], key: String) -> [String: CachedSummary]? {
        guard var input = CacheReader.opened(bytes, magic: magic, key: key), let count = input.int(), count >= 0 else { return nil }
        var entries: [String: CachedSummary] = [:]
        entries.reserveCapacity(min(count, 1 << 20))
        for _ in 0..<count {
            guard let name = input.text(), let article = input.stamp(),
                  let articleStat = input.optional({ $0.fileStat() }), let summaryStat = input.optional({ $0.fileStat() }),
                  let summary = input.optional({ reader -> CachedSummary.Generated? in
                      guard let stamp = reader.stamp(), let document = reader.document(), let body = reader.stamp() else { return nil }
                      return CachedSummary.Generated(stamp: stamp, document: document, body: body)
                  }),
                  let diagnostics = input.list({ reader -> Diagnostic? in
                      guard let severity = reader.int(), let file = reader.text(), let line = reader.optional({ $0.int() }),
                            let message = reader.text() else { return nil }
                      return Diagnostic(severity == 1 ? .error : .warning, file: file, line: line, message)
                  })
            else { return nil }
            entries[name] = CachedSummary(article: article, articleStat: articleStat, summaryStat: summaryStat, summary: summary,
                                          diagnostics: diagnostics)
        }
        return input.isAtEnd ? entries : nil
    }
}

extension CacheWriter {
    /// Every field but `body` (read back from the summary file) and `isEdited` (false: only
    /// generated documents are cached).
    mutating func document(_ d: SummaryDocument) {
        text(d.title)
        optional(d.date) { $0.day($1) }
        optional(d.eventDate) { $0.day($1) }
        optional(d.source) { $0.text($1) }
        text(d.sourceFile)
        list(d.actors) { $0.text($1) }
        list(d.topics) { $0.text($1) }
        list(d.places) { $0.text($1) }
        list(d.quotes) { out, q in
            out.optional(q.speaker) { $0.text($1) }
            out.text(q.text)
            out.int(q.paragraph)
        }
        optional(d.checksum) { $0.text($1) }
    }
}

extension CacheReader {
    mutating func document() -> SummaryDocument? {
        guard let title = text(),
              let date = optional({ $0.day() }), let eventDate = optional({ $0.day() }),
              let source = optional({ $0.text() }), let sourceFile = text(),
              let actors = list({ $0.text() }), let topics = list({ $0.text() }), let places = list({ $0.text() }),
              let quotes = list({ reader -> Quote? in
                  guard let speaker = reader.optional({ $0.text() }), let text = reader.text(), let paragraph = reader.int() else { return nil }
                  return Quote(speaker: speaker, text: text, paragraph: paragraph)
              }),
              let checksum = optional({ $0.text() })
        else { return nil }
        return SummaryDocument(title: title, date: date, source: source, sourceFile: sourceFile, actors: actors,
                               topics: topics, places: places, quotes: quotes, body: "", isEdited: false,
                               checksum: checksum, eventDate: eventDate)
    }
}

extension CacheWriter {
    mutating func fileStat(_ stat: FileStat) {
        int(Int(bitPattern: UInt(stat.device)))
        int(Int(bitPattern: UInt(stat.inode)))
        int(stat.size)
        int(stat.modified)
        int(stat.changed)
    }
}

extension CacheReader {
    mutating func fileStat() -> FileStat? {
        guard let device = int(), let inode = int(), let size = int(), let modified = int(), let changed = int() else { return nil }
        return FileStat(device: UInt64(UInt(bitPattern: device)), inode: UInt64(UInt(bitPattern: inode)),
                        size: size, modified: modified, changed: changed)
    }
}
