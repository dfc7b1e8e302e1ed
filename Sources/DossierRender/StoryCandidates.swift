import DossierModel

/// An entry's lead actors as candidates are matched: its first two actors, trimmed, each
/// numbered by name (equal names, equal numbers; `none` when absent). An entry whose first actor
/// is missing or blank after trimming has none (it is nobody's candidate); a blank second actor
/// is a name like any other. `SiteIndex` numbers them with the actors' terms.
struct LeadActors: Sendable, Equatable {
    static let none: Int32 = -1
    var first: Int32
    var second: Int32
}

/// The entries each entry is compared with, by lead actors (`LeadActors`): those with the same
/// two, and those led by one actor alone (which match anyone whose lead actors include them).
/// Each list holds entry indexes in entry order; an entry's candidates are the other members of
/// its lists.
struct CandidateLists: Sendable {
    let lists: [[Int]]
    /// Per entry: the lists holding its candidates (indexes into `lists`, -1 for none), in the
    /// order they are compared: its own pair's, then those of entries led by its first or its
    /// second actor alone (an entry led by one actor: the list of every entry that actor leads,
    /// alone or in a pair). They hold the entry too, where it is a member.
    private let listsOf: [SIMD3<Int32>]

    init(leads: [LeadActors]) {
        var lists: [[Int]] = []
        let actorCount = Int(leads.lazy.map { max($0.first, $0.second) }.max() ?? -1) + 1
        var byActor = [Int32](repeating: -1, count: actorCount)
        var bySingle = [Int32](repeating: -1, count: actorCount)
        var byPair: [UInt64: Int32] = [:]
        @discardableResult
        func add(_ i: Int, to list: inout Int32) -> Int32 {
            if list < 0 { list = Int32(lists.count); lists.append([]) }
            lists[Int(list)].append(i)
            return list
        }
        var own = [Int32](repeating: -1, count: leads.count) // each entry's pair list
        for (i, lead) in leads.enumerated() where lead.first != LeadActors.none {
            add(i, to: &byActor[Int(lead.first)])
            if lead.second == LeadActors.none {
                add(i, to: &bySingle[Int(lead.first)])
            } else {
                add(i, to: &byActor[Int(lead.second)])
                // The pair in a fixed order, as one key.
                let (low, high) = (UInt32(min(lead.first, lead.second)), UInt32(max(lead.first, lead.second)))
                own[i] = add(i, to: &byPair[UInt64(low) << 32 | UInt64(high), default: -1])
            }
        }
        self.lists = lists
        listsOf = leads.indices.map { i in
            let lead = leads[i]
            if lead.first == LeadActors.none { return SIMD3(repeating: -1) }
            if lead.second == LeadActors.none { return SIMD3(byActor[Int(lead.first)], -1, -1) }
            return SIMD3(own[i], bySingle[Int(lead.first)], bySingle[Int(lead.second)])
        }
    }

    /// Calls `body` with each list of entry `i`'s candidates (its index into `lists`, and the
    /// list), in the order they are compared.
    @inline(__always)
    func forEachList(of i: Int, _ body: (Int, [Int]) -> Void) {
        let slots = listsOf[i]
        for k in 0..<3 where slots[k] >= 0 { body(Int(slots[k]), lists[Int(slots[k])]) }
    }

    /// How many members of `list` (in entry order) are below `bound`: where they end.
    static func count(of list: [Int], below bound: Int) -> Int {
        var (low, high) = (0, list.count)
        while low < high {
            let mid = (low + high) / 2
            if list[mid] < bound { low = mid + 1 } else { high = mid }
        }
        return low
    }
}

/// How many words two entries share, without merging whole word sets: the words most entries
/// use are bits of a mask, shared ones counted by popcount; the others are few, and merged.
struct SharedWordIndex: Sendable {
    /// Per entry: its frequent words as bits, its other words (sorted), and how many words it has.
    let masks: [SIMD4<UInt64>]
    let others: [[UInt64]]
    let sizes: [Int32]
    /// Per list of `CandidateLists`: what the undated search reads of its members, in list order
    /// (for the lists some entry compares with; the others are empty).
    private let members: [[Member]]

