@testable import DossierAnalysis
import DossierModel
import Foundation
import XCTest

/// The byte-level fast paths must answer exactly as the character and Foundation code they replace.
final class AnalysisFastPathTests: XCTestCase {
    static let samples = [
        "", "The U.S. envoy arrived on Nov. 3 with Mr. J. Smith. Growth was 3.5 percent, or 1,000 tonnes.",
        "China's O'Neill said: \"We are ready\" -- and 'left' (again) at 10:42 a.m. on e.g. Monday.",
        "Caret^word and grave`word, x.y.z. A. B.C. end.", "SCO and BRICS, U.S. and UK-based X1 A1B2 aB Ab AB.", "“We are ready,” he said — and left.",
        "cafe\u{301} x", "line\r\nbreak", "Reklam yükleniyor", "\u{212A}elvin", "comments” here", "© 2025", "a  b   c ",
        "Subscribe: http://www.example.com @handle", "x \u{301}y", "👍🏽 up", "São Paulo’s mayor", "1\u{20E3} keycap", "²nd", "٣ arabic",
        "see www.example.com", "http", "Read More here", "newsletter\u{301}", "cookie”",
    ]

    /// The unit tokenizer's tables, built from scalar properties, say of every plain scalar (every
    /// scalar a unit can be) what its `Character` says, and nothing of the others.
    func testScalarClassesAreTheCharacterProperties() {
        let cls = Tokenizer.plain
        typealias C = Tokenizer.ScalarClass
        func has(_ v: Int, _ bit: UInt8) -> Bool { cls.bits[v] & bit != 0 }
        var plain = 0
        for v in 0..<C.count {
            guard Tokenizer.isPlain(UInt32(v)) else {
                XCTAssertEqual(cls.bits[v], 0, String(v, radix: 16))
                continue
            }
            plain += 1
            let c = Unicode.Scalar(UInt32(v)).map(Character.init)
            let name = String(v, radix: 16)
            XCTAssertEqual(has(v, C.whitespace), c?.isWhitespace ?? false, name)
            XCTAssertEqual(has(v, C.letter), c?.isLetter ?? false, name)
            XCTAssertEqual(has(v, C.number), c?.isNumber ?? false, name)
            XCTAssertEqual(has(v, C.uppercase), c?.isUppercase ?? false, name)
            XCTAssertEqual(has(v, C.diacritic), c?.unicodeScalars.allSatisfy { $0.properties.isDiacritic } ?? false, name)
        }
        XCTAssertEqual(cls.bits.count, C.count)
        XCTAssertEqual(plain, 0x300 + (0x483 - 0x400) + (0x530 - 0x48A) + (0x2028 - 0x2010) + (0x205F - 0x2030))
        XCTAssertTrue(has(0x41, C.uppercase) && !has(0x61, C.uppercase) && has(0x416, C.letter) && has(0x39, C.number)
                      && has(0xA0, C.whitespace))
    }

