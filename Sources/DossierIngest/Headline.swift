import DossierModel
import Foundation

/// Finding the headline: the title line(s) before the body.
enum Headline {
    /// Whether `text` can be a headline: at most 20 words and 200 characters, with letters,
    /// and no sentence-final `.` (nor `,`, `;`, `:`, `…`); `?`, `!` and closing quotes are fine.
    static func isCandidate(_ text: String) -> Bool {
        // A final mark read from the last byte first (a paragraph's "." says no), and no more
        // characters than bytes: short text needs no count.
        if let mark = Text.asciiFinalMark(text), ".,;:".utf8.contains(mark) { return false }
        guard text.utf8.count <= 200 || text.count <= 200, Text.hasAtMost(words: 20, text),
              text.contains(where: { $0.isLetter }), let mark = Text.finalMark(text) else { return false }
        return !".,;:…".contains(mark)
    }

    /// The headline and what is left for the body. The leading units that can be headlines
    /// (standalone datelines among them are skipped) are looked at: the first is the headline,
    /// unless it is a one- or two-word section label followed by a longer candidate, which
    /// is then the headline and the label is dropped. A headline needs body text after it.
    static func split(_ units: [Layout.Unit], isDateline: (String) -> Bool) -> (headline: String?, rest: [Layout.Unit]) {
        var candidates: [Int] = []
        for (index, unit) in units.enumerated() {
            if isDateline(unit.text) { continue }
            guard isCandidate(unit.text) else { break }
            candidates.append(index)
            if candidates.count == 2 { break }
        }
        guard let first = candidates.first else { return (nil, units) }
        var chosen = [first]
        if candidates.count == 2, Text.hasAtMost(words: 2, units[first].text),
           !Text.hasAtMost(words: 2, units[candidates[1]].text) {
            chosen.append(candidates[1])
        }
        guard let headlineIndex = chosen.last else { return (nil, units) }
        let rest = units.enumerated().filter { !chosen.contains($0.offset) }.map(\.element)
        guard rest.contains(where: { !isDateline($0.text) }) else { return (nil, units) }
        return (withoutSiteName(units[headlineIndex].text), rest)
    }

    /// `headline` without a trailing " | Site Name" (at most four words after the bar, at
    /// least three before it). A headline without a "|" byte has no bar to search for, unless it
    /// holds a character canonically equal to ASCII (none is equal to "|" or to a space, but
    /// Foundation is left to say so).
    static func withoutSiteName(_ headline: String) -> String {
        var copy = headline
        let mayHoldBar = copy.withUTF8 { $0.contains(0x7C) || ByteScan.hasASCIIEquivalent($0) }
        guard mayHoldBar, let bar = headline.range(of: " | ", options: .backwards) else { return headline }
        let title = headline[..<bar.lowerBound], site = headline[bar.upperBound...]
        return Text.hasAtMost(words: 4, site) && !Text.hasAtMost(words: 2, title) ? String(title) : headline
    }
}
