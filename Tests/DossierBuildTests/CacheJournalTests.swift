@testable import DossierBuild
import Foundation
import XCTest

/// Cache files grow by sealed segments and are written whole again once enough was appended;
/// whatever is cut or damaged, what is read is what some write put there.
final class CacheJournalTests: XCTestCase {
    private let journal = CacheJournal<String, Int>(
        format: .init(magic: Array("test-cache 1\n".utf8), writeKey: { $0.text($1) }, readKey: { $0.text() },
                      writeEntry: { $0.int($1) }, readEntry: { $0.int() }, keyOrder: { $0 < $1 }, entrySize: 16),
        key: "k")

    private func listed(_ entries: [String: Int]) -> [(key: String, entry: Int)] {
        entries.keys.sorted().map { (key: $0, entry: entries[$0]!) }
    }

    /// The journal's write of `entries` over `previous`, the changes found by comparing.
    private func write(_ entries: [(key: String, entry: Int)], previous: CacheJournal<String, Int>.Loaded, stamp: Int) -> CacheJournal<String, Int>.Write? {
        journal.write(changes(from: previous.entries, to: entries), previous: previous, stamp: stamp, count: entries.count, all: { entries })
    }

    /// The changes from `previous` to `entries`, found by comparing every entry.
    private func changes(from previous: [String: Int], to entries: [(key: String, entry: Int)]) -> CacheJournal<String, Int>.Changes {
        var changes = CacheJournal<String, Int>.Changes()
        for (key, entry) in entries where previous[key] != entry { changes.changed.append((key, entry)) }
        let present = Set(entries.map(\.key))
        changes.removed = previous.keys.filter { !present.contains($0) }
        return changes
    }

    /// `loaded` as read from a file last modified at `time`.
    private func readAt(_ loaded: CacheJournal<String, Int>.Loaded, _ time: Int) -> CacheJournal<String, Int>.Loaded {
        var loaded = loaded
        loaded.file = FileStat(device: 1, inode: 2, size: loaded.soundLength, modified: time, changed: time)
        return loaded
    }

    private func bytes(_ write: CacheJournal<String, Int>.Write?) -> [UInt8] {
        switch write {
        case .whole(let bytes)?, .append(let bytes)?: return bytes
        case nil: return []
        }
    }

    private let first = Dictionary(uniqueKeysWithValues: (0..<100).map { ("name\($0)", $0) })

    func testAFileIsWrittenWholeAndReadBack() {
        guard case .whole(let file)? = write(listed(first), previous: .init(), stamp: 7) else { return XCTFail("whole") }
        let loaded = journal.read(file)
        XCTAssertEqual(loaded.entries, first)
        XCTAssertEqual(loaded.stamps, [0], "a whole file's segment has no stamp")
        XCTAssertTrue(loaded.isWhole)
        XCTAssertEqual(loaded.soundLength, file.count)
        XCTAssertNil(write(listed(first), previous: loaded, stamp: 1), "nothing changed: nothing to write")
        XCTAssertEqual(journal.read(file).entries, CacheJournal<String, Int>(format: journal.format, key: "k").read(file).entries)
        XCTAssertTrue(CacheJournal<String, Int>(format: journal.format, key: "other").read(file).stamps.isEmpty, "another key")
    }

    func testALargeFileIsWrittenInPartsReadAsOne() {
        let many = Dictionary(uniqueKeysWithValues: (0..<2000).map { ("entry\($0)", $0 * 7) })
        let file = bytes(write(listed(many), previous: .init(), stamp: 5))
        let loaded = journal.read(file)
        XCTAssertEqual(loaded.entries, many)
        XCTAssertEqual(loaded.stamps, [0, 0, 0], "2,000 entries in three parts")
        XCTAssertEqual(loaded.baseCount, 3)
        XCTAssertEqual(loaded.appended, 0)
        XCTAssertTrue(loaded.isWhole)
        var changed = many
        changed["entry1999"] = -1
        let grown = file + bytes(write(listed(changed), previous: loaded, stamp: 77))
        let again = journal.read(grown)
        XCTAssertEqual(again.entries, changed)
        XCTAssertEqual(again.baseCount, 3)
        XCTAssertEqual(CacheJournal.written("entry0", in: readAt(again, 99)), 77)
        XCTAssertEqual(CacheJournal.written("entry1999", in: readAt(again, 99)), 99)
        // A damaged part ends what is read there: the parts before it stand.
        var damaged = file
        damaged[file.count - 20] ^= 1
        XCTAssertEqual(journal.read(damaged).stamps.count, 2)
        XCTAssertFalse(journal.read(damaged).isWhole)
    }

