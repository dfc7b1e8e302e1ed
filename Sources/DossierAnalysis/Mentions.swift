/// A reference to a person or organisation found while scanning a paragraph, before it is tied
/// to an entity.
struct RawMention: Sendable {
    enum Reference: Sendable, Equatable {
        /// A full name of two or more words ("Li Qiang", "Kassym-Jomart Tokayev").
        case name(keys: [String], text: String)
        /// An alias of a known person ("Putin", "Kremlin leader").
        case known(entry: Int)
        /// Two or more name words with nothing around them that shows a person ("…, Zhai Jun, in
        /// Riyadh"); a person only if a surname mention elsewhere confirms it ("Zhai conveyed…").
        case weakName(keys: [String], text: String)
        /// One capitalised word that may be a surname ("Li"); `titled` when an office preceded it.
        case single(key: String, text: String, titled: Bool)
        /// An office used as a reference ("the Chinese premier").
        case role(words: Set<String>)
        /// "he", "she"; or "him", "(to) her" as an object (`isObject`), which stands for the last
        /// person named rather than the last subject.
        case pronoun(isObject: Bool)
        /// A named organisation ("Russian Foreign Ministry").
        case organisation(name: String, head: String)
        /// An organisation referred to by its kind ("the ministry").
        case organisationRef(head: String)
    }

    let reference: Reference
    /// 0 for the headline, else the 1-based paragraph number.
    let paragraph: Int
    /// Token range of the mention, office words included.
    let first: Int
    let end: Int
    /// Office and nationality words written right before the name ("chinese", "premier").
    let titleWords: Set<String>
    /// Followed by a verb ("Li said", "Putin met") or preceded by a verb of saying ("said Li").
    let isSubject: Bool
    /// Just after a word of meeting ("met with …", "talks with …").
    let isParticipant: Bool
    /// Inside a direct quote.
    let isQuoted: Bool
    /// Told as history, not as part of the reported event (`ClauseRole.isBackground`).
    let isBackground: Bool

    func with(subject: Bool, participant: Bool) -> RawMention {
        RawMention(reference: reference, paragraph: paragraph, first: first, end: end, titleWords: titleWords,
                   isSubject: subject, isParticipant: participant, isQuoted: isQuoted, isBackground: isBackground)
    }
}

