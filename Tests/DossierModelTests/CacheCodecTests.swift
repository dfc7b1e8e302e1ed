import DossierModel
import XCTest

/// The cache files' primitives read back what was written, and a read past the end or of
/// bytes that are not what was asked for answers nil, never a crash.
final class CacheCodecTests: XCTestCase {
    func written() -> [UInt8] {
        var out = CacheWriter()
        out.int(-7)
        out.int(Int.max)
        out.text("Li Qiang — «é» 北京")
        out.raw([0, 1, 255])
        out.day(Day(year: 2025, month: 11, day: 4)!)
        out.hashes([0, UInt64.max, 42])
        out.optional(nil as Int?) { $0.int($1) }
        out.optional(3 as Int?) { $0.int($1) }
        out.list(["a", "", "c"]) { $0.text($1) }
        return out.bytes
    }

    func read(_ bytes: [UInt8]) -> String? {
        var input = CacheReader(bytes: bytes[...])
        guard let a = input.int(), let b = input.int(), let text = input.text(), let raw = input.raw(), let day = input.day(),
              let hashes = input.hashes(), let none = input.optional({ $0.int() }), let some = input.optional({ $0.int() }),
              let list = input.list({ $0.text() }), input.isAtEnd else { return nil }
        return "\(a) \(b) \(text) \(raw) \(day.iso) \(hashes) \(String(describing: none)) \(String(describing: some)) \(list)"
    }

    func testWhatIsWrittenReadsBack() {
        XCTAssertEqual(read(written()), "-7 \(Int.max) Li Qiang — «é» 北京 [0, 1, 255] 2025-11-04 [0, \(UInt64.max), 42] nil Optional(3) [\"a\", \"\", \"c\"]")
    }

    func testEveryCutAndOversizedCountsAnswerNil() {
        let bytes = written()
        for end in 0..<bytes.count {
            XCTAssertNil(read(Array(bytes[..<end])), "cut at \(end)")
        }
        var out = CacheWriter()
        out.int(1 << 40) // a count far beyond the bytes
        for read in [{ (r: inout CacheReader) in r.text() != nil }, { $0.raw() != nil }, { $0.hashes() != nil },
                     { $0.list({ $0.int() }) != nil }] {
            var input = CacheReader(bytes: out.bytes[...])
            XCTAssertFalse(read(&input))
        }
        var flag = CacheReader(bytes: [2][...])
        XCTAssertNil(flag.optional({ $0.int() }), "an optional's flag is 0 or 1")
    }
}