    func testFewChangesAreAppendedAndReadOverTheOldEntries() {
        let file = bytes(write(listed(first), previous: .init(), stamp: 0))
        var second = first
        second["name3"] = 333
        second["name5"] = nil
        second["new"] = -1
        let loaded = journal.read(file)
        guard case .append(let segment)? = write(listed(second), previous: loaded, stamp: 42) else { return XCTFail("append") }
        XCTAssertLessThan(segment.count, file.count / 10, "only the changes")
        let grown = journal.read(file + segment)
        XCTAssertEqual(grown.entries, second)
        XCTAssertEqual(grown.stamps, [0, 42])
        XCTAssertEqual(grown.segmentOf, ["name3": 1, "new": 1], "where each changed entry was last written")
        XCTAssertEqual(grown.appended, 3)
        XCTAssertTrue(grown.isWhole)
    }

    func testTheFileIsWrittenWholeAgainOnceEnoughWasAppended() {
        var entries = Dictionary(uniqueKeysWithValues: (0..<1000).map { ("n\($0)", $0) })
        var file = bytes(write(listed(entries), previous: .init(), stamp: 0))
        var appends = 0
        for round in 0..<40 {
            for k in 0..<10 { entries["n\(round * 10 + k)"] = -round }
            let loaded = journal.read(file)
            XCTAssertEqual(loaded.entries.count, 1000)
            switch write(listed(entries), previous: loaded, stamp: round + 1) {
            case .append(let segment)?:
                appends += 1
                file += segment
            case .whole(let whole)?:
                XCTAssertGreaterThan(loaded.appended + 10, max(CacheJournal<String, Int>.minimumAppended, 1000 / CacheJournal<String, Int>.appendedShare))
                file = whole
            case nil: XCTFail("entries changed")
            }
            XCTAssertEqual(journal.read(file).entries, entries, "round \(round)")
        }
        XCTAssertEqual(appends, 40 - 40 / 13, "12 appends of 10 (up to 125 appended), then a whole file, and again")
    }

    func testACutOrDamagedSegmentEndsWhatIsRead() {
        let file = bytes(write(listed(first), previous: .init(), stamp: 0))
        var second = first
        second["name1"] = -1
        let segment = bytes(write(listed(second), previous: journal.read(file), stamp: 9))
        let both = file + segment
        for end in file.count..<both.count {
            let loaded = journal.read(Array(both[..<end]))
            XCTAssertEqual(loaded.entries, first, "cut at \(end): the first segment only")
            XCTAssertEqual(loaded.isWhole, end == file.count)
            if end > file.count {
                guard case .whole? = write(listed(second), previous: loaded, stamp: 9) else { return XCTFail("a file with a cut tail is written whole") }
            }
        }
        for i in file.count..<both.count {
            var damaged = both
            damaged[i] ^= 0x01
            XCTAssertEqual(journal.read(damaged).entries, first, "byte \(i) of the appended segment changed")
        }
        for end in 0..<file.count { XCTAssertTrue(journal.read(Array(file[..<end])).stamps.isEmpty, "cut at \(end)") }
    }

    func testAnEntryIsWrittenWhenItsSegmentWasFollowed() {
        let file = bytes(write(listed(first), previous: .init(), stamp: 0))
        var second = first
        second["name1"] = -1
        let two = file + bytes(write(listed(second), previous: journal.read(file), stamp: 1000))
        second["name2"] = -2
        let three = two + bytes(write(listed(second), previous: journal.read(two), stamp: 2000))
        let loaded = journal.read(three)
        XCTAssertEqual(loaded.stamps, [0, 1000, 2000])
        // The summary cache's reading: a segment was written when the file was, just before the next segment.
        XCTAssertEqual(loaded.baseCount, 1)
        XCTAssertEqual(CacheJournal.written("name3", in: readAt(loaded, 3000)), 1000, "in the file written whole")
        XCTAssertEqual(CacheJournal.written("name1", in: readAt(loaded, 3000)), 2000)
        XCTAssertEqual(CacheJournal.written("name2", in: readAt(loaded, 3000)), 3000, "in the last segment")
        var summaries = CacheJournal<String, CachedSummary>.Loaded(stamps: loaded.stamps, baseCount: 1, segmentOf: ["b": 1, "c": 2])
        summaries.file = FileStat(device: 1, inode: 2, size: 0, modified: 3000, changed: 3000)
        XCTAssertEqual(CacheJournal.written("a", in: summaries), 1000)
        XCTAssertEqual(CacheJournal.written("b", in: summaries), 2000)
        XCTAssertEqual(CacheJournal.written("c", in: summaries), 3000)
    }

