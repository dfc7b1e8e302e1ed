@testable import DossierBuild
import DossierModel
import DossierSummary
import XCTest

/// The summary cache's bytes: values come back as they went in, and anything else is refused.
final class SummaryCacheCodecTests: XCTestCase {
    private let entries: [String: CachedSummary] = [
        "b.txt": CachedSummary(
            article: FileStamp(size: 1234, hash: 0xFFFF_0000_1234_5678),
            articleStat: FileStat(device: 0xFFFF_FFFF_0000_0001, inode: 77, size: 1234, modified: 1_764_000_000_123_456_789,
                                  changed: -5),
            summary: .init(stamp: FileStamp(size: 99, hash: 42),
                           document: SummaryDocument(title: "Talks in “Moscow” — ¶ 😀", date: Day(iso: "2025-11-19"),
                                                     source: "TASS", sourceFile: "articles/b.txt",
                                                     actors: ["Vladimir Putin", "Li Qiang"], topics: ["SCO"], places: [],
                                                     quotes: [Quote(speaker: nil, text: "We agreed.", paragraph: 3),
                                                              Quote(speaker: "Li Qiang", text: "", paragraph: 0)],
                                                     body: "", isEdited: false, checksum: "fnv1a64:0123456789abcdef",
                                                     eventDate: Day(iso: "2025-11-18")),
                           body: FileStamp(size: 3, hash: 0x8000_0000_0000_0001)),
            diagnostics: [.warning("articles/b.txt", "quote without a known speaker in paragraph 3"),
                          Diagnostic(.error, file: "articles/b.txt", line: 7, "line\nbreak")]),
        "a.txt": CachedSummary(article: FileStamp(size: 0, hash: 1), summary: nil,
                               diagnostics: [.warning("articles/a.txt", "no text could be read, skipped")]),
        "c.txt": CachedSummary(
            article: FileStamp(size: 5, hash: 6),
            summaryStat: FileStat(device: 3, inode: 4, size: 7, modified: 8, changed: 9),
            summary: .init(stamp: FileStamp(size: 7, hash: 8),
                           document: SummaryDocument(title: "Untitled", date: nil, source: nil, sourceFile: "articles/c.txt",
                                                     actors: [], topics: [], places: ["Kazan"], quotes: [], body: "",
                                                     isEdited: false, checksum: nil),
                           body: FileStamp(size: 0, hash: 0)),
            diagnostics: []),
    ]

    /// The entries as summarize hands them over: by name.
    private var listed: [(name: String, entry: CachedSummary)] { entries.keys.sorted().map { (name: $0, entry: entries[$0]!) } }

    func testRoundTrip() {
        let bytes = SummaryCacheCodec.encode(key: "program 1 config 2", entries: listed)
        XCTAssertEqual(SummaryCacheCodec.decode(bytes, key: "program 1 config 2"), entries)
        XCTAssertEqual(SummaryCacheCodec.decode(SummaryCacheCodec.encode(key: "k", entries: []), key: "k"), [:])
    }

    func testBytesDoNotDependOnTheOrderGiven() {
        let sorted = entries.keys.sorted().map { (name: $0, entry: entries[$0]!) }
        XCTAssertEqual(SummaryCacheCodec.encode(key: "k", entries: sorted.reversed()), SummaryCacheCodec.encode(key: "k", entries: sorted))
        XCTAssertEqual(SummaryCacheCodec.encode(key: "k", entries: [sorted[1], sorted[0], sorted[2]]), SummaryCacheCodec.encode(key: "k", entries: sorted))
    }

    func testAnotherKeyIsRefused() {
        let bytes = SummaryCacheCodec.encode(key: "program 1 config 2", entries: listed)
        XCTAssertNil(SummaryCacheCodec.decode(bytes, key: "program 1 config 3"))
        XCTAssertNil(SummaryCacheCodec.decode(bytes, key: "program 1 config 2 "))
    }

    func testEveryTruncationAndEveryFlippedByteIsRefused() {
        let bytes = SummaryCacheCodec.encode(key: "k", entries: listed)
        for length in 0..<bytes.count {
            XCTAssertNil(SummaryCacheCodec.decode(Array(bytes[..<length]), key: "k"), "cut at \(length)")
        }
        for i in bytes.indices {
            var damaged = bytes
            damaged[i] ^= 0x20
            XCTAssertNil(SummaryCacheCodec.decode(damaged, key: "k"), "byte \(i) changed")
        }
        // Bytes after a sound segment are an append cut short: the segment stands.
        XCTAssertEqual(SummaryCacheCodec.decode(bytes + [0], key: "k"), entries)
    }

    func testGarbageIsRefused() {
        XCTAssertNil(SummaryCacheCodec.decode([], key: "k"))
        XCTAssertNil(SummaryCacheCodec.decode(Array("not a cache at all".utf8), key: "k"))
        // A well-sealed file whose counts run past its end (another writer's bug, say).
        var sealed = SummaryCacheCodec.magic
        sealed += [1, 0, 0, 0, 0, 0, 0, 0, UInt8(ascii: "k")]
        sealed += [0, 0, 0, 0, 0, 0, 0, 0] // stamp
        sealed += [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F] // entry count
        withUnsafeBytes(of: FileStamp(sealed).hash.littleEndian) { sealed += $0 }
        var forged: [UInt8] = []
        withUnsafeBytes(of: Int64(sealed.count).littleEndian) { forged += $0 }
        XCTAssertNil(SummaryCacheCodec.decode(forged + sealed, key: "k"))
    }
}