    func testPlainASCIIIsEveryByteASCIIAndNoCR() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["a", "B", " ", "\n", "\r", "\r\n", "é", "\u{7F}", "\u{0}", "—", "7"]
        var texts = Self.samples
        for _ in 0..<3000 {
            let count = Int.random(in: 0...40, using: &generator)
            let ascii = (0..<count).map { _ in ["a", "B", " ", "\n", "7", "."].randomElement(using: &generator)! }
            texts.append(ascii.joined())
            var mixed = ascii
            if !mixed.isEmpty { mixed[Int.random(in: 0..<mixed.count, using: &generator)] = pieces.randomElement(using: &generator)! }
            texts.append(mixed.joined())
        }
        for text in texts {
            XCTAssertEqual(Tokenizer.isPlainASCII(text), text.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D }, text.debugDescription)
        }
    }

    func testASCIITokensMatchCharacterTokens() {
        for s in Self.samples where Tokenizer.isPlainASCII(s) {
            let fast = Tokenizer.asciiTokens(s)
            assertSameTokens(fast, Tokenizer.tokens(Array(s)), in: s)
            for a in fast {
                let letters = a.text.filter { $0.isLetter }
                XCTAssertEqual(a.isCapitalized, a.text.first.map { $0.isUppercase } ?? false, a.text)
                XCTAssertEqual(a.isAcronym, letters.count >= 2 && letters.allSatisfy { $0.isUppercase }, a.text)
                XCTAssertEqual(a.hasNumber, a.text.contains { $0.isNumber }, a.text)
            }
            let t = TokenizedText(s)
            XCTAssertTrue(t.ascii)
            XCTAssertEqual(t.count, s.count)
            if !t.tokens.isEmpty { XCTAssertEqual(t.text(from: 0, through: t.tokens.count - 1), String(Array(s)[t.tokens[0].start..<t.tokens.last!.end])) }
        }
        XCTAssertFalse(Tokenizer.isPlainASCII("line\r\nbreak"))
    }

    func testScalarTokensMatchCharacterTokens() {
        let extra = ["“We are ready,” said Łukasz Wójcik — the envoy’s aide — on 3.5 % growth… «Très bien».",
                     "Ünal‘s ‘quote’ „low“ ½ ² x\u{A0}y soft\u{AD}hyphen É. Müller, S.A. São Paulo’s mayor.",
                     "İstanbul İ. ß ẞ ǅ DŽ dž Ω µ ª º", "tab\tand\u{85}next", "a–b c—d e′f",
                     "Путин заявил: «Мы готовы к переговорам», — сказал В. В. Путин в Москве 3,5 раза. США, РФ и ЕС.",
                     "Ёлка ёж Ї ґ Ԧ", "Москва\u{483} титло", "U.İ. İ. Dž. ¿Qué? «x» ‹y› ·z· ¶ § ° ± × ÷ ‐ ‑ ‒ ― ‖ ‗ † • ‰ ′ ‹ › ‼ ⁄ ⁊",
                     "ŉ ŀ ĳ ǰ ſ ſt. Ǆ. Ǳ ΐ", "1.000,5 ‘a’b 'c'd ’’ ''"]
        for v in 0..<0x2060 {
            guard let u = Unicode.Scalar(UInt32(v)) else { continue }
            XCTAssertEqual(Tokenizer.isQuoteScalar(v), Tokenizer.isQuoteChar(Character(u)), "U+\(String(v, radix: 16))")
        }
        var plain = 0
        for s in Self.samples + extra {
            guard let scalars = Tokenizer.plainScalars(s) else { continue }
            plain += 1
            let fast = Tokenizer.scalarTokens(scalars), slow = Tokenizer.tokens(Array(s))
            XCTAssertEqual(fast.count, slow.count, s)
            for (a, b) in zip(fast, slow) {
                XCTAssertEqual(a.kind, b.kind, s)
                XCTAssertEqual([a.start, a.end], [b.start, b.end], s)
                XCTAssertEqual([a.text, a.key], [b.text, b.key], s)
                XCTAssertEqual([a.spaceBefore, a.isCapitalized, a.isAcronym, a.hasNumber],
                               [b.spaceBefore, b.isCapitalized, b.isAcronym, b.hasNumber], "\(s): \(a.text)")
                XCTAssertEqual(a.lex, b.lex, "\(s): \(a.text)")
                XCTAssertEqual(a.keyHash, b.keyHash, "\(s): \(a.text)")
            }
            let t = TokenizedText(s)
            XCTAssertEqual(t.count, s.count)
            if !t.tokens.isEmpty {
                XCTAssertEqual(t.text(from: 0, through: t.tokens.count - 1),
                               String(Array(s)[t.tokens[0].start..<t.tokens.last!.end]), s)
            }
        }
        XCTAssertGreaterThan(plain, 5)
        XCTAssertNil(Tokenizer.plainScalars("cafe\u{301}"))
        XCTAssertNil(Tokenizer.plainScalars("line\r\nbreak"))
    }

    /// Space-separated words counted eight ASCII bytes at a time are the split's, on random text
    /// of runs of spaces and of other bytes across word boundaries, and of characters that are
    /// not ASCII (plain or not).
    func testSpaceCountsOfRandomTextAreTheSplits() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["a", "b", " ", "  ", "\t", "x y", "é", "—", "“", "e\u{301}", "\r\n", "Ж", ".", "12345678", "        "]
        for _ in 0..<5000 {
            let text = (0..<Int.random(in: 0...30, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            XCTAssertEqual(Fast.spaceSeparatedCount(text), text.split(separator: " ").count, text.debugDescription)
        }
        for k in 0...17 {
            let ascii = String(repeating: "a", count: k)
            for text in [ascii, " " + ascii, ascii + " ", ascii + " b", String(repeating: "a ", count: k), String(repeating: " ", count: k)] {
                XCTAssertEqual(Fast.spaceSeparatedCount(text), text.split(separator: " ").count, text.debugDescription)
            }
        }
    }

    func testLowercaseStartIsTheFirstCharacters() {
        for text in ["", "a", "z", "A", "1", ".", "\r\n", "\r", "a\u{301}", "a\u{301}b", "ab", "\u{301}", "ß", "ǅ", "é", "éa",
                     "\u{1D41A}", "a\u{200D}", "{", "`", "@", "[", "ÿ", "ǈx", "ɐ", "Ω", "ω"] {
            XCTAssertEqual(Fast.startsLowercase(text), text.first?.isLowercase == true, text.debugDescription)
        }
        for v in 0..<0x80 {
            // U+0345 uppercases to Ι: after a digit or a mark it makes a lowercase character of two scalars.
            for next in ["", "a", "\u{301}", "\u{200D}", "é", "\u{345}"] {
                let text = String(UnicodeScalar(UInt8(v))) + next
                XCTAssertEqual(Fast.startsLowercase(text), text.first?.isLowercase == true, text.debugDescription)
            }
        }
    }

    func testMentionsByTextAreTheirGrouping() {
        var generator = SystemRandomNumberGenerator()
        for round in 0..<300 {
            let count = Int.random(in: 0...40, using: &generator)
            var paragraphs = (0..<count).map { _ in Int.random(in: 0...6, using: &generator) }
            if round % 2 == 0 { paragraphs.sort() } // as the analyzer has them: text by text
            let mentions = paragraphs.enumerated().map { k, p in
                ResolvedMention(raw: RawMention(reference: .pronoun(isObject: false), paragraph: p, first: k, end: k + 1, titleWords: [],
                                                isSubject: false, isParticipant: false, isQuoted: false, isBackground: false),
                                entity: k)
            }
            XCTAssertEqual(Analyzer.byText(mentions).mapValues { $0.map(\.raw.first) },
                           Dictionary(grouping: mentions, by: { $0.raw.paragraph }).mapValues { $0.map(\.raw.first) }, "\(paragraphs)")
        }
    }

    func testSpaceCountsAndMarkerSearchMatchSlowVersions() {
        for s in Self.samples {
            XCTAssertEqual(Fast.spaceSeparatedCount(s), s.split(separator: " ").count, s.debugDescription)
            let markers = SummaryPicker.boilerplateMarkers + ["cafe", "kelvin", "Kelvin", "comments", "here", "up", "©"]
            for marker in markers {
                XCTAssertEqual(Fast.Needles([marker]).containedIn(s), s.contains(marker), "\(s.debugDescription) ∋ \(marker)")
            }
            XCTAssertEqual(Fast.Needles(markers).containedIn(s), markers.contains { s.contains($0) }, s.debugDescription)
            XCTAssertEqual(Fast.startsWithNumber(s), s.first?.isNumber == true, s.debugDescription)
            for text in [s] + TokenizedText(s).tokens.map(\.text) {
                XCTAssertEqual(Fast.startsLowercase(text), text.first?.isLowercase == true, text.debugDescription)
            }
            XCTAssertEqual(SummaryPicker.markerSearch.containedIn(s),
                           SummaryPicker.boilerplateMarkers.contains { s.contains($0) }, s.debugDescription)
            for text in [s, s.uppercased(), "SUBSCRIBE " + s, s + " Read More", "İ " + s + " HTTP", "\u{212A}" + s + " ©"] {
                let lower = text.lowercased()
                XCTAssertEqual(SummaryPicker.isBoilerplate(text), SummaryPicker.boilerplateMarkers.contains { lower.contains($0) },
                               text.debugDescription)
            }
        }
    }

    func testIsPunctComparesFirstCharacters() {
        let marks: [Character] = [".", ",", "(", ")", "-", "/", ";", "`", "“", "’", "\r\n", "K", "\u{37E}", ".\u{301}"]
        for s in Self.samples + ["a\u{37E} b\u{1FEF} c.\u{301} d;e", "x \r\n y (z) -- “q”", "\u{212A} ;\u{301}"] {
            for t in TokenizedText(s).tokens {
                for c in marks {
                    XCTAssertEqual(t.isPunct(c), t.kind == .punct && t.text.first == c, "\(t.text.debugDescription) \(c.debugDescription)")
                }
            }
        }
    }

    func testLexiconFlagsMatchTheSets() {
        let keys = Lexicon.titleModifiers.union(Lexicon.demonyms).union(Lexicon.places).union(Lexicon.titleHeads)
            .union(Lexicon.notNameWords).union(Lexicon.organisationHeads).union(SummaryPicker.functionWords)
            .union(SummaryPicker.decisionWords).union(EventDate.futureWords).union(ClauseRole.pastWords).union(Lexicon.actionVerbs)
            .union(Lexicon.auxiliaries).union(Lexicon.meetingCues).union(Lexicon.personPronouns).union(Lexicon.speechVerbs)
            .union(ClauseRole.prepositions).union(Lexicon.monthKeys).union(ClauseRole.negators).union(ClauseRole.reactions)
            .union(MentionScanner.sayingVerbs).union(MentionScanner.organisationLinks).union(ClauseRole.clauseEnds)
            .union(ClauseRole.clauseOpeners).union(ClauseRole.periods).union(PublicationDate.stampWords).union(SentenceSplitter.ends)
            .union(Lexicon.Word.allCases.map(\.key))
            .union(["said", "li", "the", "beijing", "zzz", "signed", "agreed", "will", "ago", "ma\u{212A}", "no\u{301}", "nov.", "Nov",
                    "The", "thE", "th", "thee", "tHe", "ofs", "o", "in.", "\u{37E}", ";", "x\u{37E}", "`", "\u{1FEF}", "n't", "ca\u{301}n't", "…", ".\u{301}", "!!"])
        for key in keys {
            let f = Lexicon.flags(of: key)
            XCTAssertEqual(f & Lexicon.isTitleModifier != 0, Lexicon.titleModifiers.contains(key), key)
            XCTAssertEqual(f & Lexicon.isDemonym != 0, Lexicon.demonyms.contains(key), key)
            XCTAssertEqual(f & Lexicon.isPlace != 0, Lexicon.places.contains(key), key)
            XCTAssertEqual(f & Lexicon.isTitleHead != 0, Lexicon.titleHeads.contains(key), key)
            XCTAssertEqual(f & Lexicon.isNotNameWord != 0, Lexicon.notNameWords.contains(key), key)
            XCTAssertEqual(f & Lexicon.isOrganisationHead != 0, Lexicon.organisationHeads.contains(key), key)
            XCTAssertEqual(f & Lexicon.isFunctionWord != 0, SummaryPicker.functionWords.contains(key), key)
            XCTAssertEqual(f & Lexicon.isDecisionWord != 0, SummaryPicker.decisionWords.contains(key), key)
            XCTAssertEqual(f & Lexicon.isFutureWord != 0, EventDate.futureWords.contains(key), key)
            XCTAssertEqual(f & Lexicon.isPastWord != 0, ClauseRole.pastWords.contains(key), key)
            XCTAssertEqual(f & Lexicon.isActionVerb != 0, Lexicon.actionVerbs.contains(key), key)
            XCTAssertEqual(f & Lexicon.isAuxiliary != 0, Lexicon.auxiliaries.contains(key), key)
            XCTAssertEqual(f & Lexicon.isMeetingCue != 0, Lexicon.meetingCues.contains(key), key)
            XCTAssertEqual(f & Lexicon.isPersonPronoun != 0, Lexicon.personPronouns.contains(key), key)
            XCTAssertEqual(f & Lexicon.isSpeechVerb != 0, Lexicon.speechVerbs.contains(key), key)
            XCTAssertEqual(f & Lexicon.isPreposition != 0, ClauseRole.prepositions.contains(key), key)
            XCTAssertEqual(f & Lexicon.isMonthKey != 0, Lexicon.monthKeys.contains(key), key)
            XCTAssertEqual(f & Lexicon.isNegator != 0, ClauseRole.negators.contains(key), key)
            XCTAssertEqual(f & Lexicon.isReaction != 0, ClauseRole.reactions.contains(key), key)
            XCTAssertEqual(f & Lexicon.isSayingVerb != 0, MentionScanner.sayingVerbs.contains(key), key)
            XCTAssertEqual(f & Lexicon.isOrganisationLink != 0, MentionScanner.organisationLinks.contains(key), key)
            XCTAssertEqual(f & Lexicon.isClauseEnd != 0, ClauseRole.clauseEnds.contains(key), key)
            XCTAssertEqual(f & Lexicon.isClauseOpener != 0, ClauseRole.clauseOpeners.contains(key), key)
            XCTAssertEqual(f & Lexicon.isPeriod != 0, ClauseRole.periods.contains(key), key)
            XCTAssertEqual(f & Lexicon.isStampWord != 0, PublicationDate.stampWords.contains(key), key)
            XCTAssertEqual(f & Lexicon.isSentenceEnd != 0, SentenceSplitter.ends.contains(key), key)
            XCTAssertEqual(PublicationDate.month(of: TokenizedText(key).tokens.first ?? TokenizedText("x").tokens[0]),
                           TokenizedText(key).tokens.first.flatMap { PublicationDate.month($0.key) }, key)
            XCTAssertEqual(ClauseRole.endsNegated(key), key.hasSuffix("n't"), key)
            for word in Lexicon.Word.allCases {
                XCTAssertEqual(f >> Lexicon.wordShift == word.rawValue, key == word.key, "\(key) \(word)")
            }
            for t in TokenizedText(key).tokens {
                for word in Lexicon.Word.allCases { XCTAssertEqual(t.keyIs(word), t.key == word.key, "\(key) \(word)") }
            }
        }
        XCTAssertEqual(Set(Lexicon.Word.allCases.map(\.key)).count, Lexicon.Word.allCases.count)
        XCTAssertLessThan(Lexicon.isSentenceEnd, 1 << Lexicon.wordShift)
    }

    /// A sentence's topic hits, read from its paragraph's tokens by word index and from its keyword
    /// starts, are those of its word tokens alone.
    func testTopicHitsOfASliceAreThoseOfItsWords() {
        let matcher = TopicMatcher(topics: DossierConfig.defaultTopics)
        let texts = Self.samples + [
            "Energy and trade: the gas pipeline and oil pipelines, visa-free travel, SCO summit, sco summit, BRICS summits.",
            "The pipeline. Pipelines to China were agreed; trade and investment talks on visa free travel and energy security.",
            "Shanghai – Cooperation (Organization) summit on artificial-intelligence and people-to-people ties.",
        ]
        for s in texts {
            let tokens = TokenizedText(s).tokens
            let words = tokens.indices.filter { tokens[$0].kind == .word }
            let starts = matcher.starts(of: tokens, words: words)
            for lower in 0...words.count {
                for upper in lower...words.count {
                    XCTAssertEqual(matcher.hits(in: tokens, words: words[lower..<upper], starts: starts[lower..<upper]),
                                   matcher.hits(in: words[lower..<upper].map { tokens[$0] }), "\(s) \(lower)..<\(upper)")
                }
            }
        }
    }

    /// A sentence's entities, each once in ascending order, are those of the set they stand in for.
    func testDistinctEntitiesAreTheSet() {
        var generator = SystemRandomNumberGenerator()
        for n in 0..<2000 {
            let ids = (0..<(n % 9)).map { _ in Int.random(in: 0..<(1 + n % 6), using: &generator) }
            XCTAssertEqual(SummaryPicker.distinctAscending(ids), Set(ids).sorted(), "\(ids)")
        }
    }

    func testASCIIKeyIsTheKey() {
        for word in ["China's", "CHINA'S", "U.S.", "u.s", "IT'S.", "'s", "'S", "s", ".", "", "Nov.", "x.", "O'Neill", "abc's'",
                     "A", "Z1", "1,000", "3.5", "ABC'S.", "said", "u.s", "o'neill", "x1", "it's", "z", "ab.", "aB"] {
            for smallStrings in [false, true] {
                let (key, hash) = Array(word.utf8).withUnsafeBufferPointer { Tokenizer.asciiKey(of: $0, word: word, smallStrings: smallStrings) }
                XCTAssertEqual(key, Tokenizer.key(of: word), word)
                XCTAssertEqual(hash, KeyHash.ascii(key), word)
            }
        }
    }

    func testKeyFilterKeepsEveryKey() {
        let keys = Array(Lexicon.memberships.keys) + ["", "a", String(repeating: "x", count: 70), "é", "путин"]
        let filter = KeyFilter(keys)
        for key in keys { XCTAssertTrue(filter.mayContain(key), key) }
        for key in EventDate.weekdayKeys { XCTAssertTrue(EventDate.weekdayFilter.mayContain(key), key) }
        XCTAssertFalse(KeyFilter(["abc"]).mayContain(""))
        XCTAssertFalse(KeyFilter(["abc"]).mayContain("abcd"))
        XCTAssertFalse(KeyFilter(["abc"]).mayContain("xbc"))
        XCTAssertTrue(KeyFilter([String(repeating: "x", count: 64)]).mayContain(String(repeating: "x", count: 90)))
    }

    func testKeyTableAnswersAsItsDictionary() {
        let stored = Array(Lexicon.memberships.keys) + ["t\u{fc}rkiye", "caf\u{e9}", "\u{212A}m", "x\u{37E}", "путин", ""]
        let dictionary = Dictionary(stored.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let table = KeyTable(dictionary)
        let asked = stored + ["Km", "x;", "cafe\u{301}", "turkiye", "tu\u{308}rkiye", "unknown", "a", String(repeating: "x", count: 70)]
        for key in asked { XCTAssertEqual(table[key], dictionary[key], key.debugDescription) }
        XCTAssertEqual(table["Km"], dictionary["\u{212A}m"])
        // Misses, most of them ruled out by the table's filter, answer nil as the dictionary does.
        for n in 0..<5000 {
            let key = "w\(n)"
            XCTAssertEqual(table[key], dictionary[key], key)
        }
    }

    /// `isSingleWordOrganisation` in a token's lexicon bits is membership of its key in the set.
    func testSingleWordOrganisationBitIsTheSet() {
        for key in Lexicon.singleWordOrganisations.union(["kremlins", "nat", "Kremlin", "the", "x"]) {
            for token in TokenizedText(key).tokens where token.kind == .word {
                XCTAssertEqual(token.lex & Lexicon.isSingleWordOrganisation != 0, Lexicon.singleWordOrganisations.contains(token.key), key)
            }
        }
    }

    func testEndsWithDotIsHasSuffix() {
        for s in Self.samples + ["S.", "U.S.", ".", "x.\u{301}", "\u{600}.", "a\u{600}.", "Nov.", "Ж."] {
            XCTAssertEqual(MentionScanner.endsWithDot(s), s.hasSuffix("."), s.debugDescription)
        }
    }

    func testEndsPossessiveIsHasSuffix() {
        let ends = ["'s", "’s", "s", "'", "’", "'S", "‘s", "'s\u{301}", "'\u{301}s", "’\u{301}s", "\u{600}s", "\u{600}'s", "'\u{600}s",
                    "\u{2019}s", "x", "", "\r\ns", "'\r\ns", "ʼs", "＇s", "\u{99}s"]
        var texts = Self.samples
        for stem in ["", "China", "Ж", "é", "s", "'", "’", "U.S."] {
            for end in ends { texts.append(stem + end) }
        }
        for s in texts {
            XCTAssertEqual(MentionScanner.endsPossessive(s), s.hasSuffix("'s") || s.hasSuffix("’s"), s.debugDescription)
            XCTAssertEqual(MentionScanner.stripPossessive(s),
                           s.hasSuffix("'s") || s.hasSuffix("’s") ? String(s.dropLast(2)) : s, s.debugDescription)
        }
    }

    /// The office and organisation words the mention scanner reads from a token's lexicon bits are
    /// those of the sets.
    func testOfficeBitsAreTheSets() {
        let keys = Lexicon.titleHeads.union(Lexicon.titleModifiers).union(Lexicon.demonyms).union(Lexicon.organisationHeads)
            .union(Lexicon.places).union(["the", "said", "li", "premier", "x", "chinese", "ministry", "kremlin"])
        for key in keys {
            for token in TokenizedText(key).tokens where token.kind == .word {
                XCTAssertEqual(token.lex & Lexicon.officeWords != 0, Lexicon.isOfficeWord(token.key), key)
                XCTAssertEqual(token.lex & Lexicon.isOrganisationHead != 0, Lexicon.organisationHeads.contains(token.key), key)
            }
        }
    }

    func testFoldCacheGivesTheUncachedFold() {
        for word in ["Erdoğan", "Путин", "Łukasz", "Straße", "Москва", "Erdoğan", "Путин", "北京", "ｗｉｄｅ"] {
            XCTAssertEqual(Tokenizer.fold(word), Tokenizer.foldUncached(word), word)
            XCTAssertEqual(Tokenizer.fold(word), Tokenizer.foldUncached(word), word)
        }
        let cache = FoldCache()
        var calls = 0
        for _ in 0..<3 { XCTAssertEqual(cache.value(for: "x") { calls += 1; return $0 + "!" }, "x!") }
        XCTAssertEqual(calls, 1)
    }
}

/// The summary picker's byte and sorted-array versions must answer as the scalar and `Set` code they replace.
final class SummaryPickerFastPathTests: XCTestCase {
    static func scalarCutsQuote(_ text: String) -> Bool {
        var open = 0, close = 0, straight = 0, guillemets = 0
        for u in text.unicodeScalars {
            switch u {
            case "\u{201C}", "\u{201E}": open += 1
            case "\u{201D}": close += 1
            case "\"": straight += 1
            case "«": guillemets += 1
            case "»": guillemets -= 1
            default: break
            }
        }
        return open != close || straight % 2 == 1 || guillemets != 0
    }

    func testCutsQuoteCountsTheScalars() {
        let marks = ["\u{201C}", "\u{201D}", "\u{201E}", "\"", "«", "»", "\u{201F}", "\u{2019}", "\u{AA}", "\u{BC}", "x", "é"]
        var texts = AnalysisFastPathTests.samples
        for a in marks {
            for b in marks {
                texts += [a + "word" + b, a + b, "say " + a + b + a, a, b + " end"]
            }
        }
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3000 {
            let count = Int.random(in: 0...30, using: &generator)
            texts.append((0..<count).map { _ in (marks + ["abcdefgh", " ", "!", "#", "\u{A2}"]).randomElement(using: &generator)! }.joined())
        }
        for text in texts {
            XCTAssertEqual(SummaryPicker.cutsQuote(text), Self.scalarCutsQuote(text), text.debugDescription)
        }
    }

    func testSortedOverlapIsTheSetOverlap() {
        let words = ["the", "deal", "signed", "cafe\u{301}", "café", "Kelvin", "\u{212A}elvin", "talks", "b", "a", "", "ü", "u\u{308}"]
        var lists: [[String]] = [[]]
        for (i, w) in words.enumerated() {
            lists.append(Array(words[..<i]) + [w, w])
            lists.append(Array(words[i...]).reversed())
            lists.append(words.enumerated().filter { ($0.offset * 7 + i) % 3 == 0 }.map(\.element))
        }
        // One table for all the lists, as for the sentences of one article; made small, so that it grows.
        var table = KeyNumbers(capacity: 1)
        let numbers = lists.map { $0.map { table.number(of: $0, asciiHash: KeyHash.ascii($0)) } }
        for (x, xNumbers) in zip(lists, numbers) {
            XCTAssertEqual(SummaryPicker.distinctAscending(xNumbers).count, Set(x).count, "\(x)")
            for (y, yNumbers) in zip(lists, numbers) {
                XCTAssertEqual(SummaryPicker.sortedOverlap(SummaryPicker.distinctAscending(xNumbers), SummaryPicker.distinctAscending(yNumbers)),
                               SummaryPicker.contentOverlap(Set(x), Set(y)), "\(x) \(y)")
            }
        }
    }

    /// Keys get equal numbers exactly when they are equal strings, however many there are.
    func testKeyNumbersAreEqualForEqualKeys() {
        let special = ["Kelvin", "\u{212A}elvin", "café", "cafe\u{301}", "ü", "u\u{308}", "путин", "", "a", String(repeating: "x", count: 40)]
        let keys = special + (0..<3000).map { "w\($0 % 1700)" } + special.reversed()
        var table = KeyNumbers(capacity: 4)
        let numbers = keys.map { table.number(of: $0, asciiHash: KeyHash.ascii($0)) }
        var first: [String: Int32] = [:]
        var seen: [Int32: String] = [:]
        for (key, number) in zip(keys, numbers) {
            if let known = first[key] { XCTAssertEqual(number, known, key.debugDescription) } else { first[key] = number }
            if let other = seen[number] { XCTAssertEqual(other, key, "\(number)") } else { seen[number] = key }
        }
        XCTAssertEqual(Set(numbers).count, Set(keys).count)
    }
}

/// `TitleMaker.quotationMarks` counts bytes where every scalar is a character of its own; it must
/// count the characters that are quotation marks.
final class TitleQuotationMarkTests: XCTestCase {
    func testCountsTheMarkCharacters() {
        var texts = AnalysisFastPathTests.samples
        for mark in ["\"", "“", "”", "„", "«", "'"] {
            for neighbour in ["", "x", "\u{301}", "\u{600}", "é", "—", "\r\n", "👍🏽", "\u{200D}"] {
                texts += [mark + neighbour, neighbour + mark, "He said " + mark + neighbour + "yes" + mark + " today"]
            }
        }
        var found = 0
        for text in texts {
            let characters = text.filter { $0 == "\"" || $0 == "“" || $0 == "”" }.count
            XCTAssertEqual(TitleMaker.quotationMarks(text), characters, text.debugDescription)
            found += characters
        }
        XCTAssertGreaterThan(found, 40)
    }
}

/// Asserts that the byte path's tokens of `s` (`fast`) are the character path's (`slow`), field
/// by field: kind, range, text and key (and their bytes), key hash, flags and lexicon bits.
func assertSameTokens(_ fast: [Token], _ slow: [Token], in s: String, file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertEqual(fast.count, slow.count, s, file: file, line: line)
    for (a, b) in zip(fast, slow) {
        let what = "\(s): \(a.text)"
        XCTAssertEqual(a.kind, b.kind, what, file: file, line: line)
        XCTAssertEqual([a.start, a.end], [b.start, b.end], what, file: file, line: line)
        XCTAssertEqual([a.text, a.key], [b.text, b.key], what, file: file, line: line)
        XCTAssertEqual(Array(a.text.utf8), Array(b.text.utf8), what, file: file, line: line)
        XCTAssertEqual(Array(a.key.utf8), Array(b.key.utf8), what, file: file, line: line)
        XCTAssertEqual(a.keyHash, b.keyHash, what, file: file, line: line)
        XCTAssertEqual([a.spaceBefore, a.isCapitalized, a.isAcronym, a.hasNumber],
                       [b.spaceBefore, b.isCapitalized, b.isAcronym, b.hasNumber], what, file: file, line: line)
        XCTAssertEqual(a.lex, b.lex, what, file: file, line: line)
    }
}
