import DossierModel
import DossierSummary
import Foundation

/// Articles about the same event from different outlets, grouped into a story: same central
/// actors, published within a few days (or, undated, with very similar text), similar words.
/// Pure, and not all pairs: candidates come from lists by lead actors (`CandidateLists`, actors
/// numbered once). A dated version is compared only with the candidates published within
/// `maxDays` of it (found by binary search); an undated one with every candidate before it,
/// since it joins the best: linear in its candidates, but cheap (words shared counted from masks,
/// `SharedWordIndex`, and only for candidates whose bound could reach the best overlap). Both are
/// computed on all cores; what depends on the order (which story an undated version joins) is
/// then decided in entry order.
struct Story {
    /// Indexes into `SiteIndex.entries`, newest first.
    var entries: [Int]
    var slug: String
}

/// Groups versions of one event into stories (see `Story`).
public enum StoryGrouper {
    /// How far apart two dated versions of one story may be published.
    static let maxDays = 3
    /// Word overlap (Jaccard) two dated versions need; undated ones need more.
    static let datedSimilarity = 0.12
    static let undatedSimilarity = 0.2

    /// The stories among `entries` (each with two or more versions), newest first, given each
    /// entry's lead actors and words (`wordSet` of its body). `entries` must be in `SiteIndex`
    /// order: newest first, undated last.
    static func stories(_ entries: [SiteEntry], leads: [LeadActors], words: [WordSet]) -> [Story] {
        let days = entries.map { $0.document.date?.ordinal }
        assert(zip(days, days.dropFirst()).allSatisfy { newer, older in older == nil || (newer ?? .min) >= older! },
               "entries must be newest first, undated last")
        // The lists and the frequent words at once: neither needs the other.
        let (candidates, frequent) = both({ CandidateLists(leads: leads) }, { SharedWordIndex.frequentWords(words) })
        let index = SharedWordIndex(candidates, words, frequent: frequent)

        var parent = Array(entries.indices)
        func root(_ i: Int) -> Int {
            var i = i
            while parent[i] != i { parent[i] = parent[parent[i]]; i = parent[i] }
            return i
        }
        // Dated versions join when published within a few days in similar words. Each list is
        // newest first, so the candidates published up to `maxDays` before one follow it there.
        // The pairs are found on all cores, then joined in entry order.
        let joins = Array(entries.indices).parallelMap(batch: 256) { i -> [Int] in
            guard let day = days[i] else { return [] }
            var joined: [Int] = []
            candidates.forEachList(of: i) { _, list in
                for j in list[CandidateLists.count(of: list, below: i + 1)...] {
                    guard let other = days[j], day - other <= maxDays else { break }
                    let score = WordSet.jaccard(shared: index.shared(i, j), Int(index.sizes[i]), Int(index.sizes[j]))
                    if score >= datedSimilarity { joined.append(j) }
                }
            }
            return joined
        }
        for (i, joined) in joins.enumerated() {
            for j in joined { parent[root(j)] = root(i) }
        }
        // An undated version joins the one story it resembles most (on a tie, the one with more
        // versions), so it can never bridge two events (the same people meeting a month apart).
        // Its candidates are those before it: every dated one, and the undated ones already placed.
        // Which candidates resemble it most does not depend on where they were placed: those are
        // found on all cores; the choice among them (the first of the largest group, sizes as
        // the dated pass left them) is made in entry order.
        var groupSize = [Int](repeating: 0, count: entries.count)
        for i in entries.indices { groupSize[root(i)] += 1 }
        let undated = entries.indices.filter { days[$0] == nil }
        let closest = undated.parallelMap(batch: 64) { index.closest(to: $0, in: candidates, threshold: undatedSimilarity) }
        for (i, closest) in zip(undated, closest) {
            var best: (j: Int, size: Int)?
            for j in closest {
                let size = groupSize[root(j)]
                if best == nil || size > best!.size { best = (j, size) }
            }
            if let best { parent[root(i)] = root(best.j) }
        }
        // The groups of two or more, each in entry order (newest first), in order of their newest.
        var members = [Int](repeating: 0, count: entries.count)
        for i in entries.indices { members[root(i)] += 1 }
        var slot = [Int](repeating: -1, count: entries.count)
        var found: [[Int]] = []
        for i in entries.indices where members[root(i)] > 1 {
            let r = root(i)
            if slot[r] < 0 { slot[r] = found.count; found.append([]); found[slot[r]].reserveCapacity(members[r]) }
            found[slot[r]].append(i)
        }
        let stories = found.sorted { a, b in
            let (da, db) = (days[a[0]], days[b[0]])
            if da != db { return (da ?? .min / 2) > (db ?? .min / 2) }
            return entries[a[0]].slug < entries[b[0]].slug
        }
        let slugs = Slug.unique(stories.parallelMap { slug(for: $0, entries) })
        return zip(stories, slugs).map { Story(entries: $0, slug: $1) }
    }

