import XCTest
@testable import DossierAnalysis

/// `SmallASCII` makes strings from their bits: they must be, bit for bit, the strings the standard
/// library makes of the same bytes, and its lowercasing the standard library's.
final class SmallASCIITests: XCTestCase {
    func testStringsFromBitsAreTheDecodedBytes() {
        XCTAssertTrue(SmallASCII.isAvailable)
        var generator = SystemRandomNumberGenerator()
        for round in 0..<4000 {
            let count = round % (SmallASCII.capacity + 1)
            let bytes = (0..<count).map { _ in UInt8.random(in: round % 3 == 0 ? 0...0x7F : 0x20...0x7E, using: &generator) }
            let decoded = String(decoding: bytes, as: UTF8.self)
            let made = bytes.withUnsafeBufferPointer { b in
                let (low, high) = SmallASCII.words(b)
                return SmallASCII.string(low: low, high: high, count: b.count)
            }
            XCTAssertTrue(SmallASCII.bits(of: made) == SmallASCII.bits(of: decoded), decoded.debugDescription)
            XCTAssertEqual(made, decoded)
            XCTAssertEqual(Array(made.utf8), bytes)
            XCTAssertEqual(made.count, decoded.count)
            XCTAssertEqual(made.hashValue, decoded.hashValue)
            let lowered = bytes.withUnsafeBufferPointer { b in
                let (low, high) = SmallASCII.words(b)
                return SmallASCII.string(low: SmallASCII.lowercased(low), high: SmallASCII.lowercased(high), count: b.count)
            }
            XCTAssertTrue(SmallASCII.bits(of: lowered) == SmallASCII.bits(of: decoded.lowercased()), decoded.debugDescription)
        }
    }

    /// Every ASCII byte is lowercased as `String.lowercased` does, in each of the eight places of a word.
    func testLowercasingIsTheStandardLibrarys() {
        for byte in UInt8(0)...0x7F {
            let expected = String(decoding: [byte], as: UTF8.self).lowercased().utf8.first!
            for place in 0..<8 {
                let word = UInt64(byte) << (8 * UInt64(place)) | 0x41 << (8 * UInt64((place + 1) % 8))
                let lowered = SmallASCII.lowercased(word)
                XCTAssertEqual(UInt8(truncatingIfNeeded: lowered >> (8 * UInt64(place))), expected, "\(byte) at \(place)")
            }
        }
    }

    /// The hash of two packed words is the hash of their bytes, and a key's hash tells ASCII from the rest.
    func testHashOfWordsIsTheHashOfTheBytes() {
        var generator = SystemRandomNumberGenerator()
        for round in 0..<3000 {
            let count = round % (SmallASCII.capacity + 1)
            let bytes = (0..<count).map { _ in UInt8.random(in: 0...0x7F, using: &generator) }
            let (low, high) = bytes.withUnsafeBufferPointer(SmallASCII.words)
            XCTAssertEqual(KeyHash.ascii(low: low, high: high, count: count), bytes.withUnsafeBufferPointer { KeyHash.ascii($0) })
            XCTAssertEqual(KeyHash.ascii(String(decoding: bytes, as: UTF8.self)), KeyHash.ascii(low: low, high: high, count: count))
            for byte in bytes.indices {
                XCTAssertEqual(SmallASCII.byte(byte, low, high), bytes[byte])
            }
        }
        XCTAssertNil(KeyHash.ascii("caf\u{e9}"))
        XCTAssertNil(KeyHash.ascii("abcdefghijklmnopqrstuvwxyz\u{e9}"))
        XCTAssertNotEqual(KeyHash.ascii("a"), KeyHash.ascii("a\u{0}"))
    }
}

