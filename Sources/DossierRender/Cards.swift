import DossierModel
import Foundation
import Mustache

/// Article cards for list pages, rendered through `partials/card` once per article, and only
/// when a page that shows them is rendered (pages kept from the previous build never ask).
/// A card is rendered with a marker where `{{root}}` goes, and the marker is replaced by each
/// page's root: one render serves every page depth. Safe to use from the parallel page workers.
final class CardCache: @unchecked Sendable {
    private let templates: PageTemplates
    /// Each article's card values (root-independent), with their fingerprints: what a list
    /// page's fingerprint takes for a card.
    private let cards: [SharedValue]
    /// Whether the card template renders the same through the marker as with a root (it
    /// would not if its own text held the marker); decided on the first card asked for.
    private var markerWorks: Bool?
    private let lock = NSLock()
    private var rendered: [Int: MarkedHTML] = [:]

    /// Stands for the root while a card is rendered: a control character no text keeps.
    static let marker = "\u{1}root\u{1}"

    init(templates: PageTemplates, cards: [SharedValue]) {
        self.templates = templates
        self.cards = cards
    }

    /// The fingerprint of card `i`'s values.
    func fingerprint(_ i: Int) -> UInt64 { cards[i].fingerprint }

    /// Card `i` rendered for a page whose root is `root`.
    func html(_ i: Int, root: String) -> String {
        let out = PageBytes(capacity: 1024)
        append(i, root: root, to: out)
        return String(decoding: out.array, as: UTF8.self)
    }

    /// Appends card `i`, rendered for a page whose root is `root`, to `out`. A card whose values
    /// hold the marker themselves is rendered for each root instead.
    func append(_ i: Int, root: String, to out: PageBytes) {
        if let done = lock.withLock({ rendered[i] }) { return done.append(root: root, to: out) }
        guard !CardCache.holdsMarker(cards[i].value) else { return out.append(render(i, root: root)) }
        let marked = MarkedHTML(render(i, root: CardCache.marker))
        let works = lock.withLock { markerWorks } ?? {
            let replaced = PageBytes(capacity: marked.bytes.count)
            marked.append(root: root, to: replaced)
            let works = replaced.array == render(i, root: root)
            lock.withLock { markerWorks = works }
            return works
        }()
        guard works else { return out.append(render(i, root: root)) }
        lock.withLock { rendered[i] = marked }
        marked.append(root: root, to: out)
    }

    /// `html` with every marker replaced by `root`.
    static func replaceMarker(in html: String, with root: String) -> String {
        let out = PageBytes(capacity: html.utf8.count)
        MarkedHTML(Array(html.utf8)).append(root: root, to: out)
        return String(decoding: out.array, as: UTF8.self)
    }

    private func render(_ i: Int, root: String) -> [UInt8] {
        var card = cards[i].map
        card[.root] = .text(root)
        return templates.render(card, withTemplate: "partials/card") ?? []
    }

    /// Whether any text in `value` holds the marker's control character.
    static func holdsMarker(_ value: PageValue) -> Bool {
        switch value {
        case .text(var text): return text.withUTF8 { bytes in bytes.baseAddress.map { memchr($0, 1, bytes.count) != nil } ?? false }
        case .map(let map): return map.entries.contains { holdsMarker($0.value) }
        case .list(let list): return list.contains(where: holdsMarker)
        case .shared(let shared): return holdsMarker(shared.value)
        case .number, .flag, .fragment, .card: return false
        }
    }
}

/// A value that prints its HTML straight into a page's bytes (`{{{value}}}`); swift-mustache
/// prints its `renderText`, the same text.
protocol HTMLFragment: MustacheCustomRenderable, Sendable {
    func append(to out: PageBytes)
    /// Feeds what the HTML is made from into a page's fingerprint.
    func fingerprint(into fingerprint: inout Fingerprint)
    /// The names of its stored properties: swift-mustache would find them by reflection when
    /// a tag inside a section over the value names one (compared by number, not hashed).
    static var storedProperties: [PageName] { get }
}