    /// An entry as the undated search reads it, from one place: its frequent words' mask, how many
    /// words it has, and what bounds how many of its other words another entry can share. Its
    /// other words set bits of `signature` (a bit per 64th of the hashes); `extra` of them fall
    /// on a bit set before. Two entries share at most as many other words as their signatures
    /// share bits, plus the smaller `extra`: each bit set in both stands for one shared word,
    /// and more only where one of them has a word beyond the first on that bit.
    struct Member: Sendable {
        var mask: SIMD4<UInt64>
        var signature: UInt64
        var size: Int32
        var otherCount: Int32
        var extra: Int32

        /// The most words two entries can share (at least as many as they do).
        @inline(__always)
        func mostShared(with other: Member, common: Int) -> Int {
            let others = (signature & other.signature).nonzeroBitCount + Int(min(extra, other.extra))
            return common + min(others, Int(min(otherCount, other.otherCount)))
        }
    }

    /// The index of `words`, split by their `frequent` words (`frequentWords(words)` when not given).
    init(_ candidates: CandidateLists, _ words: [WordSet], frequent: [UInt64]? = nil) {
        let frequent = FrequentWords(frequent ?? SharedWordIndex.frequentWords(words))
        let split = words.parallelMap(batch: 256) { frequent.split($0) }
        let (masks, others, sizes) = (split.map(\.mask), split.map(\.others), words.map { Int32($0.count) })
        (self.masks, self.others, self.sizes) = (masks, others, sizes)
        var compared = [Bool](repeating: false, count: candidates.lists.count)
        for i in words.indices { candidates.forEachList(of: i) { l, _ in compared[l] = true } }
        let listed = compared
        members = Array(candidates.lists.indices).parallelMap(batch: 64) { l in
            listed[l] ? candidates.lists[l].map { SharedWordIndex.member(mask: masks[$0], others: others[$0], size: sizes[$0]) } : []
        }
    }

    /// Entry `i` as the undated search reads it.
    func member(_ i: Int) -> Member { SharedWordIndex.member(mask: masks[i], others: others[i], size: sizes[i]) }

    private static func member(mask: SIMD4<UInt64>, others: [UInt64], size: Int32) -> Member {
        var signature: UInt64 = 0
        for hash in others { signature |= 1 << (hash >> 58) }
        return Member(mask: mask, signature: signature, size: size, otherCount: Int32(others.count),
                      extra: Int32(others.count - signature.nonzeroBitCount))
    }

    /// The words (as many as a mask has bits) used most in an even sample of the entries, sorted.
    /// Which words they are changes the speed, never a count.
    static func frequentWords(_ words: [WordSet]) -> [UInt64] {
        let sample = stride(from: 0, to: words.count, by: max(1, words.count / 512))
        var uses = WordCounts(room: sample.reduce(0) { $0 + words[$1].count })
        for w in sample {
            for hash in words[w].hashes { uses.add(hash) }
        }
        let top = uses.counts.sorted { $0.uses != $1.uses ? $0.uses > $1.uses : $0.hash < $1.hash }.prefix(SIMD4<UInt64>.scalarCount * 64)
        return top.map(\.hash).sorted()
    }

    /// How many bits two masks share.
    @inline(__always)
    static func common(_ a: SIMD4<UInt64>, _ b: SIMD4<UInt64>) -> Int { Int((a & b).nonzeroBitCount.wrappedSum()) }

    /// How many words entries `i` and `j` share.
    func shared(_ i: Int, _ j: Int) -> Int {
        SharedWordIndex.common(masks[i], masks[j]) + WordSet.shared(others[i], others[j])
    }

    /// The candidates of undated entry `i` before it (in its lists, in the order compared) whose
    /// word overlap is the highest of them all, when that is at least `threshold`; none otherwise.
    /// The shared words of a candidate are counted only when their most (`Member.mostShared`)
    /// could reach the best overlap found so far (or `threshold`): an overlap grows with the
    /// words shared, so one skipped can only be below the best, never equal to it.
    func closest(to i: Int, in candidates: CandidateLists, threshold: Double) -> [Int] {
        let own = member(i)
        var best = -1.0
        var closest: [Int] = []
        candidates.forEachList(of: i) { l, list in
            let members = self.members[l]
            for (p, j) in list[..<CandidateLists.count(of: list, below: i)].enumerated() {
                let other = members[p]
                let common = SharedWordIndex.common(own.mask, other.mask)
                let floor = max(best, threshold)
                guard WordSet.jaccard(shared: own.mostShared(with: other, common: common), Int(own.size), Int(other.size)) >= floor else { continue }
                let score = WordSet.jaccard(shared: common + WordSet.shared(others[i], others[j]), Int(own.size), Int(other.size))
                guard score >= floor else { continue }
                if score > best { best = score; closest.removeAll(keepingCapacity: true) }
                closest.append(j)
            }
        }
        return closest
    }
}