    /// "2025-11-19-li-qiang-vladimir-putin": the newest date and the lead actors, stable across builds.
    static func slug(for members: [Int], _ entries: [SiteEntry]) -> String {
        let date = members.lazy.compactMap { entries[$0].document.date }.first?.iso ?? "undated"
        let names = entries[members[0]].document.actors.prefix(2).sorted()
        return Slug.make(([date] + names).joined(separator: " "), fallback: "story")
    }

    /// What an entry's versions are compared by: the words of its body's source text.
    public static func wordSet(_ body: String) -> WordSet { WordSet(sourceText(body)) }

    /// The article itself: the body's `## Source text` section (the whole body without one),
    /// where `ByteSearch.range` finds its heading.
    static func sourceText(_ body: String) -> Substring {
        guard let start = ByteSearch.range(of: "## Source text\n", in: body) else { return body[...] }
        return body[start.upperBound...]
    }

    /// The 64-bit FNV-1a hash of each lowercased word of five letters or more (enough to compare
    /// what texts are about), in text order, repeats included. Reads UTF-8 bytes: ASCII letters
    /// are lowercased, any non-ASCII byte counts as a letter (so words in other scripts stay
    /// whole) except U+2000–U+207F (General Punctuation: dashes, curly quotes; and superscripts),
    /// which separate words like everything else. Hashes as it reads: no word is copied out.
    static func forEachContentWordHash(_ text: some StringProtocol, _ body: (UInt64) -> Void) {
        if text.utf8.withContiguousStorageIfAvailable({ forEachContentWordHash(bytes: $0, body) }) != nil { return }
        var copy = String(text)
        copy.withUTF8 { forEachContentWordHash(bytes: $0, body) }
    }

    /// The same over the text's UTF-8 bytes (valid UTF-8). A lead byte 0xE2 is looked at with
    /// the byte after it: E2 80 xx and E2 81 xx (U+2000–U+207F) separate words, and are skipped
    /// whole; so an ASCII letter costs its range check and its hash step, and no more.
    private static func forEachContentWordHash(bytes: UnsafeBufferPointer<UInt8>, _ body: (UInt64) -> Void) {
        let basis: UInt64 = 0xcbf2_9ce4_8422_2325
        var hash = basis
        var letters = 0
        @inline(__always) func add(_ byte: UInt8) { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        @inline(__always) func flush() {
            if letters >= 5 { body(hash) }
            hash = basis
            letters = 0
        }
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            i += 1
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"): add(byte); letters += 1
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): add(byte + 32); letters += 1
            case 0x80...0xBF: add(byte) // continuation byte: part of the same letter
            case 0xE2 where i < bytes.count && bytes[i] & 0xFE == 0x80: flush(); i += 2
            case 0xC0...: add(byte); letters += 1
            default: flush()
            }
        }
        flush()
    }
}

/// The content words of a text (`StoryGrouper.forEachContentWordHash`) as a sorted set of 64-bit
/// FNV-1a hashes: eight bytes a word, no string kept, and overlap counted by one merge.
public struct WordSet: Sendable, Equatable {
    public private(set) var hashes: [UInt64]

    /// The set of `hashes`, which must be sorted and distinct (as `hashes` gives them).
    public init(hashes: [UInt64]) { self.hashes = hashes }

    init(_ text: some StringProtocol) {
        var hashes: [UInt64] = []
        // A word of five letters and the byte after it take six bytes: the hashes fit, unmoved.
        hashes.reserveCapacity(text.utf8.count / 6 + 1)
        StoryGrouper.forEachContentWordHash(text) { hashes.append($0) }
        self.hashes = WordSet.sortedDistinct(hashes)
    }

