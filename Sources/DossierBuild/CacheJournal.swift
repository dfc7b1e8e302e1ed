import DossierModel

/// How a cache file of the content folder grows between rewrites: a run of segments, each
///
///     length · sealed(magic, key, payload)        payload: stamp · entries · removed keys
///
/// (`CacheWriter.sealed`). A file written whole is parts stamped 0 that hold every entry
/// (read on all cores); a later segment, appended by a build that changed few, holds the
/// entries added or changed and the keys removed since, so a
/// rebuild after one article changed appends a few kilobytes instead of rewriting megabytes.
/// Reading takes the sound segments in order and stops at the first that is not (an append cut
/// short, damage, another key): what is lost is work to redo, never a wrong result, since every
/// entry is checked against its files before it is used. Pure: bytes in, entries out, and back.
struct CacheJournal<Key: Hashable & Sendable, Entry: Equatable & Sendable>: Sendable {
    /// How one cache writes and reads its keys and entries.
    struct Format: Sendable {
        let magic: [UInt8]
        let writeKey: @Sendable (inout CacheWriter, Key) -> Void
        let readKey: @Sendable (inout CacheReader) -> Key?
        let writeEntry: @Sendable (inout CacheWriter, Entry) -> Void
        let readEntry: @Sendable (inout CacheReader) -> Entry?
        /// The order removed keys are written in.
        let keyOrder: @Sendable (Key, Key) -> Bool
        /// Bytes an entry takes, about (to size the buffer once).
        let entrySize: Int
    }

    /// A cache file as read.
    struct Loaded: Sendable {
        /// The entries of each part written whole, in the file's order (the writer's `all()`:
        /// by key for the summary cache, so `slots(sorted:by:)` finds them without hashing).
        var base: [[(key: Key, entry: Entry)]] = []
        /// What the appended segments did, the last for each key: an entry added or changed, or
        /// nil for a key removed.
        var later: [Key: Entry?] = [:]
        /// Each sound segment's stamp (what the writer of a segment gave; 0 for the parts of a
        /// file written whole, which come first), in file order.
        var stamps: [Int] = []
        /// How many segments the file was written whole in.
        var baseCount = 0
        /// The segment each entry was last written in, for entries of appended segments.
        var segmentOf: [Key: Int] = [:]
        /// Entries and removals in appended segments, repeats counted.
        var appended = 0
        /// How many bytes the sound segments take: where the next segment goes.
        var soundLength = 0
        /// Whether the file is nothing but sound segments (so a segment can be appended to it).
        var isWhole = false
        /// The file's `stat` when it was read (set by whoever read it): a segment is appended
        /// only to that same file, unchanged since (`FileIO.append`), and the last segment's
        /// entries were written at its modification time.
        var file: FileStat?

        /// Every entry the file holds, by key.
        var entries: [Key: Entry] {
            var all = Dictionary(base.joined().lazy.map { ($0.key, $0.entry) }, uniquingKeysWith: { $1 })
            for (key, entry) in later { all[key] = entry }
            return all
        }

        /// Where the file holds a key's entry (`entry(at:key:)`).
        enum Slot: Sendable {
            case none
            case base(part: Int32, index: Int32)
            case later

            var isHeld: Bool {
                if case .none = self { return false }
                return true
            }
        }

        /// The entry of `key` in `slot` (`slots(sorted:by:)`); nil for none.
        func entry(at slot: Slot, key: Key) -> Entry? {
            switch slot {
            case .none: return nil
            case .base(let part, let index): return base[Int(part)][Int(index)].entry
            case .later: return later[key] ?? nil
            }
        }

