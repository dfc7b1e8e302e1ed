import DossierModel
import DossierSummary
import XCTest

final class SummaryReaderTests: XCTestCase {
    func testHandWrittenSummaryWithUnquotedDate() throws {
        let doc = try SummaryReader.read("""
            ---
            title: Notes on the Astana meeting
            date: 2026-01-20
            source_file: articles/astana.txt
            actors: Kassym-Jomart Tokayev
            quotes:
              - speaker: Kassym-Jomart Tokayev
                text: We are open to all partners
            ---
            Body.
            """, file: "s.md")
        XCTAssertEqual(doc.date, Day(iso: "2026-01-20"))
        XCTAssertEqual(doc.actors, ["Kassym-Jomart Tokayev"])
        XCTAssertEqual(doc.quotes, [Quote(speaker: "Kassym-Jomart Tokayev", text: "We are open to all partners", paragraph: 0)])
        XCTAssertEqual(doc.topics, [])
        XCTAssertTrue(doc.isEdited, "no checksum: written by hand")
        XCTAssertEqual(doc.body, "Body.")
    }

    func testQuotedNullIsText() throws {
        let doc = try SummaryReader.read("---\ntitle: \"null\"\nsource: 'null'\nsource_file: a\ndate: ~\n---\n", file: "s.md")
        XCTAssertEqual(doc.title, "null")
        XCTAssertEqual(doc.source, "null")
        XCTAssertNil(doc.date)
    }

    func testErrorsNameFileAndLine() {
        assertError("no front matter", line: 1, contains: "does not start")
        assertError("---\ntitle: x\n", line: 1, contains: "not closed")
        assertError("---\ntitle: x\nsource_file: a\ndate: 2026-13-40\n---\n", line: 4, contains: "'date'")
        assertError("---\ndate: 2026-01-01\nsource_file: a\n---\n", line: nil, contains: "'title' is missing")
        assertError("---\ntitle: x\nsource_file: a\nactors: {a: 1}\n---\n", line: 4, contains: "'actors'")
        assertError("---\ntitle: [x\n---\n", line: 3, contains: "front matter")
        assertError("---\n- a\n---\n", line: 2, contains: "not a mapping")
        // Keys that are not text trap inside Yams's value constructor; the reader never uses it.
        assertError("---\ntitle: x\n[a, b]: 1\n---\n", line: 3, contains: "field names must be text")
        assertError("---\ntitle: x\n? {k: v}\n: 1\n---\n", line: 3, contains: "field names must be text")
        assertError("---\ntitle: x\nsource_file: a\nl: &l [x, x]\nactors: [*l, *l]\n---\n", line: 4, contains: "'actors'") // the alias's anchor
    }

    private func assertError(_ text: String, line: Int?, contains message: String, file: StaticString = #filePath, testLine: UInt = #line) {
        XCTAssertThrowsError(try SummaryReader.read(text, file: "summaries/s.md"), file: file, line: testLine) { error in
            guard let e = error as? SummaryError else { return XCTFail("\(error)", file: file, line: testLine) }
            XCTAssertEqual(e.file, "summaries/s.md", file: file, line: testLine)
            XCTAssertEqual(e.line, line, "\(e)", file: file, line: testLine)
            XCTAssertTrue(e.message.contains(message), e.message, file: file, line: testLine)
        }
    }
}
