import DossierModel
import DossierSummary

/// Articles about the same event from different outlets, grouped into a story: same central
/// actors, published within a few days (or, undated, with very similar text), similar words.
/// Pure and near-linear: candidates come from an index by actor, not from all pairs.
struct Story {
    /// Indexes into `SiteIndex.entries`, newest first.
    var entries: [Int]
    var slug: String
}

enum StoryGrouper {
    /// How far apart two dated versions of one story may be published.
    static let maxDays = 3
    /// Word overlap (Jaccard) two dated versions need; undated ones need more.
    static let datedSimilarity = 0.12
    static let undatedSimilarity = 0.2

    /// The stories among `entries` (each with two or more versions), newest first.
    static func stories(_ entries: [SiteEntry]) -> [Story] {
        let keys = entries.map { Array($0.document.actors.prefix(2)).map { $0.trimmingWhitespace() } }
        let words = entries.parallelMap { WordSet(sourceText($0.document.body)) }
        // Candidates come from indexes: entries with the same two lead actors, and entries led by
        // one actor alone (which match anyone whose lead actors include them).
        var byActor: [String: [Int]] = [:]
        var byPair: [String: [Int]] = [:]
        var bySingle: [String: [Int]] = [:]
        for (i, k) in keys.enumerated() where !(k.first ?? "").isEmpty {
            for name in k { byActor[name, default: []].append(i) }
            if k.count >= 2 { byPair[pairKey(k), default: []].append(i) } else { bySingle[k[0], default: []].append(i) }
        }

        var parent = Array(entries.indices)
        func root(_ i: Int) -> Int {
            var i = i
            while parent[i] != i { parent[i] = parent[parent[i]]; i = parent[i] }
            return i
        }
        func candidates(_ i: Int) -> [Int] {
            let k = keys[i]
            guard let first = k.first, !first.isEmpty else { return [] }
            let found = k.count >= 2 ? (byPair[pairKey(k)] ?? []) + k.flatMap { bySingle[$0] ?? [] } : (byActor[first] ?? [])
            return found.filter { $0 != i }
        }
        // Dated versions join when published within a few days in similar words.
        for i in entries.indices {
            guard let day = entries[i].document.date else { continue }
            for j in candidates(i) where j > i {
                guard let other = entries[j].document.date, abs(day.ordinal - other.ordinal) <= maxDays,
                      words[i].jaccard(words[j]) >= datedSimilarity else { continue }
                parent[root(j)] = root(i)
            }
        }
        // An undated version joins the one story it resembles most (on a tie, the one with more
        // versions), so it can never bridge two events (the same people meeting a month apart).
        var groupSize: [Int: Int] = [:]
        for i in entries.indices { groupSize[root(i), default: 0] += 1 }
        for i in entries.indices where entries[i].document.date == nil {
            var best: (j: Int, score: Double, size: Int)?
            for j in candidates(i) where entries[j].document.date != nil || j < i {
                let score = words[i].jaccard(words[j])
                let size = groupSize[root(j), default: 1]
                guard score >= undatedSimilarity else { continue }
                if best == nil || score > best!.score || (score == best!.score && size > best!.size) { best = (j, score, size) }
            }
            if let best { parent[root(i)] = root(best.j) }
        }
        var groups: [Int: [Int]] = [:]
        for i in entries.indices { groups[root(i), default: []].append(i) }
        let found = groups.values.filter { $0.count > 1 }.map { $0.sorted() } // entries are newest first
        let stories = found.sorted { a, b in
            let (da, db) = (entries[a[0]].document.date, entries[b[0]].document.date)
            if da != db { return (da ?? Day(ordinal: .min / 2)) > (db ?? Day(ordinal: .min / 2)) }
            return entries[a[0]].slug < entries[b[0]].slug
        }
        let slugs = Slug.unique(stories.enumerated().map { (key: $0.offset, slug: slug(for: $0.element, entries)) })
        return stories.enumerated().map { Story(entries: $0.element, slug: slugs[$0.offset]!) }
    }