        /// Where the entry of each of `keys` is, and the keys the file holds that are not among
        /// them (in no set order). When `keys` are sorted by `order` and so are the file's base
        /// parts (as written whole from sorted entries), both are walked side by side, nothing
        /// hashed and no entry copied; else the base keys are hashed.
        func slots(sorted keys: [Key], by order: (Key, Key) -> Bool) -> (slots: [Slot], others: [Key]) {
            let sorted = zip(keys, keys.dropFirst()).allSatisfy { order($0, $1) }
            var (slots, others) = (sorted ? walking(keys, by: order) : nil) ?? hashing(keys)
            guard !later.isEmpty else { return (slots, others) }
            let positions = sorted ? nil : Dictionary(keys.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
            for (key, entry) in later {
                if let i = positions.map({ $0[key] }) ?? Self.position(of: key, in: keys, by: order) {
                    slots[i] = entry == nil ? .none : .later
                } else if entry != nil {
                    others.append(key)
                }
            }
            return (slots, others)
        }

        /// `slots(sorted:by:)` over the base parts by walking them beside `keys` (sorted); nil
        /// when the parts are not in order.
        private func walking(_ keys: [Key], by order: (Key, Key) -> Bool) -> (slots: [Slot], others: [Key])? {
            var slots = [Slot](repeating: .none, count: keys.count)
            var others: [Key] = []
            var (i, previous) = (0, Key?.none)
            for (p, entries) in base.enumerated() {
                for j in entries.indices {
                    let held = entries[j].key
                    if let previous, !order(previous, held) { return nil }
                    previous = held
                    while i < keys.count, order(keys[i], held) { i += 1 }
                    if i < keys.count, !order(held, keys[i]) {
                        slots[i] = .base(part: Int32(p), index: Int32(j))
                        i += 1
                    } else if later[held] == nil {
                        others.append(held)
                    }
                }
            }
            return (slots, others)
        }

        /// `slots(sorted:by:)` over the base parts by hashing their keys (the last of a key wins).
        private func hashing(_ keys: [Key]) -> (slots: [Slot], others: [Key]) {
            var held: [Key: Slot] = [:]
            for (p, entries) in base.enumerated() {
                for j in entries.indices { held[entries[j].key] = .base(part: Int32(p), index: Int32(j)) }
            }
            let slots = keys.map { held.removeValue(forKey: $0) ?? .none }
            return (slots, held.keys.filter { later[$0] == nil })
        }

        /// The index of `key` in `keys`, sorted by `order`; nil when it is not there.
        private static func position(of key: Key, in keys: [Key], by order: (Key, Key) -> Bool) -> Int? {
            var (low, high) = (0, keys.count)
            while low < high {
                let middle = (low + high) / 2
                if order(keys[middle], key) { low = middle + 1 } else { high = middle }
            }
            return low < keys.count && !order(key, keys[low]) ? low : nil
        }
    }

    /// What to write to bring the file to `entries`.
    enum Write: Equatable, Sendable {
        /// The whole file, replacing the old.
        case whole([UInt8])
        /// A segment to append at `Loaded.soundLength`.
        case append([UInt8])
    }

    let format: Format
    let key: String

    /// Appended entries may reach this share of the entries (and at least `minimumAppended`)
    /// before the file is written whole again.
    static var appendedShare: Int { 8 }
    static var minimumAppended: Int { 64 }

    /// A whole file is written as parts of at least this many entries (at most `maximumParts`),
    /// so that it is read on all cores.
    static var partSize: Int { 512 }
    static var maximumParts: Int { 16 }

    /// The cache in `bytes`; empty when not one written under `key`. The segments are checked
    /// and decoded on all cores, then applied in order.
    func read(_ bytes: [UInt8]) -> Loaded {
        var ranges: [Range<Int>] = []
        var offset = 0
        while bytes.count - offset >= 8 {
            let length = bytes.withUnsafeBytes { Int(Int64(littleEndian: $0.loadUnaligned(fromByteOffset: offset, as: Int64.self))) }
            guard length > 0, length <= bytes.count - offset - 8 else { break }
            ranges.append((offset + 8)..<(offset + 8 + length))
            offset += 8 + length
        }
        let segments = ranges.parallelMap { range -> Segment? in
            guard var input = CacheReader.opened(bytes[range], magic: format.magic, key: key),
                  let segment = readPayload(&input), input.isAtEnd else { return nil }
            return segment
        }
        var loaded = Loaded()
        for (index, segment) in segments.enumerated() {
            guard let segment else { break }
            loaded.stamps.append(segment.stamp)
            if segment.stamp == 0 && loaded.baseCount == index {
                loaded.baseCount += 1
                loaded.base.append(segment.entries)
            } else {
                loaded.appended += segment.entries.count + segment.removed.count
                for (key, entry) in segment.entries {
                    loaded.later[key] = .some(entry)
                    loaded.segmentOf[key] = index
                }
                for key in segment.removed {
                    loaded.later[key] = .some(nil)
                    loaded.segmentOf[key] = nil
                }
            }
            loaded.soundLength = ranges[index].upperBound
        }
        if loaded.stamps.isEmpty { return Loaded() }
        loaded.isWhole = loaded.soundLength == bytes.count
        return loaded
    }