/// Finds references to people and organisations in one paragraph by scanning its tokens once.
enum MentionScanner {
    /// `publishedYear` dates a bare year as past ("visited in 2019"), for `ClauseRole.isBackground`.
    static func scan(_ text: TokenizedText, paragraph: Int, quoted: [Bool], gazetteer: Gazetteer,
                     publishedYear: Int? = nil) -> [RawMention] {
        let tokens = text.tokens
        var out: [RawMention] = []
        var i = 0
        func add(_ ref: RawMention.Reference, _ first: Int, _ nameStart: Int, _ end: Int, _ titleWords: Set<String> = []) {
            out.append(RawMention(reference: ref, paragraph: paragraph, first: first, end: end, titleWords: titleWords,
                                  isSubject: isSubject(tokens, first: first, nameStart: nameStart, end: end),
                                  isParticipant: isParticipant(tokens, first: first),
                                  isQuoted: first < quoted.count && quoted[first],
                                  isBackground: ClauseRole.isBackground(tokens, first: first, end: end, paragraph: paragraph,
                                                                        publishedYear: publishedYear)))
        }
        while i < tokens.count {
            guard tokens[i].kind == .word else {
                i += 1
                continue
            }
            // 1. An office followed by a name: "Chinese Premier Li Qiang", "spokesperson Mao Ning".
            if let titleEnd = titleRun(tokens, from: i) {
                let nameEnd = nameRun(tokens, from: titleEnd)
                if nameEnd > titleEnd {
                    let keys = wordKeys(tokens, titleEnd, nameEnd)
                    let written = text.text(from: titleEnd, through: nameEnd - 1)
                    let ref: RawMention.Reference = keys.count >= 2
                        ? .name(keys: keys, text: stripPossessive(written))
                        : .single(key: keys[0], text: stripPossessive(written), titled: true)
                    add(ref, i, titleEnd, nameEnd, titleWords(tokens, from: i).union(appositionTitle(tokens, after: nameEnd)))
                    i = nameEnd
                    continue
                }
            }
            // 2. A known alias: "Putin", "Kremlin leader".
            if let (alias, end) = gazetteer.match(tokens, at: i) {
                add(.known(entry: alias.entry), i, i, end)
                i = end
                continue
            }
            // 3. "the premier", "the Russian president", "the ministry".
            if tokens[i].keyIs(.the), let ref = officeReference(tokens, from: i + 1) {
                add(ref.reference, i, i, ref.end)
                i = ref.end
                continue
            }
            // 4. A named organisation: "the Russian Foreign Ministry", "the Kremlin". News outlets are
            // sources, not speakers ("according to Xinhua News"), and are left out.
            if tokens[i].isCapitalized, let orgEnd = organisationRun(tokens, from: i) {
                if Lexicon.outletFirstKeys.contains(tokens[i].key) {
                    i = orgEnd
                    continue
                }
                let name = stripPossessive(text.text(from: i, through: orgEnd - 1))
                add(.organisation(name: name, head: tokens[orgEnd - 1].key), i, i, orgEnd)
                i = orgEnd
                continue
            }
            let isObject = tokens[i].keyIs(.him) || (tokens[i].keyIs(.her) && i > 0 && tokens[i - 1].keyIs(.to))
            if tokens[i].lex & Lexicon.isPersonPronoun != 0 || isObject, !(i + 1 < tokens.count && isNameWord(tokens[i + 1])) {
                add(.pronoun(isObject: isObject), i, i, i + 1)
                i += 1
                continue
            }
            // 5. A bare name: kept when it acts, speaks or stands in apposition to an office. (A run
            // opens with a name word or an initial, both capitalised: at any other word it is empty.)
            let nameEnd = tokens[i].isCapitalized ? nameRun(tokens, from: i) : i
            if nameEnd > i {
                let keys = wordKeys(tokens, i, nameEnd)
                let written = stripPossessive(text.text(from: i, through: nameEnd - 1))
                if keys.count == 1 {
                    add(.single(key: keys[0], text: written, titled: false), i, i, nameEnd)
                } else if Lexicon.namedThings.contains(keys.joined(separator: " ")) {
                    // "Hong Kong said", "Al Jazeera reported": a place or an outlet, not a person.
                } else if isSubject(tokens, first: i, nameStart: i, end: nameEnd) || isParticipant(tokens, first: i)
                            || hasOfficeApposition(tokens, after: nameEnd) || gazetteer.entry(forName: keys) != nil {
                    add(.name(keys: keys, text: written), i, i, nameEnd, appositionTitle(tokens, after: nameEnd))
                } else {
                    add(.weakName(keys: keys, text: written), i, i, nameEnd)
                }
                i = nameEnd
                continue
            }
            i += 1
        }
        return coordinated(out, tokens)
    }

    /// "Putin and Erdoğan discussed", "talks between Sharif and Li Qiang", "signed by X and his
    /// counterpart Y": two people joined by "and" share the role the verb or meeting word gives the pair.
    static func coordinated(_ mentions: [RawMention], _ tokens: [Token]) -> [RawMention] {
        var out = mentions
        for k in out.indices.dropFirst() {
            // Skip a stray capitalised word in the gap after "and" ("and his Malawian counterpart").
            var p = k - 1
            while p > 0, case .single(_, _, false) = out[p].reference, out[p - 1].end < tokens.count,
                  tokens[out[p - 1].end].keyIs(.and) {
                p -= 1
            }
            let a = out[p], b = out[k]
            // "X and Y", "X and his Malawian counterpart Y": at most three words between, none a verb.
            guard b.first > a.end, b.first - a.end <= 4, tokens[a.end].keyIs(.and), !a.isQuoted, !b.isQuoted,
                  tokens[(a.end + 1)..<b.first].allSatisfy({ $0.kind == .word && $0.lex & Lexicon.isActionVerb == 0 })
            else { continue }
            let subject = a.isSubject || b.isSubject, participant = a.isParticipant || b.isParticipant
            out[p] = a.with(subject: subject, participant: participant)
            out[k] = b.with(subject: subject, participant: participant)
        }
        return out
    }

    // MARK: - Pieces of a mention

    static func isNameWord(_ t: Token) -> Bool {
        t.kind == .word && t.isCapitalized && !t.isAcronym && !t.hasNumber && !endsWithDot(t.text)
            && (t.lex & Lexicon.isNotNameWord == 0 || Lexicon.surnamesThatAreWords.contains(t.text))
    }

