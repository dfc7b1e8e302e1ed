import DossierModel
import DossierSummary

/// The summary cache file's bytes, written and read without Foundation's coders (JSON and
/// property lists take 10–20 times as long; see docs/PERFORMANCE.md). Pure: values in, bytes
/// out, and back.
///
///     magic "dossier-summary-cache 1\n" · key · entry count · entries (sorted by name) · checksum
///
/// Integers are 8-byte little-endian, texts a length and UTF-8 bytes, optionals a 0/1 byte
/// first, lists a count first. The last 8 bytes are the FNV-1a 64 of all before them, so a
/// truncated or damaged file is refused as a whole.
enum SummaryCacheCodec {
    static let magic = Array("dossier-summary-cache 1\n".utf8)

    static func encode(key: String, entries: [String: CachedSummary]) -> [UInt8] {
        var out = CacheWriter()
        out.bytes = magic
        out.text(key)
        out.int(entries.count)
        for name in entries.keys.sorted() {
            let entry = entries[name]!
            out.text(name)
            out.stamp(entry.article)
            out.optional(entry.summary) { out, generated in
                out.stamp(generated.stamp)
                out.document(generated.document)
            }
            out.list(entry.diagnostics) { out, d in
                out.int(d.severity == .error ? 1 : 0)
                out.text(d.file)
                out.optional(d.line) { $0.int($1) }
                out.text(d.message)
            }
        }
        out.int(Int(bitPattern: UInt(checksum(out.bytes[...]))))
        return out.bytes
    }

    /// The entries of a cache written under `key`; nil when the bytes are not such a cache
    /// (another key or version, truncated, damaged).
    static func decode(_ bytes: [UInt8], key: String) -> [String: CachedSummary]? {
        guard bytes.count >= magic.count + 8, bytes.starts(with: magic) else { return nil }
        var trailer = CacheReader(bytes: bytes[(bytes.count - 8)...])
        guard let stored = trailer.int(), UInt64(UInt(bitPattern: stored)) == checksum(bytes[..<(bytes.count - 8)]) else { return nil }
        var input = CacheReader(bytes: bytes[magic.count..<(bytes.count - 8)])
        guard input.text() == key, let count = input.int(), count >= 0 else { return nil }
        var entries: [String: CachedSummary] = [:]
        entries.reserveCapacity(min(count, 1 << 20))
        for _ in 0..<count {
            guard let name = input.text(), let article = input.stamp(),
                  let summary = input.optional({ reader -> CachedSummary.Generated? in
                      guard let stamp = reader.stamp(), let document = reader.document() else { return nil }
                      return CachedSummary.Generated(stamp: stamp, document: document)
                  }),
                  let diagnostics = input.list({ reader -> Diagnostic? in
                      guard let severity = reader.int(), let file = reader.text(), let line = reader.optional({ $0.int() }),
                            let message = reader.text() else { return nil }
                      return Diagnostic(severity == 1 ? .error : .warning, file: file, line: line, message)
                  })
            else { return nil }
            entries[name] = CachedSummary(article: article, summary: summary, diagnostics: diagnostics)
        }
        return input.isAtEnd ? entries : nil
    }

    static func checksum(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        FileStamp(bytes).hash
    }
}

/// Appends the codec's primitives.
private struct CacheWriter {
    var bytes: [UInt8] = []

    mutating func int(_ value: Int) {
        withUnsafeBytes(of: Int64(value).littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func text(_ value: String) {
        int(value.utf8.count)
        bytes.append(contentsOf: value.utf8)
    }

    mutating func stamp(_ value: FileStamp) {
        int(value.size)
        int(Int(bitPattern: UInt(value.hash)))
    }

    mutating func day(_ value: Day) {
        int(value.year * 10_000 + value.month * 100 + value.day)
    }

    mutating func optional<T>(_ value: T?, _ write: (inout CacheWriter, T) -> Void) {
        guard let value else { return bytes.append(0) }
        bytes.append(1)
        write(&self, value)
    }

    mutating func list<T>(_ values: [T], _ write: (inout CacheWriter, T) -> Void) {
        int(values.count)
        for value in values { write(&self, value) }
    }

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

/// Reads the codec's primitives; every read answers nil instead of going past the end.
private struct CacheReader {
    let bytes: ArraySlice<UInt8>
    private var position: Int

    init(bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
        self.position = bytes.startIndex
    }

    var isAtEnd: Bool { position == bytes.endIndex }

    mutating func int() -> Int? {
        guard bytes.endIndex - position >= 8 else { return nil }
        var value: UInt64 = 0
        for i in (0..<8).reversed() { value = value << 8 | UInt64(bytes[position + i]) }
        position += 8
        return Int(Int64(bitPattern: value))
    }

    mutating func text() -> String? {
        guard let count = int(), count >= 0, bytes.endIndex - position >= count else { return nil }
        defer { position += count }
        return String(decoding: bytes[position..<(position + count)], as: UTF8.self)
    }

    mutating func stamp() -> FileStamp? {
        guard let size = int(), let hash = int() else { return nil }
        return FileStamp(size: size, hash: UInt64(UInt(bitPattern: hash)))
    }

    mutating func day() -> Day? {
        guard let value = int() else { return nil }
        return Day(year: value / 10_000, month: value / 100 % 100, day: value % 100)
    }

    /// `.some(nil)` for an absent value; nil when the bytes are not an optional.
    mutating func optional<T>(_ read: (inout CacheReader) -> T?) -> T?? {
        guard position < bytes.endIndex else { return nil }
        let flag = bytes[position]
        position += 1
        switch flag {
        case 0: return .some(nil)
        case 1: return read(&self).map { .some($0) }
        default: return nil
        }
    }

    mutating func list<T>(_ read: (inout CacheReader) -> T?) -> [T]? {
        // Each element takes at least one byte: a count beyond what is left is damage.
        guard let count = int(), count >= 0, count <= bytes.endIndex - position else { return nil }
        var values: [T] = []
        values.reserveCapacity(count)
        for _ in 0..<count {
            guard let value = read(&self) else { return nil }
            values.append(value)
        }
        return values
    }

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
