import DossierModel
import DossierRender

/// What the build keeps of each rendered summary body between runs: its outline (table of
/// contents, lede, fingerprint), by the Markdown's size and checksum, under a key of this
/// program and cmark-gfm's version. With it, a body whose Markdown is unchanged is not
/// rendered again unless a page that shows it is (`SiteBody`). Output never depends on it.
///
///     magic "dossier-body-cache 1\n" · key · entry count · entries (sorted by stamp) · checksum
///
/// in the framing of `CacheCoding.swift`. Pure: values in, bytes out, and back.
enum BodyCache {
    static let magic = Array("dossier-body-cache 1\n".utf8)

    /// What a cached outline depends on besides the Markdown.
    static func key(program: String) -> String { "program \(program) cmark-gfm \(Markdown.libraryVersion)" }

    /// A Markdown text's size and checksum.
    static func stamp(_ markdown: String) -> FileStamp { FileStamp(markdown.utf8) }

    /// Each entry's body: from its cached outline when its Markdown was rendered before (its
    /// HTML rendered when a page needs it), else rendered now, on all cores. Also the outlines
    /// to keep: those of these bodies, and nothing else.
    static func bodies(of entries: [SiteEntry], cached: [FileStamp: BodyOutline]) -> (bodies: [String: SiteBody], keep: [FileStamp: BodyOutline]) {
        let made = entries.parallelMap { entry -> (FileStamp, SiteBody) in
            let markdown = entry.document.body
            let stamp = stamp(markdown)
            if let outline = cached[stamp] { return (stamp, SiteBody(markdown: markdown, outline: outline)) }
            return (stamp, SiteBody(rendered: Markdown.render(markdown)))
        }
        let bodies = Dictionary(zip(entries.map(\.slug), made.map(\.1)), uniquingKeysWith: { a, _ in a })
        let keep = Dictionary(made.map { ($0.0, $0.1.outline) }, uniquingKeysWith: { a, _ in a })
        return (bodies, keep)
    }

    static func encode(key: String, entries: [FileStamp: BodyOutline]) -> [UInt8] {
        CacheWriter.sealed(magic: magic, key: key) { out in
            out.int(entries.count)
            for stamp in entries.keys.sorted(by: { ($0.size, $0.hash) < ($1.size, $1.hash) }) {
                let outline = entries[stamp]!
                out.stamp(stamp)
                out.list(outline.headings) { out, heading in
                    out.text(heading.title)
                    out.text(heading.id)
                }
                out.optional(outline.lede) { $0.text($1) }
                out.int(Int(bitPattern: UInt(outline.fingerprint)))
            }
        }
    }

    /// The outlines of a cache written under `key`; nil when the bytes are not such a cache.
    static func decode(_ bytes: [UInt8], key: String) -> [FileStamp: BodyOutline]? {
        guard var input = CacheReader.opened(bytes, magic: magic, key: key), let count = input.int(), count >= 0 else { return nil }
        var entries: [FileStamp: BodyOutline] = [:]
        entries.reserveCapacity(min(count, 1 << 20))
        for _ in 0..<count {
            guard let stamp = input.stamp(),
                  let headings = input.list({ reader -> BodyOutline.Heading? in
                      guard let title = reader.text(), let id = reader.text() else { return nil }
                      return BodyOutline.Heading(title: title, id: id)
                  }),
                  let lede = input.optional({ $0.text() }), let fingerprint = input.int()
            else { return nil }
            entries[stamp] = BodyOutline(headings: headings, lede: lede, fingerprint: UInt64(UInt(bitPattern: fingerprint)))
        }
        return input.isAtEnd ? entries : nil
    }
}
