import DossierModel
import Foundation
import Mustache

/// Article cards for list pages, rendered through `partials/card` once per article and page
/// depth, and only when a page that shows them is rendered (pages kept from the previous build
/// never ask). Safe to use from the parallel page workers.
final class CardCache: @unchecked Sendable {
    private let library: MustacheLibrary
    /// Each article's card values (root-independent).
    private let values: [[String: Any]]
    /// Fingerprint of each card's values: what a list page's fingerprint takes for the card.
    let fingerprints: [UInt64]
    private let lock = NSLock()
    private var rendered: [String: [Int: String]] = [:]

    init(library: MustacheLibrary, values: [[String: Any]]) {
        self.library = library
        self.values = values
        self.fingerprints = values.map(Unchecked.init).parallelMap { card in
            var fingerprint = Fingerprint()
            SiteRenderer.fingerprint(card.value, into: &fingerprint)
            return fingerprint.value
        }
    }

    /// Card `i` rendered for a page whose root is `root`.
    func html(_ i: Int, root: String) -> String {
        if let done = lock.withLock({ rendered[root]?[i] }) { return done }
        var card = values[i]
        card["root"] = root
        let html = library.render(card, withTemplate: "partials/card") ?? ""
        lock.withLock { rendered[root, default: [:]][i] = html }
        return html
    }
}

/// One card of a list page: `{{{html}}}` renders it on first use.
struct LazyCard: MustacheParent {
    let cache: CardCache
    let index: Int
    let root: String

    func child(named name: String) -> Any? { name == "html" ? cache.html(index, root: root) : nil }
}

/// An article body for the print edition, its ids and in-page links prefixed with the
/// article's anchor so they stay unique in one document. Computed only when the volume that
/// holds it is rendered. (cmark escapes `"` in text, so ` id="` and `href="#` only occur in
/// markup.)
struct PrefixedHTML: MustacheCustomRenderable {
    let html: String
    let prefix: String

    var isNull: Bool { false }

    var renderText: String {
        var out = [UInt8]()
        out.reserveCapacity(html.utf8.count + 256)
        let patterns: [[UInt8]] = [Array(" id=\"".utf8), Array("href=\"#".utf8)]
        let insert = Array(prefix.utf8)
        var html = html
        html.withUTF8 { bytes in
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
