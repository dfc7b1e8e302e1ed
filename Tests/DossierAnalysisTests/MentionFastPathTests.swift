@testable import DossierAnalysis
import DossierModel
import XCTest

/// The mention scanner's cheaper pieces answer as the code they stand in for.
final class MentionFastPathTests: XCTestCase {
    /// Texts to scan: every paragraph and headline of the labelled corpus, and a few office runs.
    static let texts: [String] = EvaluationCorpus.articles.flatMap { [$0.article.headline ?? ""] + $0.article.paragraphs } + [
        "Chinese Premier Li Qiang met Deputy Prime Minister of Foreign Affairs Ivan Petrov and the vice-president.",
        "Minister for Trade Ana Gomez, Foreign Minister-designate Wang, President of the Republic of Kazakhstan Tokayev.",
        "Russian Foreign Ministry spokeswoman Maria Zakharova said; China's Premier; the premier Deputy Chief Executive.",
    ]

    /// `titleRun` as it was, making the set of office words for every run it read.
    static func titleRunWithWords(_ tokens: [Token], from i: Int) -> (end: Int, words: Set<String>)? {
        func officeWord(_ t: Token) -> (isPart: Bool, isHead: Bool) {
            let flags = t.lex
            let isModifier = flags & (Lexicon.isTitleModifier | Lexicon.isDemonym) != 0 || (t.isCapitalized && flags & Lexicon.isPlace != 0)
            let isHead = flags & Lexicon.isTitleHead != 0
            return (isModifier || isHead, isHead)
        }
        if tokens[i].kind == .word, !officeWord(tokens[i]).isPart { return nil }
        var j = i
        var headEnd: Int?
        var words = Set<String>()
        while j < tokens.count {
            if tokens[j].kind == .punct, tokens[j].text == "-", j + 1 < tokens.count, !tokens[j].spaceBefore,
               !tokens[j + 1].spaceBefore {
                j += 1
                continue
            }
            guard tokens[j].kind == .word else { break }
            if headEnd == j, ["of", "for"].contains(tokens[j].key), let end = MentionScanner.ofPhraseEnd(tokens, from: j + 1) {
                j = end
                headEnd = end
                continue
            }
            let (isPart, isHead) = officeWord(tokens[j])
            guard isPart else { break }
            words.insert(tokens[j].key)
            j += 1
            if isHead { headEnd = j }
        }
        guard let end = headEnd else { return nil }
        return (end, words)
    }

    /// `titleRun` and `titleWords` give the end and the words the run with its set gave, at every word.
    func testTitleRunAndWordsAreTheRunWithItsSet() {
        var runs = 0, withWords = 0
        for s in Self.texts {
            let tokens = TokenizedText(s).tokens
            for i in tokens.indices where tokens[i].kind == .word {
                let expected = Self.titleRunWithWords(tokens, from: i)
                XCTAssertEqual(MentionScanner.titleRun(tokens, from: i), expected?.end, "\(s) @\(i)")
                guard let expected else { continue }
                runs += 1
                XCTAssertEqual(MentionScanner.titleWords(tokens, from: i), expected.words, "\(s) @\(i)")
                if expected.words.count >= 2 { withWords += 1 }
            }
        }
        XCTAssertGreaterThan(runs, 50)
        XCTAssertGreaterThan(withWords, 10)
    }

    /// The scanner asks `nameRun` for a bare name only at a capitalised word: at any other token the
    /// run is empty.
    func testNameRunsOpenAtCapitalisedWords() {
        var runs = 0
        for s in Self.texts + AnalysisFastPathTests.samples + ["da Silva said", "von der Leyen", "e. Smith", "ibn Saud"] {
            let tokens = TokenizedText(s).tokens
            for i in tokens.indices {
                let end = MentionScanner.nameRun(tokens, from: i)
                if tokens[i].isCapitalized { runs += end > i ? 1 : 0 } else { XCTAssertEqual(end, i, "\(s) @\(i)") }
            }
        }
        XCTAssertGreaterThan(runs, 50)
    }
}