    /// When the entry of `key` was written, as far as the file tells: when the segment after
    /// the one that holds it was appended (its stamp: the file's modification time then), or
    /// the file's modification time (`Loaded.file`; 0 without one) for the last segment's.
    static func written(_ key: Key, in loaded: Loaded) -> Int {
        let next = (loaded.segmentOf[key] ?? (loaded.baseCount - 1)) + 1
        return next < loaded.stamps.count ? loaded.stamps[next] : loaded.file?.modified ?? 0
    }

    /// What a build changed in a cache: entries added or changed, and keys removed.
    struct Changes: Sendable {
        var changed: [(key: Key, entry: Entry)] = []
        var removed: [Key] = []

        var isEmpty: Bool { changed.isEmpty && removed.isEmpty }
    }

    /// What to write so the file, as `previous` read it, holds the entries `all()` gives (in a
    /// fixed order, for the same bytes from the same entries): a segment with `changes`, stamped
    /// `stamp`, when few entries changed since the file was written whole, else the whole file;
    /// nil when nothing changed.
    func write(_ changes: Changes, previous: Loaded, stamp: Int, count: Int, all: () -> [(key: Key, entry: Entry)]) -> Write? {
        if changes.isEmpty && !previous.stamps.isEmpty { return nil }
        let limit = max(Self.minimumAppended, count / Self.appendedShare)
        if previous.isWhole, previous.appended + changes.changed.count + changes.removed.count <= limit {
            return .append(segment(stamp: stamp, entries: changes.changed, removed: changes.removed.sorted(by: format.keyOrder)))
        }
        return .whole(whole(all()))
    }

    /// The whole file for `entries`: parts of `partSize` entries or more, each a segment stamped 0.
    func whole(_ entries: [(key: Key, entry: Entry)]) -> [UInt8] {
        let parts = max(1, min(Self.maximumParts, entries.count / Self.partSize))
        let size = (entries.count + parts - 1) / max(1, parts)
        guard parts > 1 else { return segment(stamp: 0, entries: entries, removed: []) }
        return stride(from: 0, to: entries.count, by: size).flatMap {
            segment(stamp: 0, entries: Array(entries[$0..<Swift.min($0 + size, entries.count)]), removed: [])
        }
    }

    /// One segment's bytes, its length first.
    private func segment(stamp: Int, entries: [(key: Key, entry: Entry)], removed: [Key]) -> [UInt8] {
        let (writeKey, writeEntry) = (format.writeKey, format.writeEntry)
        let sealed = CacheWriter.sealed(magic: format.magic, key: key) { out in
            out.bytes.reserveCapacity(out.bytes.count + 32 + entries.count * format.entrySize)
            out.int(stamp)
            out.int(entries.count)
            for (key, entry) in entries {
                writeKey(&out, key)
                writeEntry(&out, entry)
            }
            out.list(removed) { writeKey(&$0, $1) }
        }
        var out = CacheWriter()
        out.bytes.reserveCapacity(8 + sealed.count)
        out.int(sealed.count)
        out.bytes += sealed
        return out.bytes
    }

    /// One segment's payload.
    private struct Segment: Sendable {
        var stamp: Int
        var entries: [(key: Key, entry: Entry)]
        var removed: [Key]
    }

    private func readPayload(_ input: inout CacheReader) -> Segment? {
        guard let stamp = input.int(), let count = input.int(), count >= 0, count <= input.remaining else { return nil }
        let (readKey, readEntry) = (format.readKey, format.readEntry)
        var entries: [(key: Key, entry: Entry)] = []
        entries.reserveCapacity(count)
        for _ in 0..<count {
            guard let key = readKey(&input), let entry = readEntry(&input) else { return nil }
            entries.append((key: key, entry: entry))
        }
        guard let removed = input.list({ readKey(&$0) }) else { return nil }
        return Segment(stamp: stamp, entries: entries, removed: removed)
    }
}
