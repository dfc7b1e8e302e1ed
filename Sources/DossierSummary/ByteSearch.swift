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
            guard m > 0 else { return nil }
            guard n >= m else { return .some(nil) }
            guard let first = backwards ? lastMatch(pattern, in: b) : firstMatch(pattern, in: b) else { return .some(nil) }
            let before = first == 0 || (b[first - 1] < 0x80 && b[first - 1] != 0x0D)
            let after = first + m == n || b[first + m] < 0x80
            return before && after ? .some(first) : nil
        } ?? nil
        guard let found else {
            return backwards ? text.range(of: needle, options: .backwards) : text.range(of: needle)
        }
        return found.map { offset in
            let lower = text.utf8.index(text.utf8.startIndex, offsetBy: offset)
            return lower..<text.utf8.index(lower, offsetBy: pattern.count)
        }
    }

    /// Where `pattern` (not empty, not longer than `b`) first occurs in `b`: found by `memchr` for
    /// its first byte, then compared (a marker comes late in a summary's body).
    private static func firstMatch(_ pattern: [UInt8], in b: UnsafeBufferPointer<UInt8>) -> Int? {
        let base = b.baseAddress!, m = pattern.count
        var at = 0
        while at + m <= b.count, let hit = memchr(base + at, Int32(pattern[0]), b.count - m + 1 - at) {
            let i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if memcmp(base + i, pattern, m) == 0 { return i }
            at = i + 1
        }
        return nil
    }

    /// Where `pattern` (not empty, not longer than `b`) last occurs in `b`.
    private static func lastMatch(_ pattern: [UInt8], in b: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = b.count - pattern.count
        while i >= 0 {
            if b[i] == pattern[0] && (1..<pattern.count).allSatisfy({ b[i + $0] == pattern[$0] }) { return i }
            i -= 1
        }
        return nil
    }

    /// `range(of:in:backwards:)` in a whole string.
    public static func range(of needle: String, in text: String, backwards: Bool = false) -> Range<String.Index>? {
        range(of: needle, in: text[...], backwards: backwards)
    }
}