    /// `text.hasSuffix(".")`, asked of the last byte first: only text ending in a "." byte can end
    /// with a "." character.
    @inline(__always)
    static func endsWithDot(_ text: String) -> Bool { text.utf8.last == 0x2E && text.hasSuffix(".") }

    /// "S." in "S. Jaishankar", "W." in "George W. Bush": an initial, when a name word follows.
    static func isInitial(_ tokens: [Token], _ j: Int) -> Bool {
        return tokens[j].kind == .word && tokens[j].isCapitalized && endsWithDot(tokens[j].text) && tokens[j].text.count == 2
            && j + 1 < tokens.count && (isNameWord(tokens[j + 1]) || isInitial(tokens, j + 1))
    }

    /// The end of a run of up to four name words starting at `i` (hyphenated parts and lowercase
    /// particles inside it allowed), or `i` when there is none.
    static func nameRun(_ tokens: [Token], from i: Int) -> Int {
        var j = i
        var words = 0
        while j < tokens.count, words < 4 {
            if isNameWord(tokens[j]) {
                words += 1
                j += 1
                if isPossessive(tokens, j - 1) { break }
                // Kassym-Jomart
                if j + 1 < tokens.count, tokens[j].isPunct("-"), !tokens[j].spaceBefore,
                   !tokens[j + 1].spaceBefore, isNameWord(tokens[j + 1]) {
                    j += 1
                }
            } else if isInitial(tokens, j) {
                j += 1
            } else if words > 0, tokens[j].kind == .word, Lexicon.nameParticles.contains(tokens[j].text),
                      j + 1 < tokens.count, isNameWord(tokens[j + 1]) {
                j += 1
            } else {
                break
            }
        }
        return words == 0 ? i : j
    }

    /// The end of the office words from `i` ending with an office noun: ("Chinese", "Premier"),
    /// ("Foreign", "Ministry", "spokesperson"). Country names count as modifiers when capitalised
    /// ("China's Premier").
    static func titleRun(_ tokens: [Token], from i: Int) -> Int? { officeRun(tokens, from: i) { _ in } }

    /// The keys of the office words the run of `titleRun(tokens, from: i)` reads (not the words of
    /// an "of" phrase: "Minister of Foreign Affairs" gives "minister"). Asked only of a run a name
    /// follows: most runs precede none, and making a set for each cost more than the run.
    static func titleWords(_ tokens: [Token], from i: Int) -> Set<String> {
        var words = Set<String>()
        _ = officeRun(tokens, from: i) { words.insert(tokens[$0].key) }
        return words
    }

    /// `titleRun`, telling `officeWord` the index of each office word it reads.
    private static func officeRun(_ tokens: [Token], from i: Int, officeWord visit: (Int) -> Void) -> Int? {
        // Most runs end at their first word.
        if tokens[i].kind == .word, !officeWord(tokens[i]).isPart { return nil }
        var j = i
        var headEnd: Int?
        while j < tokens.count {
            if tokens[j].isPunct("-"), j + 1 < tokens.count, !tokens[j].spaceBefore,
               !tokens[j + 1].spaceBefore {
                j += 1
                continue
            }
            guard tokens[j].kind == .word else { break }
            // "Minister of Foreign Affairs", "President of the Republic of Kazakhstan"
            if headEnd == j, tokens[j].keyIs(.of) || tokens[j].keyIs(.for), let end = ofPhraseEnd(tokens, from: j + 1) {
                j = end
                headEnd = end
                continue
            }
            let (isPart, isHead) = officeWord(tokens[j])
            guard isPart else { break }
            visit(j)
            j += 1
            if isHead { headEnd = j }
        }
        return headEnd
    }

    /// Whether the word `t` belongs to an office's run (a modifier, a capitalised place or a head),
    /// and whether it is a head.
    @inline(__always)
    private static func officeWord(_ t: Token) -> (isPart: Bool, isHead: Bool) {
        let flags = t.lex
        let isModifier = flags & (Lexicon.isTitleModifier | Lexicon.isDemonym) != 0 || (t.isCapitalized && flags & Lexicon.isPlace != 0)
        let isHead = flags & Lexicon.isTitleHead != 0
        return (isModifier || isHead, isHead)
    }