    /// `hashes` sorted, each once. Word hashes are spread evenly over their 64 bits, so they are
    /// first placed by their top bits (a counting sort into at least as many buckets as hashes),
    /// and the insertion sort that then sorts them moves each only within its bucket: a few steps
    /// a hash, where a general sort takes tens.
    static func sortedDistinct(_ hashes: [UInt64]) -> [UInt64] {
        guard hashes.count > 1 else { return hashes }
        let bits = UInt64(Int.bitWidth - (hashes.count - 1).leadingZeroBitCount) // 2^bits >= count
        let bucket = { (hash: UInt64) in Int(truncatingIfNeeded: hash >> (64 - bits)) }
        var sorted = withUnsafeTemporaryAllocation(of: Int.self, capacity: 1 << bits) { next in
            next.initialize(repeating: 0)
            for hash in hashes { next[bucket(hash)] += 1 }
            var start = 0
            for b in next.indices { (next[b], start) = (start, start + next[b]) }
            return [UInt64](unsafeUninitializedCapacity: hashes.count) { out, count in
                for hash in hashes {
                    out[next[bucket(hash)]] = hash
                    next[bucket(hash)] += 1
                }
                count = hashes.count
            }
        }
        let unique = sorted.withUnsafeMutableBufferPointer { s in
            for i in 1..<s.count {
                let hash = s[i]
                var j = i
                while j > 0 && s[j - 1] > hash { s[j] = s[j - 1]; j -= 1 }
                s[j] = hash
            }
            var unique = 1
            for i in 1..<s.count where s[unique - 1] != s[i] {
                s[unique] = s[i]
                unique += 1
            }
            return unique
        }
        sorted.removeSubrange(unique...)
        return sorted
    }

    var count: Int { hashes.count }

    /// Words in both sets over words in either (0 when both are empty).
    func jaccard(_ other: WordSet) -> Double {
        WordSet.jaccard(shared: WordSet.shared(hashes, other.hashes), count, other.count)
    }

