import DossierModel

/// How a cache file of the content folder grows between rewrites: a run of segments, each
///
///     length · sealed(magic, key, payload)        payload: stamp · entries · removed keys
///
/// (`CacheWriter.sealed`). The first segment holds every entry; a later one, appended by a build
/// that changed few, holds the entries added or changed and the keys removed since, so a
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
        var entries: [Key: Entry] = [:]
        /// Each sound segment's stamp (what the writer of a segment gave), in file order.
        var stamps: [Int] = []
        /// The segment each entry was last written in, for entries of segments after the first.
        var segmentOf: [Key: Int] = [:]
        /// Entries and removals in segments after the first, repeats counted.
        var appended = 0
        /// How many bytes the sound segments take: where the next segment goes.
        var soundLength = 0
        /// Whether the file is nothing but sound segments (so a segment can be appended to it).
        var isWhole = false
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

    /// The cache in `bytes`; empty when not one written under `key`.
    func read(_ bytes: [UInt8]) -> Loaded {
        var loaded = Loaded()
        var offset = 0
        while bytes.count - offset >= 8 {
            let length = bytes.withUnsafeBytes { Int(Int64(littleEndian: $0.loadUnaligned(fromByteOffset: offset, as: Int64.self))) }
            guard length > 0, length <= bytes.count - offset - 8,
                  var input = CacheReader.opened(bytes[(offset + 8)..<(offset + 8 + length)], magic: format.magic, key: key),
                  let segment = readPayload(&input), input.isAtEnd
            else { break }
            let index = loaded.stamps.count
            loaded.stamps.append(segment.stamp)
            if index == 0 { loaded.entries.reserveCapacity(segment.entries.count) }
            for (key, entry) in segment.entries {
                loaded.entries[key] = entry
                if index > 0 { loaded.segmentOf[key] = index }
            }
            for key in segment.removed {
                loaded.entries[key] = nil
                loaded.segmentOf[key] = nil
            }
            if index > 0 { loaded.appended += segment.entries.count + segment.removed.count }
            offset += 8 + length
        }
        if loaded.stamps.isEmpty { return Loaded() }
        loaded.soundLength = offset
        loaded.isWhole = offset == bytes.count
        return loaded
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
        return .whole(segment(stamp: 0, entries: all(), removed: []))
    }

    /// The changes from `previous` to `entries`, found by comparing every entry (for callers
    /// that do not know them).
    static func changes(from previous: [Key: Entry], to entries: [(key: Key, entry: Entry)]) -> Changes {
        var changes = Changes()
        var present = Set<Key>(minimumCapacity: entries.count)
        for (key, entry) in entries {
            present.insert(key)
            if previous[key] != entry { changes.changed.append((key, entry)) }
        }
        changes.removed = previous.keys.filter { !present.contains($0) }
        return changes
    }

    /// The whole file for `entries`.
    func whole(_ entries: [(key: Key, entry: Entry)]) -> [UInt8] { segment(stamp: 0, entries: entries, removed: []) }

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

    private func readPayload(_ input: inout CacheReader) -> (stamp: Int, entries: [(Key, Entry)], removed: [Key])? {
        guard let stamp = input.int(), let count = input.int(), count >= 0, count <= input.remaining else { return nil }
        let (readKey, readEntry) = (format.readKey, format.readEntry)
        var entries: [(Key, Entry)] = []
        entries.reserveCapacity(count)
        for _ in 0..<count {
            guard let key = readKey(&input), let entry = readEntry(&input) else { return nil }
            entries.append((key, entry))
        }
        guard let removed = input.list({ readKey(&$0) }) else { return nil }
        return (stamp, entries, removed)
    }
}