/// One card of a list page as swift-mustache reads it (`PageValue.card`): `{{{html}}}`
/// renders it on first use.
struct LazyCard: MustacheParent {
    let html: CardHTML

    func child(named name: String) -> Any? { name == "html" ? html : nil }
}

/// A list page's card (`PageValue.card`) with its HTML as the value `{{{html}}}` prints, made
/// once: the tags that read it (`{{#html}}{{{html}}}{{/html}}{{^html}}…`) copy a reference
/// instead of boxing the card as a fragment again each.
final class ListCard: Sendable {
    let html: CardHTML
    /// `html` as a page value.
    let fragment: PageValue

    init(_ html: CardHTML) {
        self.html = html
        fragment = .fragment(html)
    }
}

/// A card's HTML for a page whose root is `root`, as `{{{html}}}` prints it: rendered (once per
/// article) only when the page that holds it is rendered.
struct CardHTML: HTMLFragment {
    let cache: CardCache
    let index: Int
    let root: String

    static let storedProperties = [PageName("cache"), .index, .root]
    var isNull: Bool { false }
    var renderText: String { cache.html(index, root: root) }
    func append(to out: PageBytes) { cache.append(index, root: root, to: out) }

    func fingerprint(into fingerprint: inout Fingerprint) {
        fingerprint.add(root)
        fingerprint.add(Int(truncatingIfNeeded: cache.fingerprint(index)))
    }
}

/// An article's rendered body as a template prints it (`{{{body}}}`), fingerprinted by the
/// checksum computed once when it was rendered rather than by its text. For the print edition
/// (`prefix` not empty) its ids and in-page links are prefixed with the article's anchor so
/// they stay unique in one document; computed only when the page that holds it is rendered.
/// (cmark escapes `"` in text, so ` id="` and `href="#` only occur in markup.)
struct BodyHTML: HTMLFragment {
    let body: SiteBody
    var prefix = ""

    static let storedProperties = [.body, PageName("prefix")]
    var isNull: Bool { false }

    func fingerprint(into fingerprint: inout Fingerprint) {
        fingerprint.add(prefix)
        fingerprint.add(Int(truncatingIfNeeded: body.outline.fingerprint))
    }

    var renderText: String {
        let out = PageBytes(capacity: 16 * 1024)
        append(to: out)
        return String(decoding: out.array, as: UTF8.self)
    }

    /// Appends the body, with `prefix` after every ` id="` and `href="#`, to `out`: each `"`
    /// is found with `memchr` and the bytes around it tell whether it opens such a value.
    func append(to out: PageBytes) {
        for section in body.sections {
            guard !prefix.isEmpty else {
                out.append(section)
                continue
            }
            section.withUnsafeBufferPointer { bytes in
                guard let base = bytes.baseAddress else { return }
                var from = 0
                var at = 0
                while at < bytes.count, let hit = memchr(base + at, 0x22, bytes.count - at) {
                    let q = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    at = q + 1
                    var end: Int?
                    if q >= 4, bytes[q - 4] == 0x20, bytes[q - 3] == 0x69, bytes[q - 2] == 0x64, bytes[q - 1] == 0x3D {
                        end = q + 1  // ` id="`
                    } else if q >= 5, q + 1 < bytes.count, bytes[q + 1] == 0x23, bytes[q - 5] == 0x68, bytes[q - 4] == 0x72,
                              bytes[q - 3] == 0x65, bytes[q - 2] == 0x66, bytes[q - 1] == 0x3D {
                        end = q + 2  // `href="#`
                    }
                    guard let end else { continue }
                    out.append(UnsafeBufferPointer(rebasing: bytes[from..<end]))
                    out.append(prefix)
                    from = end
                    at = end
                }
                out.append(UnsafeBufferPointer(rebasing: bytes[from...]))
            }
        }
    }
}
