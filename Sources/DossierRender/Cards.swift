import DossierModel
import Foundation
import Mustache

/// Article cards for list pages, rendered through `partials/card` once per article, and only
/// when a page that shows them is rendered (pages kept from the previous build never ask).
/// A card is rendered with a marker where `{{root}}` goes, and the marker is replaced by each
/// page's root: one render serves every page depth. Safe to use from the parallel page workers.
final class CardCache: @unchecked Sendable {
    private let templates: PageTemplates
    /// Each article's card values (root-independent).
    private let values: [[String: Any]]
    /// Fingerprint of each card's values: what a list page's fingerprint takes for the card.
    let fingerprints: [UInt64]
    /// Cards whose values hold the marker themselves: rendered for each root instead.
    private let unmarkable: Set<Int>
    /// Whether the card template renders the same through the marker as with a root (it
    /// would not if its own text held the marker); decided on the first card asked for.
    private var markerWorks: Bool?
    private let lock = NSLock()
    private var rendered: [Int: String] = [:]

    /// Stands for the root while a card is rendered: a control character no text keeps.
    static let marker = "\u{1}root\u{1}"

    init(templates: PageTemplates, values: [[String: Any]]) {
        self.templates = templates
        self.values = values
        let checked = values.map(Unchecked.init).parallelMap { card in
            var fingerprint = Fingerprint()
            SiteRenderer.fingerprint(card.value, into: &fingerprint)
            return (fingerprint.value, CardCache.holdsMarker(card.value))
        }
        self.fingerprints = checked.map(\.0)
        self.unmarkable = Set(checked.indices.filter { checked[$0].1 })
    }

    /// Card `i` rendered for a page whose root is `root`.
    func html(_ i: Int, root: String) -> String {
        guard !unmarkable.contains(i) else { return render(i, root: root) }
        if let done = lock.withLock({ rendered[i] }) { return CardCache.replaceMarker(in: done, with: root) }
        let marked = render(i, root: CardCache.marker)
        let works = lock.withLock { markerWorks } ?? {
            let works = CardCache.replaceMarker(in: marked, with: root) == render(i, root: root)
            lock.withLock { markerWorks = works }
            return works
        }()
        guard works else { return render(i, root: root) }
        lock.withLock { rendered[i] = marked }
        return CardCache.replaceMarker(in: marked, with: root)
    }

    /// `html` with every marker replaced by `root`, over UTF-8 bytes (the marker starts with a
    /// byte, 0x01, that no other character's encoding holds).
    static func replaceMarker(in html: String, with root: String) -> String {
        let marker = Array(CardCache.marker.utf8)
        var html = html
        return html.withUTF8 { bytes -> String in
            var out = [UInt8]()
            out.reserveCapacity(bytes.count + 64)
            var from = 0
            var i = 0
            while let found = bytes[i...].firstIndex(of: marker[0]) {
                if found + marker.count <= bytes.count, (1..<marker.count).allSatisfy({ bytes[found + $0] == marker[$0] }) {
                    out.append(contentsOf: bytes[from..<found])
                    out.append(contentsOf: root.utf8)
                    from = found + marker.count
                    i = from
                } else {
                    i = found + 1
                }
            }
            out.append(contentsOf: bytes[from...])
            return String(decoding: out, as: UTF8.self)
        }
    }

    private func render(_ i: Int, root: String) -> String {
        var card = values[i]
        card["root"] = root
        return templates.render(card, withTemplate: "partials/card") ?? ""
    }

    /// Whether any text in `value` holds the marker's control character.
    static func holdsMarker(_ value: Any) -> Bool {
        switch value {
        case let text as String: return text.utf8.contains(1)
        case let map as [String: Any]: return map.values.contains(where: holdsMarker)
        case let list as [Any]: return list.contains(where: holdsMarker)
        default: return false
        }
    }
}

/// One card of a list page: `{{{html}}}` renders it on first use.
struct LazyCard: MustacheParent {
    let html: CardHTML

    func child(named name: String) -> Any? { name == "html" ? html.renderText : nil }
}

/// A card's HTML for a page whose root is `root`, as `{{{html}}}` prints it: rendered (once per
/// article) only when the page that holds it is rendered.
struct CardHTML: MustacheCustomRenderable {
    let cache: CardCache
    let index: Int
    let root: String

    var isNull: Bool { false }
    var renderText: String { cache.html(index, root: root) }
}

/// An article's rendered body as a template prints it (`{{{body}}}`), fingerprinted by the
/// checksum computed once when it was rendered rather than by its text. For the print edition
/// (`prefix` not empty) its ids and in-page links are prefixed with the article's anchor so
/// they stay unique in one document; computed only when the page that holds it is rendered.
/// (cmark escapes `"` in text, so ` id="` and `href="#` only occur in markup.)
struct BodyHTML: MustacheCustomRenderable {
    let rendered: RenderedMarkdown
    var prefix = ""

    var isNull: Bool { false }

    var renderText: String {
        let html = rendered.html
        guard !prefix.isEmpty else { return html }
        var out = [UInt8]()
        out.reserveCapacity(html.utf8.count + 256)
        let patterns: [[UInt8]] = [Array(" id=\"".utf8), Array("href=\"#".utf8)]
        let insert = Array(prefix.utf8)
        var text = html
        text.withUTF8 { bytes in
            var i = 0
            while i < bytes.count {
                var matched = false
                for pattern in patterns where bytes[i] == pattern[0] && i + pattern.count <= bytes.count {
                    if (1..<pattern.count).allSatisfy({ bytes[i + $0] == pattern[$0] }) {
                        out.append(contentsOf: pattern)
                        out.append(contentsOf: insert)
                        i += pattern.count
                        matched = true
                        break
                    }
                }
                if !matched {
                    out.append(bytes[i])
                    i += 1
                }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