    /// The end of the words after "of" in an office ("Foreign Affairs", "the Republic of Kazakhstan"):
    /// capitalised words that cannot be names, with "of", "the", "and" between them.
    static func ofPhraseEnd(_ tokens: [Token], from i: Int) -> Int? {
        var j = i
        var end: Int?
        while j < tokens.count, j - i < 8, tokens[j].kind == .word {
            if tokens[j].isCapitalized && !isNameWord(tokens[j]) {
                j += 1
                end = j
            } else if tokens[j].keyIs(.of) || tokens[j].keyIs(.the) || tokens[j].keyIs(.and) || tokens[j].keyIs(.for) {
                j += 1
            } else {
                break
            }
        }
        return end
    }

    /// After "the": office words ending in a role noun, not followed by a name ("the Chinese premier"),
    /// or ending in a lowercase organisation noun ("the ministry").
    static func officeReference(_ tokens: [Token], from i: Int) -> (reference: RawMention.Reference, end: Int)? {
        var j = i
        var words = Set<String>()
        while j < tokens.count, tokens[j].kind == .word, tokens[j].lex & (Lexicon.officeWords | Lexicon.isOrganisationHead) != 0 {
            words.insert(tokens[j].key)
            j += 1
        }
        guard j > i else { return nil }
        if j < tokens.count, isNameWord(tokens[j]) { return nil }
        let head = j - 1
        if Lexicon.roleNouns.contains(tokens[head].key) { return (.role(words: words), j) }
        if tokens[head].lex & Lexicon.isOrganisationHead != 0, !tokens[head].isCapitalized {
            return (.organisationRef(head: tokens[head].key), j)
        }
        return nil
    }

    /// A capitalised run ending in an organisation noun ("Russian Foreign Ministry", "Bank of China"),
    /// or a one-word organisation ("Kremlin").
    static func organisationRun(_ tokens: [Token], from i: Int) -> Int? {
        if tokens[i].lex & Lexicon.isSingleWordOrganisation != 0 { return i + 1 }
        var j = i
        var lastHead: Int?
        while j < tokens.count, j - i < 8 {
            if tokens[j].kind == .word, tokens[j].isCapitalized || tokens[j].isAcronym {
                if tokens[j].lex & Lexicon.isOrganisationHead != 0 { lastHead = j + 1 }
                j += 1
                if isPossessive(tokens, j - 1) { break }
            } else if tokens[j].kind == .word, tokens[j].lex & Lexicon.isOrganisationLink != 0, j + 1 < tokens.count,
                      tokens[j + 1].isCapitalized {
                j += 1
            } else {
                break
            }
        }
        guard var end = lastHead, !tokens[i].keyIs(.the) else { return nil }
        // "Ministry of Commerce", "Bank of China": the name goes on after "of".
        if end < j, tokens[end].keyIs(.of) || tokens[end].keyIs(.for) { end = j }
        return end
    }

    /// The lowercase words inside an organisation's name (`Lexicon.isOrganisationLink`).
    static let organisationLinks: Set<String> = ["of", "for", "and", "the", "on"]

    /// Verbs of saying that make the name after them a subject ("said Li"; `Lexicon.isSayingVerb`).
    static let sayingVerbs: Set<String> = ["said", "says", "added", "wrote", "noted", "stressed", "asked"]

    /// ", a spokeswoman for the ministry," after a name.
    static func hasOfficeApposition(_ tokens: [Token], after end: Int) -> Bool {
        guard end < tokens.count, tokens[end].isPunct(",") else { return false }
        var j = end + 1
        while j < tokens.count, j - end <= 8, !tokens[j].isPunct(",") {
            if tokens[j].lex & Lexicon.isTitleHead != 0 { return true }
            j += 1
        }
        return false
    }

    /// The office words of an apposition right after a name: "Wang Yi, the Chinese foreign minister,"
    /// gives ("chinese", "foreign", "minister"), so "the foreign minister" later finds him.
    static func appositionTitle(_ tokens: [Token], after end: Int) -> Set<String> {
        guard end + 1 < tokens.count, tokens[end].isPunct(","),
              tokens[end + 1].keyIs(.the) || tokens[end + 1].keyIs(.a) || tokens[end + 1].keyIs(.an) else { return [] }
        var j = end + 2
        var words = Set<String>()
        while j < tokens.count, tokens[j].kind == .word, tokens[j].lex & Lexicon.officeWords != 0 {
            words.insert(tokens[j].key)
            j += 1
        }
        return words.contains(where: { Lexicon.titleHeads.contains($0) }) ? words : []
    }

