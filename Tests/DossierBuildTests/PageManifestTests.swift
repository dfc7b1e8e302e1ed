@testable import DossierBuild
import XCTest

/// The output manifest is written and read over bytes, in the text format earlier builds wrote.
final class PageManifestTests: XCTestCase {
    let pages: [(path: String, record: PageManifest.Record)] = [
        ("index.html", .init(checksum: 0x0865_4e09_03e4_3106, size: 20424, fingerprint: 0xa352_5557_afcb_5bb0)),
        ("articles/a-b/index.html", .init(checksum: 0, size: 0, fingerprint: 0)),
        ("actors/li-qiang/page/2/index.html", .init(checksum: .max, size: 1 << 40, fingerprint: 0x1f)),
        ("topics/énergie/index.html", .init(checksum: 0xF, size: 7, fingerprint: .max)),
    ]

    func testTheTextIsTheFormatEarlierBuildsWrote() {
        let text = String(decoding: PageManifest.encode(key: "k1+build-id x", pages: pages), as: UTF8.self)
        XCTAssertEqual(text, """
            dossier-manifest-2 k1+build-id x
            fnv1a64w:08654e0903e43106\t20424\ta3525557afcb5bb0\tindex.html
            fnv1a64w:0000000000000000\t0\t0\tarticles/a-b/index.html
            fnv1a64w:ffffffffffffffff\t1099511627776\t1f\tactors/li-qiang/page/2/index.html
            fnv1a64w:000000000000000f\t7\tffffffffffffffff\ttopics/énergie/index.html

            """)
    }

    func testWhatIsWrittenIsReadBack() {
        let parsed = PageManifest.parse(PageManifest.encode(key: "key", pages: pages))
        XCTAssertEqual(parsed.key, "key")
        XCTAssertEqual(parsed.pages.count, pages.count)
        for (path, record) in pages { XCTAssertEqual(parsed.pages[path], record, path) }
    }

    func testLinesThatAreNotPageLinesAreSkippedAndAnotherHeaderIsNoManifest() {
        let text = """
            dossier-manifest-2 key
            fnv1a64w:08654e0903e43106\t20424\ta3525557afcb5bb0\tkept.html
            fnv1a64w:08654e0903e4310\t1\t1
            sha1:08654e0903e43106\t1\t1\tother-hash.html
            fnv1a64w:08654e0903e43106\t-1\t1\tnegative.html
            fnv1a64w:08654e0903e43106\t1\tXYZ\tnot-hex.html
            fnv1a64w:08654e0903e431060\t1\t1\ttoo-long.html
            fnv1a64w:08654e0903e43106\t1\t1\t

            fnv1a64w:08654e0903e43106\t1\t1\tlast.html
            """
        let parsed = PageManifest.parse(Array(text.utf8))
        XCTAssertEqual(parsed.key, "key")
        XCTAssertEqual(Set(parsed.pages.keys), ["kept.html", "last.html"])
        XCTAssertNil(PageManifest.parse(Array("dossier-manifest-1 key\n".utf8)).key)
        XCTAssertNil(PageManifest.parse([]).key)
    }
}
