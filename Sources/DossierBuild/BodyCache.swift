import DossierModel
import DossierRender

/// What the build keeps of each rendered summary body between runs: its outline (table of
/// contents, lede, fingerprint) and the words stories compare it by, by the Markdown's size and
/// checksum, under a key of this program and cmark-gfm's version. With it, a body whose
/// Markdown is unchanged is not rendered again unless a page that shows it is (`SiteBody`), and
/// its text is not read to group stories. Output never depends on it.
///
///     magic "dossier-body-cache 2\n" · key · entry count · entries (sorted by stamp) · checksum
///
/// in the framing of `CacheCoding.swift`; an entry's words are a count and their hashes' bytes.
/// Pure: values in, bytes out, and back.
enum BodyCache {
    static let magic = Array("dossier-body-cache 2\n".utf8)

    /// What is kept of one body.
    struct Entry: Equatable {
        var outline: BodyOutline
        var words: WordSet
    }

    /// What a cached outline depends on besides the Markdown.
    static func key(program: String) -> String { "program \(program) cmark-gfm \(Markdown.libraryVersion)" }

    /// Each entry's body: from its cached outline and words when its Markdown was rendered
    /// before (its HTML rendered when a page needs it), else rendered now, on all cores. Also
    /// what to keep: the entries of these bodies, and nothing else.
    static func bodies(of entries: [SiteEntry], cached: [FileStamp: Entry]) -> (bodies: [String: SiteBody], keep: [FileStamp: Entry]) {
        let made = entries.parallelMap { entry -> (FileStamp, SiteBody) in
            let stamp = FileStamp(size: entry.markdown.size, hash: entry.markdown.checksum)
            if let kept = cached[stamp] { return (stamp, SiteBody(markdown: entry.markdown, outline: kept.outline, words: kept.words)) }
            return (stamp, SiteBody(source: entry.markdown))
        }
        let bodies = Dictionary(zip(entries.map(\.slug), made.map(\.1)), uniquingKeysWith: { a, _ in a })
        let keep = Dictionary(made.map { ($0.0, Entry(outline: $0.1.outline, words: $0.1.words)) }, uniquingKeysWith: { a, _ in a })
        return (bodies, keep)
    }

    static func encode(key: String, entries: [FileStamp: Entry]) -> [UInt8] {
        CacheWriter.sealed(magic: magic, key: key) { out in
            // Sized once: grown by doubling, the words' megabytes were copied again and again.
            out.bytes.reserveCapacity(out.bytes.count + entries.values.reduce(16) { $0 + 8 * $1.words.hashes.count + 512 })
            out.int(entries.count)
            for stamp in entries.keys.sorted(by: { ($0.size, $0.hash) < ($1.size, $1.hash) }) {
                let outline = entries[stamp]!.outline
                out.stamp(stamp)
                out.list(outline.headings) { out, heading in
                    out.text(heading.title)
                    out.text(heading.id)
                }
                out.optional(outline.lede) { $0.text($1) }
                out.int(Int(bitPattern: UInt(outline.fingerprint)))
                out.hashes(entries[stamp]!.words.hashes)
            }
        }
    }

    /// The entries of a cache written under `key`; nil when the bytes are not such a cache.
    static func decode(_ bytes: [UInt8], key: String) -> [FileStamp: Entry]? {
        guard var input = CacheReader.opened(bytes, magic: magic, key: key), let count = input.int(), count >= 0 else { return nil }
        var entries: [FileStamp: Entry] = [:]
        entries.reserveCapacity(min(count, 1 << 20))
        for _ in 0..<count {
            guard let stamp = input.stamp(),
                  let headings = input.list({ reader -> BodyOutline.Heading? in
                      guard let title = reader.text(), let id = reader.text() else { return nil }
                      return BodyOutline.Heading(title: title, id: id)
                  }),
                  let lede = input.optional({ $0.text() }), let fingerprint = input.int(), let words = input.hashes()
            else { return nil }
            entries[stamp] = Entry(outline: BodyOutline(headings: headings, lede: lede, fingerprint: UInt64(UInt(bitPattern: fingerprint))),
                                   words: WordSet(hashes: words))
        }
        return input.isAtEnd ? entries : nil
    }
}
