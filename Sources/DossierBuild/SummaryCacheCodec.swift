import DossierModel
import DossierSummary

/// The summary cache file's bytes, written and read without Foundation's coders (JSON and
/// property lists take 10–20 times as long; see docs/PERFORMANCE.md). Pure: values in, bytes
/// out, and back. A `CacheJournal` of article names and `CachedSummary`s, magic
/// "dossier-summary-cache 4\n", in the framing of `CacheCoding.swift`; an appended segment's
/// stamp is the file's modification time before the append (see `CacheJournal.written`): a
/// `stat` an entry holds is trusted only when a tick older than when the entry was written.
enum SummaryCacheCodec {
    static let magic = Array("dossier-summary-cache 4\n".utf8)

    static let format = CacheJournal<String, CachedSummary>.Format(
        magic: magic,
        writeKey: { $0.text($1) },
        readKey: { $0.text() },
        writeEntry: { out, entry in
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
        },
        readEntry: { input in
            guard let article = input.stamp(),
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
            return CachedSummary(article: article, articleStat: articleStat, summaryStat: summaryStat, summary: summary,
                                 diagnostics: diagnostics)
        },
        keyOrder: { $0 < $1 },
        entrySize: 640)

    static func journal(key: String) -> CacheJournal<String, CachedSummary> { CacheJournal(format: format, key: key) }

    /// The whole file for `entries`, written by name.
    static func encode(key: String, entries: [(name: String, entry: CachedSummary)]) -> [UInt8] {
        journal(key: key).whole(byName(entries))
    }

    /// `entries` sorted by name, as the journal writes them; summarize's come sorted already.
    static func byName(_ entries: [(name: String, entry: CachedSummary)]) -> [(key: String, entry: CachedSummary)] {
        let listed = entries.map { (key: $0.name, entry: $0.entry) }
        return zip(listed, listed.dropFirst()).allSatisfy { $0.key < $1.key } ? listed : listed.sorted { $0.key < $1.key }
    }

    /// The entries of a cache written under `key`; nil when the bytes are not such a cache
    /// (another key or version, truncated, damaged).
    static func decode(_ bytes: [UInt8], key: String) -> [String: CachedSummary]? {
        let loaded = journal(key: key).read(bytes)
        return loaded.stamps.isEmpty ? nil : loaded.entries
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
