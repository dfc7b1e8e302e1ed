@testable import DossierBuild
import DossierModel
import XCTest

final class ConfigParserTests: XCTestCase {
    func testEmptyConfigGivesBuiltInDefaults() throws {
        XCTAssertEqual(try ConfigParser.parse("", file: "dossier.yml"), .builtIn)
        XCTAssertEqual(try ConfigParser.parse("# only a comment\n", file: "dossier.yml"), .builtIn)
    }

    func testSettingsAreRead() throws {
        let config = try ConfigParser.parse("""
            title: Arctic desk
            description: Shipping and energy in the high north
            base_url: https://example.org/arctic/
            front_page_limit: 5
            """, file: "dossier.yml")
        XCTAssertEqual(config.title, "Arctic desk")
        XCTAssertEqual(config.description, "Shipping and energy in the high north")
        XCTAssertEqual(config.baseURL, "https://example.org/arctic/")
        XCTAssertEqual(config.frontPageLimit, 5)
        XCTAssertEqual(config.topics, DossierConfig.defaultTopics)
    }

    func testActorsAddToBuiltInsAndMergeSameName() throws {
        let builtIn = try XCTUnwrap(DossierConfig.defaultActors.first { $0.name == "Vladimir Putin" })
        let config = try ConfigParser.parse("""
            actors:
              - name: Vladimir Putin
                aliases: [VVP]
                role: Head of state
              - name: Jonas Gahr Støre
                aliases: Støre
                role: Prime Minister of Norway
            """, file: "dossier.yml")
        let putin = try XCTUnwrap(config.actors.first { $0.name == "Vladimir Putin" })
        XCTAssertEqual(putin.aliases, builtIn.aliases + ["VVP"])
        XCTAssertEqual(putin.role, "Head of state")
        XCTAssertEqual(putin.country, builtIn.country)
        XCTAssertEqual(config.actors.last, ActorEntry(name: "Jonas Gahr Støre", aliases: ["Støre"], role: "Prime Minister of Norway"))
        XCTAssertEqual(config.actors.count, DossierConfig.defaultActors.count + 1)
    }

    func testTopicsReplaceTheTaxonomy() throws {
        let config = try ConfigParser.parse("""
            topics:
              - name: shipping
                keywords: [Northern Sea Route, icebreaker]
              - name: fisheries
            """, file: "dossier.yml")
        XCTAssertEqual(config.topics, [TopicEntry(name: "shipping", keywords: ["Northern Sea Route", "icebreaker"]),
                                       TopicEntry(name: "fisheries", keywords: ["fisheries"])])
    }

    func testErrorsNameTheFileAndLine() {
        assertError("title: ok\nbogus: 1\n", line: 2, contains: "unknown setting 'bogus'")
        assertError("title: [unclosed\n", line: 2, contains: "YAML")
        assertError("actors:\n  - aliases: [x]\n", line: 2, contains: "each actor needs a 'name'")
        assertError("topics: SCO\n", line: 1, contains: "'topics' must be a list")
        assertError("front_page_limit: -3\n", line: 1, contains: "positive number")
        assertError("base_url: example.org\n", line: 1, contains: "http")
        assertError("- just\n- a list\n", line: 1, contains: "mapping")
    }

    private func assertError(_ yaml: String, line: Int, contains text: String, file: StaticString = #filePath, testLine: UInt = #line) {
        XCTAssertThrowsError(try ConfigParser.parse(yaml, file: "Content/dossier.yml"), file: file, line: testLine) { error in
            guard let error = error as? DossierError else { return XCTFail("\(error)", file: file, line: testLine) }
            XCTAssertEqual(error.file, "Content/dossier.yml", file: file, line: testLine)
            XCTAssertEqual(error.line, line, "\(error)", file: file, line: testLine)
            XCTAssertTrue(error.message.contains(text), error.message, file: file, line: testLine)
            XCTAssertEqual(error.step, "config", file: file, line: testLine)
        }
    }
}