    /// Followed by its verb (past an apposition or a relative clause), or after a verb of saying. Not
    /// the object of a preposition ("a letter from X was handed over"), and not when the verb is a
    /// refusal to speak ("X, who attended by video link, did not comment").
    static func isSubject(_ tokens: [Token], first: Int, nameStart: Int, end: Int) -> Bool {
        if nameStart > 0, tokens[nameStart - 1].kind == .word, tokens[nameStart - 1].lex & Lexicon.isSayingVerb != 0 {
            return true
        }
        if ClauseRole.isPrepositionObject(tokens, first: first) { return false }
        var j = end
        // Skip an apposition: "Mao Ning, a spokeswoman for the ministry, said".
        if hasOfficeApposition(tokens, after: end) {
            j = end + 1
            while j < tokens.count, !tokens[j].isPunct(",") { j += 1 }
            j += 1
        }
        // A relative clause: "Takaichi, who told parliament"; the verb after it decides first
        // ("Stoltenberg, who oversees the fund, said").
        if j + 2 < tokens.count, j == end, tokens[j].isPunct(","), tokens[j + 1].keyIs(.who) {
            j += 2
            var close = j
            while close < tokens.count, close - j < 12, tokens[close].kind == .word || tokens[close].kind == .quote { close += 1 }
            if close + 1 < tokens.count, tokens[close].isPunct(",") {
                if ClauseRole.declinesToSpeak(tokens, at: close + 1) { return false }
                if tokens[close + 1].kind == .word, tokens[close + 1].lex & Lexicon.isActionVerb != 0 { return true }
            }
        }
        if ClauseRole.declinesToSpeak(tokens, at: j) { return false }
        // A name in apposition to the office before it: "The company's head of sales, Anna Berg, said".
        if j + 1 < tokens.count, j == end, tokens[j].isPunct(","), nameStart > 0, tokens[nameStart - 1].isPunct(","),
           tokens[j + 1].kind == .word, tokens[j + 1].lex & Lexicon.isActionVerb != 0 {
            return true
        }
        return j < tokens.count && tokens[j].kind == .word && tokens[j].lex & Lexicon.isActionVerb != 0
    }

    /// Within three words after a word of meeting ("met with", "talks with"), or the agent of a
    /// passive act ("signed in Abu Dhabi by", "chaired by").
    static func isParticipant(_ tokens: [Token], first: Int) -> Bool {
        if first >= 2, tokens[first - 1].keyIs(.by),
           tokens[max(0, first - 6)..<(first - 1)].contains(where: { $0.lex & Lexicon.isActionVerb != 0 && $0.lex & Lexicon.isAuxiliary == 0 }) {
            return true
        }
        // "called on Prime Minister X": a courtesy visit.
        if first >= 2, tokens[first - 1].keyIs(.on),
           tokens[first - 2].keyIs(.called) || tokens[first - 2].keyIs(.calls) || tokens[first - 2].keyIs(.call) {
            return true
        }
        var j = first - 1
        while j >= 0, first - j <= 3 {
            if tokens[j].kind == .word, tokens[j].lex & Lexicon.isMeetingCue != 0 { return true }
            j -= 1
        }
        return false
    }

    /// Token `k` ends in "'s" or "’s" (its text is read in place: passing the token would copy it).
    static func isPossessive(_ tokens: [Token], _ k: Int) -> Bool { endsPossessive(tokens[k].text) }

    static func stripPossessive(_ s: String) -> String { endsPossessive(s) ? String(s.dropLast(2)) : s }

    /// `s.hasSuffix("'s") || s.hasSuffix("’s")`, asked of the last two bytes first: only text whose
    /// last scalar is "s" and whose scalar before it is "'" (27) or "’" (E2 80 99) can end so (neither
    /// has a canonical equivalent, and a mark after either would join its character).
    static func endsPossessive(_ s: String) -> Bool {
        let utf8 = s.utf8
        guard utf8.last == 0x73, utf8.count >= 2 else { return false }
        let before = utf8[utf8.index(utf8.endIndex, offsetBy: -2)]
        guard before == 0x27 || before == 0x99 else { return false }
        return s.hasSuffix("'s") || s.hasSuffix("’s")
    }

    static func wordKeys(_ tokens: [Token], _ from: Int, _ end: Int) -> [String] {
        (from..<end).compactMap { tokens[$0].kind == .word ? tokens[$0].key : nil }
    }
}
