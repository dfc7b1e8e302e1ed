import XCTest
@testable import DossierIngest
import DossierModel

/// The gates in front of the opening and phrase rules must never keep back a unit one of their
/// rules matches, so that `Boilerplate.matches` answers as asking every rule of every unit did.
final class BoilerplateGateTests: XCTestCase {
    /// Every phrase an opening rule looks for (those of its index, or those its kind of opening
    /// stands for), as written, capitalised, in capitals, in brackets, with a combining mark on its
    /// first letter, with a tail and without; the phrase rules' phrases in prose; and the units the
    /// other tests use.
    static let texts: [String] = {
        let phrases = Boilerplate.openingRules.flatMap { rule -> [String] in
            switch rule.opening {
            case .phrases(let index): index.all
            case .copyright: ["copyright", "(c) ", "©"]
            case .links: ["http://x.y", "https://x.y", "www.x", "t.co/x", "pic.twitter.com/x"]
            }
        }
        var texts = BoilerplateRuleTests.texts + ["", "c", "(", "((", " x", "\r\nshare this", "\rshare", "By Jane Doe", "By\u{301} Jane", "by Jane"]
        for phrase in phrases {
            let first = String(phrase.prefix(1)), rest = String(phrase.dropFirst())
            for form in [phrase, first.uppercased() + rest, phrase.uppercased(), "(" + phrase, first + "\u{301}" + rest, "\u{212A}" + phrase,
                         phrase.decomposedStringWithCanonicalMapping] {
                texts += [form, form + " the talks resumed", form + "s and more", form + ": the story", " " + form]
            }
        }
        let prose = "the minister said on tuesday that the talks would resume next week in the capital"
        for phrase in ["comment", "comments are closed", "no comments"] + Boilerplate.noticePhrases.flatMap(\.phrases) {
            for form in [phrase, phrase.uppercased(), phrase.replacingOccurrences(of: " ", with: "  "), phrase + "\u{301}"] {
                texts += [form, "\(prose) \(form)", "\(form) \(prose)", "“\(form)”", "abusive offensive readers \(form)"]
            }
        }
        return texts + texts.map { Text.collapse(ByteScan.lowercased($0)) }
    }()

    /// Units the opening rules are there for, written out by hand rather than taken from the rules'
    /// phrase lists, so that a rule declared with the wrong opening (`OpeningRule.Opening`) has its
    /// units kept back by the gate here.
    static let openingExamples = [
        "Share this article", "Subscribe to our newsletter", "Follow us on Telegram", "Читайте также: новости",
        "Read more: Modi meets Xi", "Also read: trade talks resume", "Related: SCO summit", "© 2025 Example Media",
        "Copyright 2025 Example Media. All rights reserved.", "(c) 2025 Example", "Photo: Reuters", "(Photo credit: AFP)",
        "File photo", "https://t.co/abc123", "www.example.com/news", "pic.twitter.com/xyz", "Updated: Nov 19, 2025 10:42 IST",
        "Published on 3 March 2026", "Tags: trade, energy", "Filed under: Asia", "Reporting by Jane Doe; Editing by John Roe",
        "(Compiled by Example staff)", "With inputs from agencies",
    ]

    /// Each opening rule has a unit among `openingExamples` (a new rule needs one), and the gate
    /// lets every example through.
    func testTheOpeningGateLetsEveryRulesExamplesThrough() {
        for (k, rule) in Boilerplate.openingRules.enumerated() {
            let matched = Self.openingExamples.filter { rule.matches(Boilerplate.Lowered.of(unit: $0)) }
            XCTAssertFalse(matched.isEmpty, "opening rule \(k) has no example")
        }
        for example in Self.openingExamples {
            XCTAssertTrue(Boilerplate.mayOpenARule(Boilerplate.Lowered.of(unit: example).s), example)
            XCTAssertTrue(Boilerplate.matches(example), example)
        }
    }

