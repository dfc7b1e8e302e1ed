import DossierModel

/// Repeated text that scraping leaves behind: a paragraph (or a run of them) served twice,
/// a truncated teaser of a paragraph that follows, a fragment of a paragraph that came before.
enum Repeats {
    /// How many paragraphs around one are compared with it for teasers and fragments.
    static let window = 8
    /// The fewest words a teaser or fragment must have to be recognised as one.
    static let minimumWords = 4

    /// `blocks` with the first occurrence of each text kept and these dropped: a paragraph
    /// equal to an earlier one once case, punctuation and spacing are ignored (so repeated
    /// runs go too); a paragraph with no letters or digits; a paragraph that is the end of
    /// one of the `window` paragraphs before it (a fragment); a paragraph that is the start
    /// of one of the `window` paragraphs after it (a truncated teaser); a subhead repeating
    /// an earlier subhead when the paragraph after it was dropped.
    static func drop(_ blocks: [Block]) -> [Block] {
        // `Text.key`, with what it finds out on the way kept: the key of ASCII text (and punctuation)
        // is ASCII letters, digits and spaces. Whether a key has words enough to be a teaser or a
        // fragment is asked once for it, not once for each paragraph it is compared with.
        let asciiTexts = blocks.map { Scan.isASCIIOrPunctuation($0.text) }
        let keys = blocks.indices.map { asciiTexts[$0] ? Scan.asciiKey(blocks[$0].text) : Text.tokens(blocks[$0].text).joined(separator: " ") }
        let plain = keys.indices.map { asciiTexts[$0] || isPlainASCII(keys[$0]) }
        let long = keys.map { !Text.hasAtMost(words: minimumWords - 1, $0) }
        var keep = [Bool](repeating: false, count: blocks.count)
        var seen = KeySet()
        var recent: [Int] = []
        for i in blocks.indices where blocks[i].kind == .paragraph {
            let key = keys[i]
            // Inserted at once (one look-up of the key, not two), and taken out again for a fragment.
            guard !key.isEmpty, seen.insert(key) else { continue }
            guard !long[i] || !recent.contains(where: { isSpan(key, of: keys[$0], atEnd: true, plain: plain[i] && plain[$0]) }) else {
                seen.remove(key)
                continue
            }
            keep[i] = true
            recent.append(i)
            if recent.count > window { recent.removeFirst() }
        }
        let kept = blocks.indices.filter { keep[$0] }
        for (n, i) in kept.enumerated() {
            let later = kept[(n + 1)...].prefix(window)
            if long[i], later.contains(where: { isSpan(keys[i], of: keys[$0], atEnd: false, plain: plain[i] && plain[$0]) }) { keep[i] = false }
        }
        var seenHeads = KeySet()
        for (i, block) in blocks.enumerated() where block.kind == .subhead {
            let nextDropped = i + 1 < blocks.count && blocks[i + 1].kind == .paragraph && !keep[i + 1]
            keep[i] = !(seenHeads.contains(keys[i]) && nextDropped)
            seenHeads.insert(keys[i])
        }
        return blocks.indices.filter { keep[$0] }.map { blocks[$0] }
    }

    /// Whether `part` is a proper start (or end, with `atEnd`) of `whole` on a word boundary (whether
    /// it is long enough to count is the caller's `minimumWords`). With `plain` (both texts are ASCII
    /// without CR, so each byte is a character) the bytes are compared in place, without building
    /// the spaced text.
    static func isSpan(_ part: String, of whole: String, atEnd: Bool, plain: Bool) -> Bool {
        guard part.utf8.count < whole.utf8.count else { return false }
        guard plain else { return atEnd ? whole.hasSuffix(" " + part) : whole.hasPrefix(part + " ") }
        var part = part, whole = whole
        return part.withUTF8 { p in
            whole.withUTF8 { w in
                let m = p.count, n = w.count
                let space = atEnd ? n - m - 1 : m, start = atEnd ? n - m : 0
                guard w[space] == 0x20 else { return false }
                var k = 0
                while k < m && w[start + k] == p[k] { k += 1 }
                return k == m
            }
        }
    }

    /// Whether `text` is ASCII without CR.
    static func isPlainASCII(_ text: String) -> Bool {
        var text = text
        return text.withUTF8(ByteScan.isPlainASCII)
    }
}
