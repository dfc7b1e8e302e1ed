import DossierModel
import Foundation

/// Embedded tweets pasted into a paragraph: "… https://t.co/x pic.twitter.com/y — Name (@handle) November 20, 2025".
enum Tweets {
    /// The credit that closes an embedded tweet: a dash, a name, "(@handle)" and maybe a date.
    private static let creditPattern =
        "(?:^|\\s)(?:—|–|--|-)\\s*[^—–()]{0,80}\\(@[A-Za-z0-9_]{1,30}\\)\\s*(?:\(Datelines.monthPattern)\\s+\\d{1,2},?\\s+\\d{4})?\\s*$"
    private static let credit = try? NSRegularExpression(pattern: creditPattern)

    /// What an embed leaves in a paragraph, one of which `strip` looks for first (in one pass):
    /// a credit's "(@", a tweet link.
    static let embedMarks = Scan.Needles(["(@", "t.co/", "pic.twitter.com/"])

    /// `text` without tweet embeds: the credit at its end, tweet links ("t.co/…",
    /// "pic.twitter.com/…") anywhere, and — when a credit or link was found — the tweet's own
    /// text where it repeats sentences the paragraph already has. The article's sentences stay.
    static func strip(_ text: String) -> String {
        guard mayHoldEmbedMark(text), embedMarks.containedIn(text) else { return text }
        let (withoutCredit, hadCredit) = removeCredit(text)
        let words = withoutCredit.split(separator: " ")
        let kept = words.filter { !isTweetLink($0) }
        guard hadCredit || kept.count != words.count else { return text }
        return dropRepeatedTail(kept.joined(separator: " "))
    }

    /// False only when `text` surely holds none of `embedMarks`: each has a "/" or an "@", and no
    /// character but these two is canonically equal to them or decomposes into a sequence with
    /// them (a test checks every scalar), so text without either byte holds no mark. Read eight
    /// bytes at a time.
    static func mayHoldEmbedMark(_ text: String) -> Bool {
        ByteScan.contains(anyOf: embedMarkBytes, in: text)
    }
    /// The bytes `mayHoldEmbedMark` looks for.
    static let embedMarkBytes: [UInt8] = [UInt8(ascii: "/"), UInt8(ascii: "@")]

    /// Whether every word of `sentence` with letters in it is a hashtag or a handle.
    static func isTagsOnly(_ sentence: String) -> Bool {
        sentence.split(separator: " ").allSatisfy { $0.hasPrefix("#") || $0.hasPrefix("@") || !$0.contains(where: \.isLetter) }
    }

    /// Whether `word` is a link a tweet embed leaves behind.
    static func isTweetLink(_ word: Substring) -> Bool {
        let w = word.lowercased()
        return w.hasPrefix("pic.twitter.com/") || w.hasPrefix("https://t.co/") || w.hasPrefix("http://t.co/")
            || w.hasPrefix("t.co/")
    }

    /// `text` without a closing tweet credit, and whether there was one. Only the last
    /// 300 characters are searched, so long paragraphs cost nothing extra.
    private static func removeCredit(_ text: String) -> (String, Bool) {
        let tail = String(text.suffix(300))
        let ns = tail as NSString
        guard let credit, let m = credit.firstMatch(in: tail, range: NSRange(location: 0, length: ns.length)) else {
            return (text, false)
        }
        let kept = text.count - tail.count + ns.substring(to: m.range.location).count
        return (String(text.prefix(kept)).trimmingCharacters(in: .whitespaces), true)
    }

    /// At most this many sentences at the end of a paragraph are taken for a tweet's text.
    static let maxTweetSentences = 6

    /// `text` without its last sentences (up to `maxTweetSentences`) while each repeats
    /// (mostly the same words as) an earlier sentence of `text`, or is only hashtags, handles
    /// and symbols: the text of an embedded tweet the article already quoted.
    private static func dropRepeatedTail(_ text: String) -> String {
        let sentences = Sentences.split(text)
        let words = sentences.map { Set(Text.tokens($0)) }
        var end = sentences.count
        while end > 1, sentences.count - end < maxTweetSentences,
              isTagsOnly(sentences[end - 1]) || words[..<(end - 1)].contains(where: { Sentences.similar(words[end - 1], $0) }) {
            end -= 1
        }
        return sentences[..<end].joined(separator: " ")
    }
}

/// Sentence splitting and comparison, enough for finding repeated sentences.
enum Sentences {
    /// The sentences of `text`: it is cut after `.`, `!`, `?` or `…` (and any closing quotes)
    /// followed by a space.
    static func split(_ text: String) -> [String] {
        var out: [String] = []
        var current = ""
        var chars = text.makeIterator()
        var pendingEnd = false
        while let c = chars.next() {
            if pendingEnd && c == " " {
                out.append(current)
                current = ""
                pendingEnd = false
                continue
            }
            current.append(c)
            if ".!?…".contains(c) {
                pendingEnd = true
            } else if !Text.closers.contains(c) {
                pendingEnd = false
            }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    /// Whether two sentences' word sets share at least 80% of the words of the shorter
    /// (four words or more).
    static func similar(_ x: Set<String>, _ y: Set<String>) -> Bool {
        let shorter = min(x.count, y.count)
        return shorter >= 4 && x.intersection(y).count * 5 >= shorter * 4
    }
}
