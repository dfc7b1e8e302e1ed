import DossierModel

/// Subheads: short title lines between paragraphs of the body.
enum Subheads {
    /// Whether `text` can be a subhead: at most 10 words and 100 characters, opening with a
    /// capital (or a digit, or a letter of a script without case) — not with a bullet, a dash
    /// or a quote — and ending with a letter, a digit or `?` (closing quotes aside), so not
    /// with `.`, `,`, `;`, `:`, `!`, `…` or a symbol.
    static func isCandidate(_ text: String) -> Bool {
        // A final mark read from the last byte first (most paragraphs end with "."), then the word
        // count: it stops at the eleventh word, where `count` walks every character of a paragraph
        // (and a text of at most 100 bytes has at most 100 characters).
        if let mark = Text.asciiFinalMark(text), !(Scan.keyBytes[Int(mark)] != 0 || mark == UInt8(ascii: "?")) { return false }
        guard Text.hasAtMost(words: 10, text), text.utf8.count <= 100 || text.count <= 100, Text.startsCapitalized(text),
              let first = text.first, first.isLetter || first.isNumber,
              let mark = Text.finalMark(text) else { return false }
        return mark.isLetter || mark.isNumber || mark == "?"
    }

    /// The blocks of the body: a unit is a subhead when it is a candidate and a paragraph
    /// came before it; everything else is a paragraph.
    static func classify(_ units: [Layout.Unit]) -> [Block] {
        var started = false
        return units.map { unit in
            if started && isCandidate(unit.text) { return Block(.subhead, unit.text) }
            started = true
            return Block(.paragraph, unit.text)
        }
    }

    /// `blocks` without subheads that head nothing: a subhead followed by another subhead
    /// or by the end of the text is dropped.
    static func dropDangling(_ blocks: [Block]) -> [Block] {
        blocks.enumerated().filter { index, block in
            block.kind == .paragraph || (index + 1 < blocks.count && blocks[index + 1].kind == .paragraph)
        }.map(\.element)
    }
}