    /// What `Loaded.slots(sorted:by:)` must give: every key's entry as `entries` holds it, and
    /// the held keys not asked for.
    private func assertSlots(_ loaded: CacheJournal<String, Int>.Loaded, _ keys: [String], _ message: String,
                             file: StaticString = #filePath, line: UInt = #line) {
        let all = loaded.entries
        let (slots, others) = loaded.slots(sorted: keys, by: { $0 < $1 })
        XCTAssertEqual(zip(keys, slots).map { loaded.entry(at: $1, key: $0) }, keys.map { all[$0] }, message, file: file, line: line)
        XCTAssertEqual(zip(keys, slots).map { $1.isHeld }, keys.map { all[$0] != nil }, message, file: file, line: line)
        XCTAssertEqual(Set(others), Set(all.keys).subtracting(keys), message, file: file, line: line)
        XCTAssertEqual(others.count, Set(others).count, "no key twice: \(message)", file: file, line: line)
    }

    func testSlotsOfSortedKeysAreTheEntriesWhateverTheSegmentsDid() {
        var random = SystemRandomNumberGenerator()
        for round in 0..<200 {
            // A file written whole (in parts when large), then a few appended segments that
            // change, add and remove entries, some of those removed before.
            var entries = Dictionary(uniqueKeysWithValues: (0..<Int.random(in: 0...1500, using: &random)).map { ("k\($0 * 3)", $0) })
            var file = bytes(write(listed(entries), previous: .init(), stamp: 0))
            for stamp in 1...Int.random(in: 1...3, using: &random) {
                var next = entries
                for _ in 0..<Int.random(in: 0...20, using: &random) {
                    let key = "k\(Int.random(in: 0...4600, using: &random))"
                    if Bool.random(using: &random) { next[key] = stamp * 10_000 + Int.random(in: 0...9, using: &random) } else { next[key] = nil }
                }
                file += bytes(write(listed(next), previous: journal.read(file), stamp: stamp))
                entries = next
            }
            let loaded = journal.read(file)
            XCTAssertEqual(loaded.entries, entries, "round \(round)")
            let asked = Array(Set((0..<Int.random(in: 0...1500, using: &random)).map { _ in "k\(Int.random(in: 0...4600, using: &random))" })).sorted()
            assertSlots(loaded, asked, "round \(round)")
            assertSlots(loaded, entries.keys.sorted(), "every key, round \(round)")
            assertSlots(loaded, asked.reversed(), "keys not in order, round \(round)")
        }
    }

    func testSlotsAreFoundByHashingWhenTheFileIsNotSorted() {
        // Written whole in another order (as the body cache is, by stamp): still found.
        let entries = (0..<3000).map { (key: "k\(($0 * 7919) % 3000)", entry: $0) }
        let loaded = journal.read(journal.whole(entries))
        XCTAssertGreaterThan(loaded.base.count, 1, "in parts")
        assertSlots(loaded, (0..<4000).map { "k\($0)" }.sorted(), "unsorted file")
        assertSlots(loaded, [], "nothing asked")
    }

    func testAppendingNeedsTheFileAsItWasRead() throws {
        let folder = try temporaryFolder(self)
        let path = folder.appendingPathComponent("cache").path
        try Data([1, 2, 3]).write(to: URL(fileURLWithPath: path))
        let stat = try XCTUnwrap(FileStat(atPath: path))
        XCTAssertFalse(FileIO.append([4], atPath: path, ifStill: stat, size: 2), "another length")
        var older = stat
        older.modified -= 1
        XCTAssertFalse(FileIO.append([4], atPath: path, ifStill: older, size: 3), "modified since")
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), Data([1, 2, 3]))
        XCTAssertTrue(FileIO.append([4, 5], atPath: path, ifStill: stat, size: 3))
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), Data([1, 2, 3, 4, 5]))
        // Replaced by another file of the same length and times: not the file that was read.
        let now = try XCTUnwrap(FileStat(atPath: path))
        let other = folder.appendingPathComponent("other").path
        try Data([7, 8, 9, 4, 5]).write(to: URL(fileURLWithPath: other))
        var times = [timespec(tv_sec: now.modified / 1_000_000_000, tv_nsec: now.modified % 1_000_000_000),
                     timespec(tv_sec: now.modified / 1_000_000_000, tv_nsec: now.modified % 1_000_000_000)]
        XCTAssertEqual(utimensat(AT_FDCWD, other, &times, 0), 0)
        XCTAssertEqual(rename(other, path), 0)
        XCTAssertFalse(FileIO.append([6], atPath: path, ifStill: now, size: 5), "another file")
        XCTAssertFalse(FileIO.append([4], atPath: path + "-missing", ifStill: stat, size: 0))
    }
}
