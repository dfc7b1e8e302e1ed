import DossierModel
import XCTest

/// The word-at-a-time checksum behind page keys, page checksums and file stamps: a change it
/// missed would keep a stale page.
final class ChecksumTests: XCTestCase {
    private func wordwise(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBytes { Checksum.wordwise($0) }
    }

    /// FNV's multiplication alone carries a change only upwards: changes in the top bytes of
    /// two words would then differ in the top byte alone, 256 values for 4,096 variants.
    func testChangesInTheTopBytesOfTwoWordsStayApart() {
        var bytes = Array("Putin met Xi in Beijing.".utf8)
        var seen = Set<UInt64>()
        for a in 0..<64 {
            for b in 0..<64 {
                bytes[7] = UInt8(0x40 + a)
                bytes[15] = UInt8(0x40 + b)
                seen.insert(wordwise(bytes))
            }
        }
        XCTAssertEqual(seen.count, 64 * 64)
    }

    /// Every length up to three words, so that each way of reading the last bytes is tried, and
    /// lengths around the four-chain blocks (two blocks and more, with and without words left).
    func testEveryOneByteChangeChangesTheChecksum() {
        var generator = SystemRandomNumberGenerator()
        for length in Array(0...24) + [63, 64, 65, 71, 72, 95, 96, 100, 129] {
            let base = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let checksum = wordwise(base)
            for i in base.indices {
                var changed = base
                changed[i] ^= UInt8.random(in: 1...255, using: &generator)
                XCTAssertNotEqual(wordwise(changed), checksum, "byte \(i) of \(length)")
            }
            XCTAssertNotEqual(wordwise(base + [0]), checksum, "a NUL more after \(length)")
        }
    }

    /// The same in the four chains: changes in the top bytes of two words of a block, and of
    /// the same word in two blocks.
    func testChangesInTheTopBytesOfTwoWordsOfBlocksStayApart() {
        var bytes = Array(repeating: UInt8(ascii: "x"), count: 72)
        for (i, j) in [(7, 15), (15, 31), (7, 39), (31, 63)] {
            var seen = Set<UInt64>()
            for a in 0..<32 {
                for b in 0..<32 {
                    bytes[i] = UInt8(0x40 + a)
                    bytes[j] = UInt8(0x40 + b)
                    seen.insert(wordwise(bytes))
                }
            }
            XCTAssertEqual(seen.count, 32 * 32, "bytes \(i) and \(j)")
        }
    }

    /// The chains are not interchangeable: two words of a block swapped give another checksum.
    func testWordsOfABlockSwappedChangeTheChecksum() {
        let words = (0..<8).map { k in Array(repeating: UInt8(0x61 + k), count: 8) }
        var swapped = words
        swapped.swapAt(0, 1)
        XCTAssertNotEqual(wordwise(words.flatMap { $0 }), wordwise(swapped.flatMap { $0 }))
    }

    func testTextsFedOneAfterAnotherStayApart() {
        func fingerprint(_ texts: [String]) -> UInt64 {
            var f = Fingerprint()
            for text in texts { f.add(text) }
            return f.value
        }
        let splits: [[String]] = [["ab", "c"], ["a", "bc"], ["abc"], ["abc", ""], ["", "abc"],
                                  ["abcdefgh", "i"], ["abcdefghi"], ["abcdefgh\u{0}"], ["abcdefgh", ""], ["abcdefgh"]]
        XCTAssertEqual(Set(splits.map(fingerprint)).count, splits.count)
    }

    func testBytesAddAsTheirTextDoes() {
        for texts in [["ab", "c"], ["", "“Peskov”"], ["abcdefghijklmnop", "q"]] {
            var byText = Fingerprint(), byBytes = Fingerprint()
            for text in texts {
                byText.add(text)
                Array(text.utf8).withUnsafeBytes { byBytes.add(bytes: $0) }
            }
            XCTAssertEqual(byBytes.value, byText.value, "\(texts)")
            XCTAssertNotEqual(byBytes.value, Fingerprint().value)
        }
    }
}
