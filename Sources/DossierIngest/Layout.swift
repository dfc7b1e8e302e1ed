import DossierModel

/// Reading the layout of normalised text: lines, blank-line blocks, and the units
/// (candidate paragraphs, headlines, subheads) that single line breaks separate.
enum Layout {
    /// A line of the text with its 1-based number in the raw file, trimmed.
    struct Line: Equatable {
        var number: Int
        var text: String
    }

    /// A candidate block of the article: its first line's number and its text on one line.
    struct Unit: Equatable {
        var line: Int
        var text: String
    }

    /// The lines of `text`, numbered from 1, each trimmed of surrounding white space.
    static func lines(_ text: String) -> [Line] {
        // A line feed not after a carriage return is a character of its own, so cutting at its
        // byte cuts at characters. (Normalised text has no carriage returns.)
        var copy = text
        // Byte ranges of the lines, read in one pass (eight bytes at once where none is LF or CR);
        // nil when there is a carriage return.
        let ranges: [Range<Int>]? = copy.withUTF8 { b in
            var out: [Range<Int>] = []
            var start = 0
            let raw = UnsafeRawBufferPointer(b)
            var i = 0
            while i < b.count {
                if i + 8 <= b.count {
                    let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    if !ByteScan.hasByte(0x0A, in: word) && !ByteScan.hasByte(0x0D, in: word) {
                        i += 8
                        continue
                    }
                }
                if b[i] == 0x0D { return nil }
                if b[i] == 0x0A {
                    out.append(start..<i)
                    start = i + 1
                }
                i += 1
            }
            out.append(start..<b.count)
            return out
        }
        guard let ranges else {
            return text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map {
                Line(number: $0.offset + 1, text: $0.element.trimmingWhitespace())
            }
        }
        let utf8 = text.utf8
        return copy.withUTF8 { b in
            ranges.enumerated().map { n, r in
                if let trimmed = trimmedASCIIEnds(b, r) { return Line(number: n + 1, text: trimmed) }
                let lower = utf8.index(utf8.startIndex, offsetBy: r.lowerBound)
                return Line(number: n + 1, text: Scan.trimmed(text[lower..<utf8.index(lower, offsetBy: r.count)]))
            }
        }
    }

    /// `Scan.trimmed` of the bytes `b[r]` (a line), copied out of them, when the bytes it keeps open
    /// and end with ASCII ("" when none is kept); nil when `Scan.trimmed` leaves the ends to
    /// `trimmingWhitespace`.
    static func trimmedASCIIEnds(_ b: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> String? {
        var lower = r.lowerBound, upper = r.upperBound
        while lower < upper && Scan.isSpace(b[lower]) { lower += 1 }
        guard lower < upper else { return "" }
        while Scan.isSpace(b[upper - 1]) { upper -= 1 }
        guard b[lower] < 0x80, b[upper - 1] < 0x80 else { return nil }
        return String(decoding: UnsafeBufferPointer(rebasing: b[lower..<upper]), as: UTF8.self)
    }

    /// The units of all blocks (runs of non-empty lines, split at blank lines), in order. A block
    /// of one line (most are) is one unit, its line collapsed: no array is made for it.
    static func units(_ lines: [Line]) -> [Unit] {
        var units: [Unit] = []
        units.reserveCapacity(lines.count)
        var start: Int?  // the first line of the block being read
        var blocks = 0
        for end in 0...lines.count {
            if end < lines.count && !lines[end].text.isEmpty {
                if start == nil { start = end }
                continue
            }
            guard let first = start else { continue }
            start = nil
            if end - first == 1 {
                units.append(Unit(line: lines[first].number, text: Text.collapse(lines[first].text)))
            } else {
                units.append(contentsOf: self.units(ofBlock: Array(lines[first..<end]), opensText: blocks == 0))
            }
            blocks += 1
        }
        return units
    }

    /// Splits one block into units. A hard-wrapped block (lines of similar width, most not
    /// ending a sentence) is one paragraph per short sentence-ending line; otherwise every line
    /// is its own unit, except that a line starting in lower case continues a previous line
    /// that did not end a sentence. A headline glued to the lead on the text's first line is
    /// always split off.
    static func units(ofBlock block: [Line], opensText: Bool = false) -> [Unit] {
        let wrapWidth = hardWrapWidth(block)
        // A unit is a run of lines: kept as the index of its first line (no array of lines per unit).
        var starts: [Int] = []
        for index in block.indices {
            if index > 0, continues(block[index - 1].text, with: block[index].text, wrapWidth: wrapWidth),
               !(opensText && index == 1 && isGluedHeadline(block[0].text, before: block[index].text, wrapWidth: wrapWidth)) {
                continue
            }
            starts.append(index)
        }
        return starts.indices.map { g in
            let lines = starts[g]..<(g + 1 < starts.count ? starts[g + 1] : block.count)
            let first = block[lines.lowerBound]
            // Most units are one line: its text is the unit's, without joining a one-element array.
            return Unit(line: first.number, text: Text.collapse(lines.count == 1 ? first.text : block[lines].map(\.text).joined(separator: " ")))
        }
    }

    /// Whether the line `next` continues the line `previous` in the same unit.
    private static func continues(_ previous: String, with next: String, wrapWidth: Int?) -> Bool {
        if let width = wrapWidth {
            return !(Text.endsSentence(previous) && previous.count * 4 < width * 3)
        }
        guard let first = next.first(where: { $0.isLetter || $0.isNumber }) else { return false }
        return first.isLowercase && !Text.endsSentence(previous)
    }

    /// Whether `line` looks like a headline glued by a single line break to the lead `next`:
    /// it can be a headline and is less than half as long as `next`, or, in hard-wrapped
    /// copy, well short of the wrap width with `next` starting a sentence.
    private static func isGluedHeadline(_ line: String, before next: String, wrapWidth: Int?) -> Bool {
        guard Headline.isCandidate(line) else { return false }
        if let width = wrapWidth, line.count * 4 < width * 3, Text.startsCapitalized(next) { return true }
        return next.count > 2 * line.count
    }

    /// The wrap width when `block` looks hard-wrapped (three or more lines, none longer than
    /// 100 characters, most of the non-final ones at least 40 long and not ending a sentence).
    static func hardWrapWidth(_ block: [Line]) -> Int? {
        guard block.count >= 3 else { return nil }
        let widths = block.map(\.text.count)
        guard let width = widths.max(), width <= 100 else { return nil }
        let inner = block.dropLast()
        let wrapped = inner.filter { $0.text.count >= 40 && !Text.endsSentence($0.text) }.count
        return wrapped * 3 >= inner.count * 2 ? width : nil
    }
}