/// How often each word hash was added: an open-addressing table of at most `room` hashes, at
/// most half full, so that a hash is counted in one probe or a few (a `Dictionary` costs some
/// hundred instructions an update, and the frequent words count tens of thousands).
struct WordCounts {
    /// Slot → word hash, and its uses (0: an empty slot).
    private var hashes: [UInt64]
    private var uses: [Int32]
    private let shift: UInt64

    init(room: Int) {
        var bits: UInt64 = 4
        while 1 << bits < 2 * room { bits += 1 }
        shift = 64 - bits
        hashes = [UInt64](repeating: 0, count: 1 << bits)
        uses = [Int32](repeating: 0, count: hashes.count)
    }

    /// One more use of `hash`.
    mutating func add(_ hash: UInt64) {
        // Fibonacci hashing: the slot from the top bits of the hash times 2^64 / φ.
        var slot = Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while uses[slot] != 0 && hashes[slot] != hash { slot = (slot + 1) & (hashes.count - 1) }
        hashes[slot] = hash
        uses[slot] += 1
    }

    /// Every hash added, with its uses, in no particular order.
    var counts: [(hash: UInt64, uses: Int)] {
        uses.indices.compactMap { uses[$0] == 0 ? nil : (hashes[$0], Int(uses[$0])) }
    }
}

/// The frequent words (sorted) for a split of word sets: a small open-addressing table from a
/// word's hash to its bit in a mask, found in one probe or a few.
struct FrequentWords: Sendable {
    /// Slot → word hash, and its bit + 1 (0: an empty slot).
    private let hashes: [UInt64]
    private let bits: [UInt16]
    private static let slotBits: UInt64 = 10 // 1,024 slots for the mask's 256 bits

    init(_ frequent: [UInt64]) {
        precondition(frequent.count <= SIMD4<UInt64>.scalarCount * 64)
        var hashes = [UInt64](repeating: 0, count: 1 << FrequentWords.slotBits)
        var bits = [UInt16](repeating: 0, count: hashes.count)
        for (k, hash) in frequent.enumerated() {
            var slot = FrequentWords.slot(hash)
            while bits[slot] != 0 { slot = (slot + 1) & (hashes.count - 1) }
            (hashes[slot], bits[slot]) = (hash, UInt16(k + 1))
        }
        self.hashes = hashes
        self.bits = bits
    }

    @inline(__always)
    private static func slot(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: hash >> (64 - slotBits)) }

    /// The bit of `hash` in a mask (its place among the frequent words), or nil when it is not one.
    @inline(__always)
    func bit(of hash: UInt64) -> Int? {
        var slot = FrequentWords.slot(hash)
        while bits[slot] != 0 {
            if hashes[slot] == hash { return Int(bits[slot]) - 1 }
            slot = (slot + 1) & (hashes.count - 1)
        }
        return nil
    }

    /// A word set's frequent words as a mask (bit k for the k-th frequent word), and its other words, sorted.
    func split(_ words: WordSet) -> (mask: SIMD4<UInt64>, others: [UInt64]) {
        var mask = SIMD4<UInt64>()
        // The others gathered in scratch space first, so that their array is made once, to size.
        let others = withUnsafeTemporaryAllocation(of: UInt64.self, capacity: words.count) { scratch in
            var count = 0
            for hash in words.hashes {
                if let k = bit(of: hash) { mask[k / 64] |= 1 << UInt64(k % 64) } else { scratch[count] = hash; count += 1 }
            }
            return Array(UnsafeBufferPointer(rebasing: scratch[..<count]))
        }
        return (mask, others)
    }
}
