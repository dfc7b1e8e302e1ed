import Foundation

/// A card's HTML rendered with `CardCache.marker` where `{{root}}` goes, and where each marker
/// stands: found once, when the card is rendered, so that showing it on a page is a copy of
/// the bytes between the markers with the page's root in their place.
struct MarkedHTML: Sendable {
    let bytes: [UInt8]
    /// Where each marker starts in `bytes`, in order (markers never overlap).
    let markers: [Int]

    /// The markers of `bytes` found over UTF-8: the marker starts with a byte, 0x01, that no
    /// other character's encoding holds, found with `memchr`.
    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        let marker = MarkedHTML.markerBytes
        var markers: [Int] = []
        bytes.withUnsafeBufferPointer { html in
            guard let base = html.baseAddress else { return }
            var at = 0
            while at < html.count, let hit = memchr(base + at, Int32(marker[0]), html.count - at) {
                let found = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if found + marker.count <= html.count, (1..<marker.count).allSatisfy({ html[found + $0] == marker[$0] }) {
                    markers.append(found)
                    at = found + marker.count
                } else {
                    at = found + 1
                }
            }
        }
        self.markers = markers
    }

    /// Appends the HTML with every marker replaced by `root` to `out`.
    func append(root: String, to out: PageBytes) {
        var root = root
        root.withUTF8 { root in
            bytes.withUnsafeBufferPointer { html in
                var from = 0
                for at in markers {
                    out.append(UnsafeBufferPointer(rebasing: html[from..<at]))
                    out.append(root)
                    from = at + MarkedHTML.markerBytes.count
                }
                out.append(UnsafeBufferPointer(rebasing: html[from...]))
            }
        }
    }

    private static let markerBytes = Array(CardCache.marker.utf8)
}
