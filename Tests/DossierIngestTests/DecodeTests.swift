import DossierModel
import XCTest
@testable import DossierIngest

final class DecodeTests: XCTestCase {
    func testPlainUTF8PassesThroughWithoutDiagnostics() {
        let (text, diagnostics) = Ingest.decode(Array("Grüße aus Kasan — “hallo”\n".utf8), sourceFile: "a.txt")
        XCTAssertEqual(text, "Grüße aus Kasan — “hallo”\n")
        XCTAssertEqual(diagnostics, [])
    }

    func testUTF8ByteOrderMarkIsRemoved() {
        let (text, diagnostics) = Ingest.decode([0xEF, 0xBB, 0xBF] + Array("Café\n".utf8), sourceFile: "a.txt")
        XCTAssertEqual(text, "Café\n")
        XCTAssertEqual(diagnostics, [])
    }

    func testUTF16LittleEndianWithMark() {
        let (text, diagnostics) = Ingest.decode([0xFF, 0xFE] + utf16Bytes("Öl und Gas 🚢\n", bigEndian: false), sourceFile: "a.txt")
        XCTAssertEqual(text, "Öl und Gas 🚢\n")
        XCTAssertEqual(diagnostics, [])
    }

    func testUTF16BigEndianWithMark() {
        let (text, diagnostics) = Ingest.decode([0xFE, 0xFF] + utf16Bytes("Ташкент\nline two", bigEndian: true), sourceFile: "a.txt")
        XCTAssertEqual(text, "Ташкент\nline two")
        XCTAssertEqual(diagnostics, [])
    }

    func testUTF16WithoutMarkIsRecognisedByItsZeroBytes() {
        let (text, _) = Ingest.decode(utf16Bytes("Trade talks resumed today.\n", bigEndian: false), sourceFile: "a.txt")
        XCTAssertEqual(text, "Trade talks resumed today.\n")
    }

    func testLatin1BytesAreReadAsWindows1252WithAWarning() {
        let bytes: [UInt8] = Array("Menu\nCaf".utf8) + [0xE9] + Array(" and ".utf8) + [0x93] + Array("na".utf8) + [0xEF, 0x76, 0x65, 0x94]
        let (text, diagnostics) = Ingest.decode(bytes, sourceFile: "articles/old.txt")
        XCTAssertEqual(text, "Menu\nCafé and “naïve”")
        XCTAssertEqual(diagnostics, [.warning("articles/old.txt", line: 2, "not valid UTF-8; read as Windows-1252")])
    }

    func testInvalidBytesInUTF8TextAreReplaced() {
        let bytes: [UInt8] = Array("première\nligne ".utf8) + [0xFF] + Array(" fin".utf8)
        let (text, diagnostics) = Ingest.decode(bytes, sourceFile: "b.txt")
        XCTAssertEqual(text, "première\nligne \u{FFFD} fin")
        XCTAssertEqual(diagnostics, [.warning("b.txt", line: 2, "invalid UTF-8 replaced with U+FFFD")])
    }

    func testNULBytesAreRemovedWithAWarning() {
        let bytes: [UInt8] = Array("one\ntw".utf8) + [0] + Array("o\nthree".utf8) + [0]
        let (text, diagnostics) = Ingest.decode(bytes, sourceFile: "c.txt")
        XCTAssertEqual(text, "one\ntwo\nthree")
        XCTAssertEqual(diagnostics, [.warning("c.txt", line: 2, "2 NUL byte(s) removed")])
    }

    func testPNGIsRefused() {
        let (text, diagnostics) = Ingest.decode([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13], sourceFile: "pic.txt")
        XCTAssertNil(text)
        XCTAssertEqual(diagnostics, [.warning("pic.txt", "looks like a PNG image, not text; skipped")])
    }

    func testControlByteSoupIsRefused() {
        let bytes = (0..<400).map { UInt8($0 % 32) }
        let (text, diagnostics) = Ingest.decode(bytes, sourceFile: "d.txt")
        XCTAssertNil(text)
        XCTAssertEqual(diagnostics.map(\.file), ["d.txt"])
    }

    func testEmptyFileIsEmptyText() {
        let (text, diagnostics) = Ingest.decode([], sourceFile: "e.txt")
        XCTAssertEqual(text, "")
        XCTAssertEqual(diagnostics, [])
    }
}
