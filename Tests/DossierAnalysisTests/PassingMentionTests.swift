import DossierModel
import XCTest

@testable import DossierAnalysis

/// People mentioned in passing (history, refusals to speak, objects of a preposition) are not actors;
/// each case is a bug the wire batch of the evaluation set found.
final class PassingMentionTests: XCTestCase {
    func actors(_ body: String) -> [String] {
        Fixture.brief(body, date: "2026-02-12").actors
    }

    func testRefusalToSpeakIsNotAnAct() {
        XCTAssertEqual(actors("""
        Finance Minister Ola Berg said on Monday the budget would be balanced.

        Opposition leader Kari Dahl, who attended the session, did not comment on the plan.
        """), ["Ola Berg"])
        XCTAssertEqual(actors("""
        Finance Minister Ola Berg said on Monday the budget would be balanced.

        Central bank governor Ivar Lund declined to comment.
        """), ["Ola Berg"])
    }

    func testMainVerbAfterARelativeClauseMakesASubject() {
        XCTAssertEqual(actors("""
        Finance Minister Ola Berg said on Monday the budget would be balanced.

        Trade Minister Jan Moe, who oversees the export council, said exports would grow.
        """), ["Ola Berg", "Jan Moe"])
    }

    func testObjectOfAPrepositionIsNotTheSubjectOfTheNextVerb() {
        XCTAssertEqual(actors("""
        Foreign Minister Ana Ruiz met her Peruvian counterpart Luis Soto in Lima on Monday.

        A letter from President Marta Vidal was handed over at the talks.
        """), ["Ana Ruiz", "Luis Soto"])
        XCTAssertTrue(ClauseRole.isPrepositionObject(TokenizedText("a letter to Vidal was read").tokens, first: 3))
        XCTAssertFalse(ClauseRole.isPrepositionObject(TokenizedText("then Vidal was elected").tokens, first: 1))
    }

    func testHistoryAfterTheLeadIsBackground() {
        XCTAssertEqual(actors("""
        Economy Minister Luis Campos announced on Wednesday that export duties on beef would end.

        The talks froze in 2022 after then-Prime Minister Pablo Ortega joined the sanctions. Ortega's \
        successor Rosa Blanco said last year that a deal was still possible.
        """), ["Luis Campos"])
        XCTAssertEqual(actors("""
        Economy Minister Luis Campos announced on Wednesday that export duties on beef would end.

        President Ana Torres visited the Emirates in April and met business leaders.
        """), ["Luis Campos"])
    }

    func testPastInTheReportedSpeechOrAPlanIsNotBackground() {
        // The year belongs to what she said, not to her saying it; a plan is not history.
        XCTAssertEqual(actors("""
        Economy Minister Luis Campos announced on Wednesday that export duties on beef would end.

        Farm leader Rosa Blanco said that the duties had cost farmers dearly since 2019.
        """), ["Luis Campos", "Rosa Blanco"])
        XCTAssertEqual(actors("""
        Economy Minister Luis Campos announced on Wednesday that export duties on beef would end.

        President Ana Torres will visit the Emirates in April.
        """), ["Luis Campos", "Ana Torres"])
    }

    func testHostAndCourtesyCallAreParticipants() {
        XCTAssertEqual(Set(actors("""
        Foreign Minister Lena Vik made a working visit to Riga on Tuesday, at the invitation of Latvian \
        Foreign Minister Janis Ozols.

        Minister Vik also called on Prime Minister Ruta Berzina.
        """)), ["Lena Vik", "Janis Ozols", "Ruta Berzina"])
    }

    func testSpeakerBeforeAnAppositionNamingAnOrganisation() {
        let brief = Fixture.brief("""
        The government cut export duties on beef on Wednesday.

        Nicolas Pena, head of the National Farmers Society, said the decision was "an act of justice for producers".
        """, date: "2026-02-12")
        XCTAssertEqual(brief.quotes.map(\.speaker), ["Nicolas Pena"])
    }
}
