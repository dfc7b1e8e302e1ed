import Foundation

/// Foundation's `range(of:)` for the ASCII markers of a summary file ("\n---\n", "\nchecksum: ",
/// "## Source text\n"), answered over bytes where that surely gives Foundation's answer, and by
/// Foundation elsewhere.
///
/// A marker made of ASCII characters without canonical equivalents (none is ";", "`" or "K")
/// matches only its own bytes. A byte match is Foundation's when the byte before it is ASCII and
/// not a carriage return (so its first character starts a character) and the byte after it is
/// ASCII or the text ends (so no combining mark joins its last character: for Foundation one
/// joins even a line feed).
public enum ByteSearch {
    /// `text.range(of: needle)`, or with `backwards` `text.range(of: needle, options: .backwards)`.
    public static func range(of needle: String, in text: Substring, backwards: Bool = false) -> Range<String.Index>? {
        let pattern = Array(needle.utf8)
        let found: Int?? = text.utf8.withContiguousStorageIfAvailable { b -> Int?? in
            let m = pattern.count, n = b.count
            guard n >= m else { return .some(nil) }
            var i = backwards ? n - m : 0
            while backwards ? i >= 0 : i + m <= n {
                if b[i] == pattern[0] && (1..<m).allSatisfy({ b[i + $0] == pattern[$0] }) {
                    let before = i == 0 || (b[i - 1] < 0x80 && b[i - 1] != 0x0D)
                    let after = i + m == n || b[i + m] < 0x80
                    return before && after ? .some(i) : nil
                }
                i += backwards ? -1 : 1
            }
            return .some(nil)
        } ?? nil
        guard let found else {
            return backwards ? text.range(of: needle, options: .backwards) : text.range(of: needle)
        }
        return found.map { offset in
            let lower = text.utf8.index(text.utf8.startIndex, offsetBy: offset)
            return lower..<text.utf8.index(lower, offsetBy: pattern.count)
        }
    }

    /// `range(of:in:backwards:)` in a whole string.
    public static func range(of needle: String, in text: String, backwards: Bool = false) -> Range<String.Index>? {
        range(of: needle, in: text[...], backwards: backwards)
    }
}
