import DossierModel
import XCTest

/// The fast sort of long lists of texts orders them as `sorted()` does.
final class TextOrderTests: XCTestCase {
    private func randomTexts(_ alphabet: [String], count: Int, using generator: inout some RandomNumberGenerator) -> [String] {
        (0..<count).map { _ in (0..<Int.random(in: 0...12, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }.joined() }
    }

    func testASCIITextsAreInSortedOrder() {
        var generator = SystemRandomNumberGenerator()
        // Prefixes of one another, digits before letters, upper case before lower, empty texts.
        let texts = randomTexts(["a", "b", "A", "0", "-", "/", " ", "index.html", "articles/", "\u{7F}"], count: 2_000, using: &generator)
        XCTAssertEqual(TextOrder.sorted(texts), texts.sorted())
    }

    /// Canonically equivalent texts ("é" composed and decomposed) are equal to `String`, not in
    /// their bytes: a list that holds one is sorted as `String` sorts.
    func testTextsWithNonASCIIAreInSortedOrder() {
        var generator = SystemRandomNumberGenerator()
        let texts = randomTexts(["e", "\u{E9}", "e\u{301}", "z", "\u{C5}", "A\u{30A}", "/"], count: 2_000, using: &generator)
        XCTAssertEqual(TextOrder.sorted(texts), texts.sorted())
        XCTAssertEqual(TextOrder.sorted(["b", "a", "\u{E9}"]), ["a", "b", "\u{E9}"])
        XCTAssertEqual(TextOrder.sorted([]), [])
    }

    /// The eight-at-a-time test the fast sort takes: a byte of 0x80 or more anywhere is seen.
    func testANonASCIIByteAnywhereIsSeen() {
        for length in 0...20 {
            let ascii = [UInt8](repeating: UInt8(ascii: "a"), count: length)
            XCTAssertTrue(ascii.withUnsafeBufferPointer(ByteScan.isASCII), "\(length)")
            for i in 0..<length {
                var bytes = ascii
                bytes[i] = 0x80 | UInt8(i)
                XCTAssertFalse(bytes.withUnsafeBufferPointer(ByteScan.isASCII), "byte \(i) of \(length)")
            }
        }
    }
}