    /// "2025-11-19-li-qiang-vladimir-putin": the newest date and the lead actors, stable across builds.
    static func slug(for members: [Int], _ entries: [SiteEntry]) -> String {
        let date = members.lazy.compactMap { entries[$0].document.date }.first?.iso ?? "undated"
        let names = entries[members[0]].document.actors.prefix(2).sorted()
        return Slug.make(([date] + names).joined(separator: " "), fallback: "story")
    }

    /// The two lead actors in a fixed order, as one key.
    static func pairKey(_ names: [String]) -> String { names.prefix(2).sorted().joined(separator: "\u{1F}") }

    /// The article itself: the body's `## Source text` section (the whole body without one).
    static func sourceText(_ body: String) -> Substring {
        guard let start = ByteSearch.range(of: "## Source text\n", in: body) else { return body[...] }
        return body[start.upperBound...]
    }

    /// Lowercased words of five letters or more: enough to compare what texts are about.
    /// Reads UTF-8 bytes: ASCII letters are lowercased, any non-ASCII byte counts as a letter
    /// (so words in other scripts stay whole), everything else separates words. Each word is
    /// handed to `body` as its bytes.
    static func forEachContentWord(_ text: some StringProtocol, _ body: ([UInt8]) -> Void) {
        var current: [UInt8] = []
        var letters = 0
        func flush() {
            if letters >= 5 { body(current) }
            current.removeAll(keepingCapacity: true)
            letters = 0
        }
        var punctuation = 0 // bytes left of a General Punctuation character (U+2000–U+206F: dashes, curly quotes)
        var previous: UInt8 = 0
        for byte in text.utf8 {
            defer { previous = byte }
            if punctuation > 0 { punctuation -= 1; continue }
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"): current.append(byte); letters += 1
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): current.append(byte + 32); letters += 1
            case 0x80...0xBF:
                if previous == 0xE2 && (byte == 0x80 || byte == 0x81) {
                    current.removeLast() // the 0xE2 lead byte
                    letters -= 1
                    flush()
                    punctuation = 1
                } else {
                    current.append(byte) // continuation byte: part of the same letter
                }
            case 0xC0...: current.append(byte); letters += 1
            default: flush()
            }
        }
        flush()
    }
}

/// The content words of a text (`StoryGrouper.forEachContentWord`) as a sorted set of 64-bit
/// FNV-1a hashes: eight bytes a word, no string kept, and overlap counted by one merge.
struct WordSet: Equatable {
    private(set) var hashes: [UInt64]

