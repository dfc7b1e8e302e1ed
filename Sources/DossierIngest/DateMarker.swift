import DossierModel

/// The ` date YYYY-MM-DD` marker some scrapers put before the first paragraph.
enum DateMarker {
    /// What the marker gave: the day (nil when the date is not a real day), the line it
    /// stood on, and the lines with the marker removed (the rest of its line stays).
    struct Result {
        var day: Day?
        var line: Int?
        var lines: [Layout.Line]
    }

    /// Finds the marker at the start of the first non-blank line: the word "date" in any
    /// case, white space, an ISO day, then white space or the end of the line.
    static func extract(_ lines: [Layout.Line]) -> Result {
        guard let index = lines.firstIndex(where: { !$0.text.isEmpty }) else {
            return Result(day: nil, line: nil, lines: lines)
        }
        let text = lines[index].text
        guard text.prefix(4).lowercased() == "date" else { return Result(day: nil, line: nil, lines: lines) }
        let afterWord = text.dropFirst(4)
        let dateStart = afterWord.drop(while: { $0 == " " })
        guard dateStart.startIndex != afterWord.startIndex else { return Result(day: nil, line: nil, lines: lines) }
        let iso = dateStart.prefix(10)
        let rest = dateStart.dropFirst(10)
        guard isISOShape(iso), rest.first.map({ $0 == " " }) ?? true else {
            return Result(day: nil, line: nil, lines: lines)
        }
        var out = lines
        out[index].text = rest.trimmingWhitespace()
        return Result(day: Day(iso: iso), line: lines[index].number, lines: out)
    }

    /// Whether `s` is shaped `DDDD-DD-DD` (ASCII digits).
    private static func isISOShape(_ s: Substring) -> Bool {
        let chars = Array(s)
        guard chars.count == 10, chars[4] == "-", chars[7] == "-" else { return false }
        return chars.enumerated().allSatisfy { $0.offset == 4 || $0.offset == 7 || ("0"..."9").contains($0.element) }
    }
}