    /// How many hashes two sorted lists of distinct hashes share: one merge.
    static func shared(_ a: [UInt64], _ b: [UInt64]) -> Int {
        var (i, j, shared) = (0, 0, 0)
        while i < a.count && j < b.count {
            if a[i] == b[j] { shared += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return shared
    }

    /// The Jaccard overlap of two sets of `a` and `b` words sharing `shared` (0 when both are empty).
    static func jaccard(shared: Int, _ a: Int, _ b: Int) -> Double {
        a + b == 0 ? 0 : Double(shared) / Double(a + b - shared)
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
        let claims = story.entries.map { i in StoryComparison.summarySentences(entries[i].markdown.text).map { Claim(text: $0.text, entry: i, paragraph: $0.paragraph) } }
        let words = claims.map { $0.map { WordSet($0.text) } }
        func reported(_ w: WordSet, by version: Int) -> Bool {
            words[version].contains { w.jaccard($0) >= StoryComparison.sameClaim }
        }
        // How many other versions report each claim, counted once: it is shared when all of
        // them do, unique when none does.
        let reporters = words.indices.map { v in
            words[v].map { w in words.indices.reduce(0) { $0 + ($1 != v && reported(w, by: $1) ? 1 : 0) } }
        }
        // Shared claims, from whichever version words them: each once, at most five.
        var shared: [Claim] = []
        var sharedWords: [WordSet] = []
        for (v, list) in claims.enumerated() {
            for (k, claim) in list.enumerated() where shared.count < 5 {
                let w = words[v][k]
                guard reporters[v][k] == words.count - 1,
                      !sharedWords.contains(where: { w.jaccard($0) >= StoryComparison.sameClaim }) else { continue }
                shared.append(claim)
                sharedWords.append(w)
            }
        }
        self.shared = shared
        var unique: [Int: [Claim]] = [:]
        for (v, list) in claims.enumerated() {
            unique[story.entries[v]] = list.indices.filter { reporters[v][$0] == 0 }.map { list[$0] }
        }
        self.unique = unique
        let docs = story.entries.map { entries[$0].document }
        sharedActors = docs[0].actors.filter { name in docs.allSatisfy { $0.actors.contains(name) } }
        sharedTopics = docs[0].topics.filter { name in docs.allSatisfy { $0.topics.contains(name) } }
    }

    /// The lines of a summary's `## Summary` section as plain sentences with their ¶ numbers
    /// (the generator writes one sentence a line, ending in `[¶n](#pn)`). Reads the body's
    /// UTF-8 line by line; only heading lines are read as text.
    static func summarySentences(_ body: String) -> [(text: String, paragraph: Int)] {
        var body = body
        return body.withUTF8 { summarySentences(lines: $0) }
    }

    private static func summarySentences(lines bytes: UnsafeBufferPointer<UInt8>) -> [(text: String, paragraph: Int)] {
        guard let base = bytes.baseAddress else { return [] }
        var result: [(String, Int)] = []
        var inSummary = false
        var start = 0
        while start < bytes.count {
            let end = memchr(base + start, 0x0A, bytes.count - start).map { base.distance(to: $0.assumingMemoryBound(to: UInt8.self)) } ?? bytes.count
            defer { start = end + 1 }
            let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
            guard !line.isEmpty else { continue }
            if line.count >= 3 && line[0] == UInt8(ascii: "#") && line[1] == UInt8(ascii: "#") && line[2] == UInt8(ascii: " ") {
                if let summary = isSummaryHeading(ascii: line) { inSummary = summary; continue }
                if case let heading = String(decoding: line, as: UTF8.self), heading.hasPrefix("## ") {
                    inSummary = heading.dropFirst(3).trimmingWhitespace().lowercased() == "summary"
                    continue
                }
            }
            guard inSummary else { continue }
            var text = line
            var paragraph = 0
            if line.last == UInt8(ascii: ")"), let open = lastReference(in: line) {
                let digits = line[(open + referenceMarker.count)...].prefix { (0x30...0x39).contains($0) }
                paragraph = Int(String(decoding: digits, as: UTF8.self)) ?? 0
                text = UnsafeBufferPointer(rebasing: line[..<open])
            }
            let plain = unescape(text).trimmingWhitespace()
            if !plain.isEmpty && !plain.hasPrefix("_") { result.append((plain, paragraph)) }
        }
        return result
    }

    /// Whether a heading line ("## " and its title) is the `## Summary` heading, read from its
    /// bytes when it is all ASCII (the title trimmed of ASCII white space, its letters compared
    /// without case: what the title's text gives); nil when it holds another byte (read as text).
    static func isSummaryHeading(ascii line: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard !line.contains(where: { $0 >= 0x80 }) else { return nil }
        let isSpace = { (byte: UInt8) in byte == 0x20 || (0x09...0x0D).contains(byte) }
        var (start, end) = (3, line.count)
        while start < end && isSpace(line[start]) { start += 1 }
        while end > start && isSpace(line[end - 1]) { end -= 1 }
        // A lowercase letter's byte with bit 5 set is itself, and its capital's byte.
        return end - start == summaryTitle.count && zip(line[start..<end], summaryTitle).allSatisfy { $0 | 0x20 == $1 }
    }

    private static let summaryTitle = Array("summary".utf8)

    /// What starts a ¶ reference: " [¶".
    private static let referenceMarker = Array(" [¶".utf8)

    /// Where the last ¶ reference starts in `line`.
    private static func lastReference(in line: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = line.count
        while let found = line[..<i].lastIndex(of: referenceMarker[0]) {
            if line[found...].starts(with: referenceMarker) { return found }
            i = found
        }
        return nil
    }

    /// Markdown backslash escapes removed: each backslash not itself escaped is dropped. Over
    /// UTF-8 bytes, where a backslash is never part of another character.
    static func unescape(_ text: UnsafeBufferPointer<UInt8>) -> String {
        guard text.contains(UInt8(ascii: "\\")) else { return String(decoding: text, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(text.count)
        var escaped = false
        for byte in text {
            if byte == UInt8(ascii: "\\") && !escaped { escaped = true; continue }
            escaped = false
            out.append(byte)
        }
        return String(decoding: out, as: UTF8.self)
    }
}