    init(_ text: some StringProtocol) {
        var hashes: [UInt64] = []
        StoryGrouper.forEachContentWord(text) { word in
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in word { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
            hashes.append(hash)
        }
        hashes.sort()
        var unique = hashes.startIndex
        for hash in hashes where unique == hashes.startIndex || hashes[unique - 1] != hash {
            hashes[unique] = hash
            unique += 1
        }
        hashes.removeSubrange(unique...)
        self.hashes = hashes
    }

    var isEmpty: Bool { hashes.isEmpty }

    /// Words in both sets over words in either (0 when both are empty).
    func jaccard(_ other: WordSet) -> Double {
        guard !isEmpty || !other.isEmpty else { return 0 }
        var (i, j, shared) = (0, 0, 0)
        let (a, b) = (hashes, other.hashes)
        while i < a.count && j < b.count {
            if a[i] == b[j] { shared += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return Double(shared) / Double(a.count + b.count - shared)
    }
}

/// What the versions of a story have in common and what only one of them reports.
struct StoryComparison {
    struct Claim {
        var text: String
        /// Index into `SiteIndex.entries` and the paragraph the sentence comes from.
        var entry: Int
        var paragraph: Int
    }

    /// Summary sentences that every other version also reports (each claim once, at most five).
    var shared: [Claim]
    /// Per version: its summary sentences no other version reports.
    var unique: [Int: [Claim]]
    /// Actors and topics named by every version.
    var sharedActors: [String]
    var sharedTopics: [String]

    /// Two sentences report the same thing when their content words overlap this much.
    static let sameClaim = 0.15

    init(story: Story, entries: [SiteEntry]) {
        let claims = story.entries.map { i in StoryComparison.summarySentences(entries[i].document.body).map { Claim(text: $0.text, entry: i, paragraph: $0.paragraph) } }
        let words = claims.map { $0.map { WordSet($0.text) } }
        func reported(_ w: WordSet, by version: Int) -> Bool {
            words[version].contains { w.jaccard($0) >= StoryComparison.sameClaim }
        }
        let others = { (v: Int) in story.entries.indices.filter { $0 != v } }
        // Shared claims, from whichever version words them: each once, at most five.
        var shared: [Claim] = []
        var sharedWords: [WordSet] = []
        for (v, list) in claims.enumerated() {
            for (k, claim) in list.enumerated() where shared.count < 5 {
                let w = words[v][k]
                guard others(v).allSatisfy({ reported(w, by: $0) }),
                      !sharedWords.contains(where: { w.jaccard($0) >= StoryComparison.sameClaim }) else { continue }
                shared.append(claim)
                sharedWords.append(w)
            }
        }
        self.shared = shared
        var unique: [Int: [Claim]] = [:]
        for (v, list) in claims.enumerated() {
            unique[story.entries[v]] = list.indices.filter { k in others(v).allSatisfy { !reported(words[v][k], by: $0) } }.map { list[$0] }
        }
        self.unique = unique
        let docs = story.entries.map { entries[$0].document }
        sharedActors = docs[0].actors.filter { name in docs.allSatisfy { $0.actors.contains(name) } }
        sharedTopics = docs[0].topics.filter { name in docs.allSatisfy { $0.topics.contains(name) } }
    }

    /// The lines of a summary's `## Summary` section as plain sentences with their ¶ numbers
    /// (the generator writes one sentence a line, ending in `[¶n](#pn)`).
    static func summarySentences(_ body: String) -> [(text: String, paragraph: Int)] {
        var result: [(String, Int)] = []
        var inSummary = false
        let marker = Array(" [¶".utf8)
        for bytes in body.utf8.split(separator: UInt8(ascii: "\n")) {
            let line = Substring(bytes)
            if line.hasPrefix("## ") { inSummary = line.dropFirst(3).trimmingWhitespace().lowercased() == "summary"; continue }
            guard inSummary else { continue }
            var text = line
            var paragraph = 0
            if bytes.last == UInt8(ascii: ")"), let open = lastIndex(of: marker, in: bytes) {
                let digits = bytes[bytes.index(open, offsetBy: marker.count)...].prefix { (0x30...0x39).contains($0) }
                paragraph = Int(Substring(digits)) ?? 0
                text = Substring(bytes[..<open])
            }
            let plain = unescape(String(text)).trimmingWhitespace()
            if !plain.isEmpty && !plain.hasPrefix("_") { result.append((plain, paragraph)) }
        }
        return result
    }

    /// Where the last occurrence of `needle` starts in `bytes`.
    private static func lastIndex(of needle: [UInt8], in bytes: Substring.UTF8View) -> Substring.UTF8View.Index? {
        var i = bytes.endIndex
        while let found = bytes[..<i].lastIndex(of: needle[0]) {
            if bytes[found...].starts(with: needle) { return found }
            i = found
        }
        return nil
    }

    /// Markdown backslash escapes removed.
    static func unescape(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var escaped = false
        for scalar in text.unicodeScalars {
            if scalar == "\\" && !escaped { escaped = true; continue }
            escaped = false
            out.append(scalar)
        }
        return String(out)
    }
}