    func testMatchesAnswersAsEveryRuleAsked() {
        let all = Boilerplate.otherRules + Boilerplate.openingRules.map(\.matches) + Boilerplate.phraseRules
        var dropped = 0
        for text in Self.texts {
            let lower = Boilerplate.Lowered.of(unit: text)
            let expected = text.utf8.count > 600 && text.count > 600 ? false
                : lower.words > 40 ? Boilerplate.longRules.contains { $0(lower) }
                : all.contains { $0(lower) } || Boilerplate.isByline(text)
            XCTAssertEqual(Boilerplate.matches(text), expected, text.debugDescription)
            if expected { dropped += 1 }
        }
        XCTAssertGreaterThan(dropped, Self.texts.count / 4)
        XCTAssertLessThan(dropped, Self.texts.count * 3 / 4)
    }

    func testGatesKeepBackNoUnitTheirRulesMatch() {
        var openingShut = 0, phraseShut = 0, openingMatched = 0, phraseMatched = 0
        for text in Self.texts {
            for u in [Boilerplate.Lowered(text), Boilerplate.Lowered.of(unit: text)] {
                let opening = Boilerplate.openingRules.contains { $0.matches(u) }, phrase = Boilerplate.phraseRules.contains { $0(u) }
                if opening { openingMatched += 1 }
                if phrase { phraseMatched += 1 }
                if !Boilerplate.mayOpenARule(u.s) {
                    openingShut += 1
                    XCTAssertFalse(opening, "opening: \(u.s.debugDescription)")
                }
                if !Boilerplate.phraseGate.containedIn(u.s) {
                    phraseShut += 1
                    XCTAssertFalse(phrase, "phrase: \(u.s.debugDescription)")
                }
            }
        }
        XCTAssertGreaterThan(openingMatched, 300)
        XCTAssertGreaterThan(phraseMatched, 100)
        XCTAssertGreaterThan(openingShut, Self.texts.count / 4)
        XCTAssertGreaterThan(phraseShut, Self.texts.count / 4)
    }

    /// `openingPairs` leaves out the phrases opening with a byte beyond ASCII: none opens with a
    /// character canonically equal to a single ASCII one, the first character of a unit opening with two ASCII bytes.
    func testNoOpeningPhraseOpensWithAnASCIICharacterWrittenOtherwise() {
        let phrases = Boilerplate.openingIndexes.flatMap(\.all).filter { ($0.utf8.first ?? 0) >= 0x80 }
        XCTAssertFalse(phrases.isEmpty)
        for phrase in phrases {
            let first = Array(String(phrase.first!).decomposedStringWithCanonicalMapping.unicodeScalars)
            XCTAssertFalse(first.count == 1 && first[0].isASCII, phrase)
        }
    }

    /// The navigation rule hashes only units short enough to equal a navigation word.
    func testNavigationWordLengthBound() {
        for word in Boilerplate.navigationWords {
            XCTAssertEqual(word.decomposedStringWithCanonicalMapping.unicodeScalars.count, word.unicodeScalars.count, word)
        }
        var texts = Self.texts
        for word in Boilerplate.navigationWords {
            texts += [word, word.uppercased(), word + " ", word + "x", word.replacingOccurrences(of: "k", with: "\u{212A}"),
                      word.replacingOccurrences(of: "e", with: "e\u{301}"), String(repeating: "\u{212A}", count: word.unicodeScalars.count)]
        }
        texts += (14...70).flatMap { [String(repeating: "a", count: $0), String(repeating: "\u{212A}", count: $0 / 3)] }
        var hashed = 0
        for text in texts {
            if Boilerplate.mayEqualANavigationWord(text) {
                hashed += 1
            } else {
                XCTAssertFalse(Boilerplate.navigationWords.contains(text), text.debugDescription)
            }
        }
        XCTAssertLessThan(hashed, texts.count * 3 / 4)
    }

    /// The byline rule reads "By " from the bytes where they decide it.
    func testBylinePrefixIsHasPrefix() {
        for text in Self.texts + ["By", "By ", "By \u{301}x", "B\u{301}y x", "By\r\nx", "By\u{A0}x"] {
            XCTAssertEqual(Boilerplate.hasPrefix(text, "By "), text.hasPrefix("By "), text.debugDescription)
        }
    }
}
