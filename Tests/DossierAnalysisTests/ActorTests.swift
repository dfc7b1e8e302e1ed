import DossierAnalysis
import DossierModel
import XCTest

final class ActorTests: XCTestCase {
    func actors(_ body: String, headline: String? = nil, config: DossierConfig = .builtIn) -> [String] {
        Analyzer(config: config).brief(for: Fixture.article(body, headline: headline, date: "2025-01-01")).actors
    }

    func testTitleAndNameDiscovery() {
        XCTAssertEqual(actors("Estonian Foreign Minister Kaarel Lepp met Finnish Trade Minister Aino Salo in Tallinn on Monday."),
                       ["Kaarel Lepp", "Aino Salo"])
        XCTAssertEqual(actors("Central bank governor Paulo Mendes said rates would stay on hold."), ["Paulo Mendes"])
    }

    func testSpokespersonWithLowercaseTitleAndApposition() {
        XCTAssertEqual(actors("Foreign Ministry spokesperson Hana Kim said the visit was postponed."), ["Hana Kim"])
        XCTAssertEqual(actors("Ravi Menon, a spokesman for the port authority, said the strike had ended."), ["Ravi Menon"])
    }

    func testNameSaidAndSaidName() {
        XCTAssertEqual(actors("“Prices will fall,” said Maria Gonzalez. Analysts disagreed."), ["Maria Gonzalez"])
        XCTAssertEqual(actors("Pieter de Vries told the committee the project was late."), ["Pieter de Vries"])
    }

    func testSurnameAndOfficeResolveToTheSamePerson() {
        let got = actors("""
        Danish Prime Minister Ida Holm opened the summit. Holm said the region needed new ferries.

        The prime minister later met fishermen.
        """, headline: "Holm opens Baltic summit")
        XCTAssertEqual(got, ["Ida Holm"])
    }

    func testConfigAliasesGiveCanonicalNames() {
        var config = DossierConfig.builtIn
        config.actors = [ActorEntry(name: "Johan Eriksson", aliases: ["Eriksson", "the Swedish envoy"])]
        XCTAssertEqual(actors("Eriksson met the delegation and said talks would continue.", config: config), ["Johan Eriksson"])
    }

    func testGazetteerFoldsDiacriticsAndSpellings() {
        XCTAssertEqual(actors("President Recep Tayyip Erdoğan said Ankara would mediate. Erdogan also met investors."),
                       ["Recep Tayyip Erdogan"])
        XCTAssertEqual(actors("Iranian President Massoud Pezeshkian arrived in Baku and said ties were strong."),
                       ["Masoud Pezeshkian"])
    }

    func testPassingMentionIsNotCentral() {
        XCTAssertEqual(actors("""
        Deputy Premier Olga Brandt met farmers in Minsk and said harvests were up. She conveyed greetings from \
        President Anton Weiss.
        """), ["Olga Brandt"])
    }

    func testOrganisationsPlacesAndCalendarWordsAreNotActors() {
        let got = actors("""
        On Tuesday the Great Hall of the People hosted the Council of Heads of Government. The Kremlin said \
        the Russian Foreign Ministry would publish a statement in November. Beijing welcomed it.
        """)
        XCTAssertEqual(got, [])
    }

    func testAgentsOfAPassiveActTakePart() {
        XCTAssertEqual(actors("The accord was signed in Lusaka by Trade Minister Chipo Banda and his Malawian counterpart Peter Phiri."),
                       ["Chipo Banda", "Peter Phiri"])
        XCTAssertEqual(actors("The plan was praised at the time by Senator Ann Lowe."), ["Ann Lowe"])
        XCTAssertEqual(actors("Minister Ana Ruiz opened the fair. Ruiz and Gomez met later."), ["Ana Ruiz"])
    }

    func testKnownSurnameInsideAnotherName() {
        XCTAssertEqual(actors("Novak Djokovic said he would play in Shanghai."), ["Novak Djokovic"])
    }

    func testTitledSurnameOfAKnownPerson() {
        XCTAssertEqual(actors("President Xi told the plenum that reform would continue."), ["Xi Jinping"])
        XCTAssertEqual(actors("Chancellor Merz said Berlin would pay."), ["Friedrich Merz"])
    }

    func testSpeakersComeFirst() {
        let got = actors("""
        Governor Lin Bo met Mayor Carla Ruiz on Monday. Ruiz said: “The bridge will open in May this year.” \
        Ruiz added: “Tolls will be low for local drivers.”
        """)
        XCTAssertEqual(got.first, "Carla Ruiz")
        XCTAssertEqual(Set(got), ["Carla Ruiz", "Lin Bo"])
    }

    func testOfficesWithOfPhrases() {
        XCTAssertEqual(actors("Minister of Foreign Affairs Lucia Moreno arrived in Quito and met students."), ["Lucia Moreno"])
        XCTAssertEqual(actors("The President of the Republic of Kazakhstan Kassym-Jomart Tokayev opened the forum."),
                       ["Kassym-Jomart Tokayev"])
    }

    func testBareNameConfirmedByALaterSurname() {
        XCTAssertEqual(actors("The envoy, Tariq Aziz Khan, arrived late. Khan then met the governor."), ["Tariq Aziz Khan"])
        XCTAssertEqual(actors("Visitors toured Victoria Park on Sunday. The weather was fine."), [])
    }

    func testPlacesAndOutletsBeforeAVerbAreNotPeople() {
        XCTAssertEqual(actors("Hong Kong said the rules would change. Al Jazeera reported protests. The White House said nothing."), [])
        XCTAssertEqual(actors("The People's Liberation Army said drills ended. Korea Times reported calm."), [])
    }
}

final class AppositionNameTests: XCTestCase {
    func testNameBetweenCommasAfterAnOfficePhraseSpeaks() {
        let brief = Fixture.brief("""
        The airline will add six routes to Asia next year, the company said on Monday.

        The carrier's head of network planning, Marta Lindqvist, said demand had recovered. "Bookings are \
        back above their 2019 level on every route we fly," she said.
        """)
        XCTAssertTrue(brief.actors.contains("Marta Lindqvist"), "\(brief.actors)")
        XCTAssertEqual(brief.quotes.first?.speaker, "Marta Lindqvist")
    }
}
