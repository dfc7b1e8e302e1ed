import DossierModel
import Foundation

/// Site boilerplate: lines a page adds around an article that are not part of its text.
/// Each rule looks at a whole unit; a unit any rule matches is dropped.
enum Boilerplate {
    /// Whether `text` (one unit) is boilerplate. Units of more than 40 words are only checked
    /// by the rules that can match them (`longRules`), which keeps long articles cheap. The
    /// opening and phrase rules are asked only of units their gates let through (see
    /// `BoilerplateGate.swift`): most units are prose that opens with no rule's phrase and holds none.
    static func matches(_ text: String) -> Bool {
        guard text.utf8.count <= 600 || text.count <= 600 else { return false }
        let lower = Lowered.of(unit: text)
        guard lower.words <= 40 else { return longRules.contains { $0(lower) } }
        return otherRules.contains { $0(lower) } || (mayOpenARule(lower.s) && openingRules.contains { $0.matches(lower) })
            || (phraseGate.containedIn(lower.s) && phraseRules.contains { $0(lower) }) || isByline(text)
    }

    /// A unit lowercased and whitespace-collapsed, with its word count (up to 41) taken once
    /// for all the rules.
    struct Lowered {
        let s: String
        /// The number of words, or 41 when there are more than 40.
        let words: Int

        /// `s`, already lowercased and collapsed, with its words counted.
        init(_ s: String) {
            self.init(s: s, words: Scan.words(s, cap: 41) ?? Text.characterWords(s, cap: 41))
        }

        private init(s: String, words: Int) {
            self.s = s
            self.words = words
        }

        /// The unit `text` lowercased and collapsed: in one pass when `Scan.lowercasedCollapsed` can.
        static func of(unit text: String) -> Lowered {
            if let fast = Scan.lowercasedCollapsed(text, cap: 41) { return Lowered(s: fast.text, words: fast.words) }
            return Lowered(Text.collapse(ByteScan.lowercased(text)))
        }

        func hasAtMost(words limit: Int) -> Bool { words <= limit }
        func contains(_ needle: String) -> Bool { Scan.contains(s, needle) }
        func hasPrefix(_ prefix: String) -> Bool { Boilerplate.hasPrefix(s, prefix) }
    }

    /// The rules, each on the lowercased, whitespace-collapsed unit, in three groups: those that
    /// look at how the unit opens (`mayOpenARule` says when one may match, from what each says it
    /// opens with), those that need a phrase of `phraseGate` in it, and the rest, asked of every unit.
    static let openingRules: [OpeningRule] = [
        OpeningRule(isPrompt, opensWith: .phrases(promptIndex)), OpeningRule(isReadMore, opensWith: .phrases(readMoreIndex)),
        OpeningRule(isCopyright, opensWith: .copyright), OpeningRule(isPhotoCredit, opensWith: .phrases(photoCreditIndex)),
        OpeningRule(isLinksOnly, opensWith: .links), OpeningRule(isTimestamp, opensWith: .phrases(timestampIndex)),
        OpeningRule(isTagList, opensWith: .phrases(tagListIndex)), OpeningRule(isStaffCredit, opensWith: .phrases(staffCreditIndex)),
    ]
    static let phraseRules: [@Sendable (Lowered) -> Bool] = [isCommentNote, hasNoticePhrase]
    static let otherRules: [@Sendable (Lowered) -> Bool] = [isAdvertOrLoading, hasNoLetters, isNavigation, isBreadcrumb]

    /// The rules that can match a unit of more than 40 words.
    static let longRules: [@Sendable (Lowered) -> Bool] = [isCommentNote, isLinksOnly, hasNoLetters]

    /// The words an advertising or loading placeholder is made of, in several languages.
    static let adVocabulary: Set<String> = [
        "advertisement", "advertisements", "advert", "ad", "ads", "advertising", "sponsored", "promoted", "content",
        "reklam", "yükleniyor", "werbung", "anzeige", "publicité", "publicidad", "pubblicità", "publicidade",
        "реклама", "广告", "إعلان", "loading", "загрузка", "cargando", "chargement", "caricamento", "wird",
        "geladen", "carregando", "scroll", "to", "continue", "continues", "reading", "below", "story", "article",
    ]

    /// "Advertisement", "Reklam yükleniyor...", "Loading…", "Story continues below": short units
    /// made only of advertising or loading words.
    static func isAdvertOrLoading(_ u: Lowered) -> Bool {
        let s = u.s
        if Scan.separateASCIITokens(s, cap: 6) > 5 { return false }
        // Text `Text.tokens` reads over bytes (`Scan.asciiTokens`): its tokens asked one at a time, up
        // to the first that says no.
        var count = 0
        let ascii = Scan.allParts(s, readable: Scan.isASCIIOrPunctuation, isSeparator: { Scan.keyBytes[Int($0)] == 0 }) { token in
            count += 1
            return count <= 5 && adVocabulary.contains(Scan.asciiKey(token))  // a run of letters and digits: its lowercased bytes
        }
        if let ascii { return ascii }
        let words = Text.tokens(s)
        return !words.isEmpty && words.count <= 5 && words.allSatisfy(adVocabulary.contains)
    }

    /// Beginnings of share, subscribe and follow prompts.
    static let promptStarts = [
        "share this", "share on", "share via", "share:", "subscribe", "sign up", "follow us", "follow @",
        "follow our", "join our", "join us on", "click here", "tap here", "download the", "get the latest",
        "like us on", "stay updated", "stay informed", "get our", "never miss", "don't miss", "don’t miss",
        "to read more", "for more news", "for the latest", "подписывайтесь", "подпишитесь", "abonnieren sie",
        "abonnez-vous", "suscríbete", "síguenos", "bizi takip edin", "abone ol",
    ]

    /// "Share this article", "Subscribe to our newsletter", "Follow us on Telegram" (and, by
    /// `hasNoticePhrase`, "Add Example News as a Preferred Source").
    static func isPrompt(_ u: Lowered) -> Bool {
        u.hasAtMost(words: 20) && promptIndex.anyStarts(u.s)
    }

    /// Beginnings of cross-links to other stories.
    static let readMoreStarts = [
        "read more", "read also", "also read", "read:", "see also", "related:", "related news", "related articles",
        "related stories", "related story", "more from", "more news", "more on this", "recommended",
        "you may also like", "you might also like", "must read", "top stories", "trending:", "watch:",
        "watch video", "watch |", "listen:", "listen to this", "читайте также", "читайте нас", "lesen sie auch",
        "mehr zum thema", "à lire aussi", "lire aussi", "lea también", "leer también", "ayrıca", "ilgili haber",
        "leggi anche",
    ]

    /// "Read more: …", "Also read | …", "See also …", "Related: …".
    static func isReadMore(_ u: Lowered) -> Bool {
        let s = u.s
        return u.hasAtMost(words: 30) && readMoreIndex.anyStarts(s)
    }

    /// Words of a comment policy's rules, and words naming the site's readers.
    static let policyWords = ["respectful", "moderat", "abusive", "derogatory", "discriminatory", "offensive", "rude"]
    static let readerWords = ["our site", "users", "readers", "guidelines", "please"]

    /// "Comments are closed.", "Leave a comment", "3 comments", and comment-policy notices.
    static func isCommentNote(_ u: Lowered) -> Bool {
        let s = u.s
        guard u.contains("comment") else { return false }
        let bare = s.trimmingCharacters(in: commentNoteTrim)
        if commentNotes.contains(bare) { return true }
        if commentNoteStarts.contains(where: { startsWith(s, phrase: $0) }) { return true }
        return policyWords.contains { u.contains($0) } && readerWords.contains { u.contains($0) }
    }

    /// What is trimmed from a unit before it is compared with `commentNotes`.
    static let commentNoteTrim = CharacterSet(charactersIn: ".!:()0123456789 ")
    /// Whole comment notes, numbers and punctuation aside.
    static let commentNotes = ["comment", "comments", "comments are closed", "comments have been disabled", "no comments",
                               "comments are disabled", "show comments", "view comments", "load comments", "hide comments"]
    /// Beginnings of comment prompts.
    static let commentNoteStarts = ["leave a comment", "post a comment", "add a comment", "log in to comment", "sign in to comment",
                                    "login to comment", "write a comment", "join the conversation", "comments are closed"]

    /// Phrases that make a unit boilerplate wherever they stand in it, each group with the most
    /// words such a unit may have: photo agencies ("AFP via Getty Images"), prompts ("Add Example
    /// News as a Preferred Source"), "All rights reserved.", syndication notes ("(This story has not
    /// been edited by … staff and is published from a syndicated feed.)") and notices of the page
    /// itself (cookies, JavaScript, unsupported players, legal links).
    static let noticePhrases: [(words: Int, phrases: [String])] = [
        (15, ["getty images", "shutterstock"]), (20, promptPhrases.needles), (25, ["all rights reserved"]),
        (40, syndicationPhrases.needles + siteChromePhrases.needles),
    ]

    /// Per group of `noticePhrases`, the phrases a unit of up to that many words may hold: its own
    /// and those of the groups after it.
    static let noticeTiers: [NeedleSet] = noticePhrases.indices.map { i in NeedleSet(noticePhrases[i...].flatMap(\.phrases)) }
    /// The word limit of each of `noticeTiers`.
    static let noticeTierWords: [Int] = noticePhrases.map(\.words)

    /// Whether the unit holds one of `noticePhrases` it may hold, found in one pass over it: a set
    /// of needles is found in a text exactly when one of them is (`NeedleSet.containedIn` answers
    /// as Foundation's `contains` does, needle by needle).
    static func hasNoticePhrase(_ u: Lowered) -> Bool {
        guard let k = noticeTierWords.firstIndex(where: { u.words <= $0 }) else { return false }
        // Read in place: a copy of the needle set out of the array would retain each of its buffers.
        return noticeTiers.withUnsafeBufferPointer { $0[k].containedIn(u.s) }
    }

    /// "© 2025 Example Media", "Copyright …" (and, by `hasNoticePhrase`, "All rights reserved.").
    static func isCopyright(_ u: Lowered) -> Bool {
        let s = u.s
        return u.hasAtMost(words: 25) && (opensWithCopyrightSign(s) || hasPrefix(s, "copyright") || hasPrefix(s, "(c) "))
    }

    /// `s.hasPrefix("©")`, false at once when `s` opens with an ASCII byte: a character opening with
    /// an ASCII scalar keeps it first in its canonical form, and "©" has no decomposition.
    static func opensWithCopyrightSign(_ s: String) -> Bool {
        guard let first = s.utf8.first, first >= 0x80 else { return false }
        return s.hasPrefix("©")
    }

    /// "Photo: Reuters", "(Photo credit: …)", "File photo", "Image by …" (and, by `hasNoticePhrase`,
    /// "AFP via Getty Images").
    static func isPhotoCredit(_ u: Lowered) -> Bool {
        let s = u.s
        guard u.hasAtMost(words: 15) else { return false }
        let open = hasPrefix(s, "(") ? String(s.dropFirst()) : s
        return photoCreditIndex.anyStarts(open)
    }

    /// Beginnings of photo credits.
    static let photoCreditStarts = ["photo:", "photo credit", "photo by", "photo/", "photo -", "photo |", "photos:", "image:",
                                    "image credit", "image by", "image source", "picture:", "pic:", "credit:", "file photo",
                                    "photograph:", "foto:", "фото:", "source: screenshot", "screenshot"]
    static let photoCreditIndex = PhraseIndex(photoCreditStarts)

    /// A unit made only of links: a lone URL or a list of them.
    static func isLinksOnly(_ u: Lowered) -> Bool {
        let s = u.s
        // Most units are prose: their first word already says no. Every URL opens with "h", "w", "p"
        // or "t" (in either case), and a first byte of another ASCII character is another first
        // character; a first character opening with another scalar lowercases to none of them and has
        // none of them as its canonical form (checked of every scalar by the tests).
        if let b = s.utf8.first, b != 0x20, b >= 0x80 || !urlFirstBytes.contains(b) { return false }
        if opensWithoutURLPair(s) { return false }
        if let first = s.first, first != " ", !isURL(s[..<(s.firstIndex(of: " ") ?? s.endIndex)]) { return false }
        let words = s.split(separator: " ")
        return !words.isEmpty && words.allSatisfy(isURL)
    }

    /// Whether the first word of `s` is surely no URL: its first two bytes are ASCII (the first
    /// neither space nor CR, so each opens a character of its own) and, in lower case, none of the
    /// pairs every URL beginning `isURL` knows opens with ("ht", "ww", "pi", "t.").
    static func opensWithoutURLPair(_ s: String) -> Bool {
        var copy = s
        return copy.withUTF8 { b in
            guard b.count >= 2, b[0] < 0x80, b[1] < 0x80, b[0] != 0x20, b[0] != 0x0D else { return false }
            return !urlFirstPairs.contains(UInt16(b[0] | 0x20) << 8 | UInt16(b[1] | 0x20))
        }
    }

    /// The first two bytes of the URL beginnings `isURL` knows, lowercased (as `| 0x20`).
    static let urlFirstPairs: [UInt16] = ["ht", "ww", "pi", "t."].map { pair in
        let bytes = Array(pair.utf8)
        return UInt16(bytes[0] | 0x20) << 8 | UInt16(bytes[1] | 0x20)
    }

    /// The first bytes of the URL beginnings `isURL` knows, in either case.
    static let urlFirstBytes: [UInt8] = Array("hwptHWPT".utf8)

    /// Whether `word` is a URL ("https://…", "www.…", "t.co/…", "pic.twitter.com/…").
    static func isURL(_ word: Substring) -> Bool {
        let w = word.lowercased()
        return w.hasPrefix("http://") || w.hasPrefix("https://") || w.hasPrefix("www.")
            || w.hasPrefix("pic.twitter.com/") || w.hasPrefix("t.co/")
    }

    /// Navigation and sharing words on their own: "Share", "Print", "Email", "Facebook Twitter".
    static let navigationWords: Set<String> = [
        "share", "print", "email", "e-mail", "tweet", "facebook", "twitter", "x", "whatsapp", "telegram", "linkedin",
        "reddit", "pinterest", "vk", "copy", "link", "copy link", "save", "bookmark", "listen", "menu", "home",
        "close", "skip to content", "back to top", "next", "previous", "next article", "previous article",
        "min", "read", "min read", "|", "•", "·",
    ]

    /// A unit made only of navigation or sharing words.
    static func isNavigation(_ u: Lowered) -> Bool {
        let s = u.s
        guard u.hasAtMost(words: 8) else { return false }
        if mayEqualANavigationWord(s) && navigationWords.contains(s) { return true }
        // `s` split at " ", "," and "/" (`Character`s), empty parts left out. In text of `isSimple`
        // scalars each of those bytes is a character of its own, so it is split over bytes, a part
        // at a time, up to the first that is no navigation word.
        let simple = Scan.allParts(s, readable: Scan.allSimple, isSeparator: { $0 == 0x20 || $0 == 0x2C || $0 == 0x2F }) { part in
            isNavigationPart(String(decoding: part, as: UTF8.self))
        }
        if let simple { return simple }
        let words = s.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "/" })
        return !words.isEmpty && words.allSatisfy { isNavigationPart(String($0)) }
    }

    /// Whether `s` may equal one of `navigationWords` (as `String`s are equal, by canonical
    /// equivalence), without hashing it: not when it is longer ASCII text than the longest of them
    /// (ASCII text equals only the same bytes), nor when it has more than four bytes for each scalar
    /// of the longest (none of their scalars decomposes, so a text equal to one has no more scalars).
    static func mayEqualANavigationWord(_ s: String) -> Bool {
        let n = s.utf8.count
        return n <= navigationWordBytes || (n <= 4 * navigationWordScalars && !Scan.isASCII(s))
    }

    static let navigationWordBytes = navigationWords.map(\.utf8.count).max() ?? 0
    static let navigationWordScalars = navigationWords.map(\.unicodeScalars.count).max() ?? 0

    /// Whether one part of a navigation unit is a navigation word or a number.
    static func isNavigationPart(_ part: String) -> Bool {
        navigationWords.contains(part) || Int(part) != nil
    }

    /// Whether `s` starts with `phrase` as whole words: the phrase ends in punctuation, or
    /// what follows it is not a letter ("subscribe now", not "subscribers").
    static let promptIndex = PhraseIndex(promptStarts)
    static let readMoreIndex = PhraseIndex(readMoreStarts)

    /// Phrases grouped by their first byte, so that `anyStarts` only tries those that can begin
    /// the text: when the text and a phrase both open with an ASCII byte and the bytes differ,
    /// their first characters differ (even under canonical equivalence), so the phrase cannot
    /// be a prefix. A phrase opening with another byte is tried on text opening with an ASCII
    /// byte only when its first character's canonical decomposition opens with that byte ("à":
    /// "a" and U+0300); text opening with another byte is tried against every phrase. The same
    /// holds of the second bytes when the text and the phrase both open with two ASCII bytes
    /// (not CR: CR LF is one character), the first ones equal.
    ///
    /// Text opening with a dash, a quotation mark or other punctuation of `Scan.isOpaqueOpening`
    /// can begin with none of the phrases when none opens with that scalar: the text's first
    /// character is then that scalar's, whatever follows it, in every canonical form.
    struct PhraseIndex: Sendable {
        let all: [String]
        /// The phrases `prefixAnswer` cannot read.
        let notASCII: [String]
        let byFirstASCII: [[Candidate]]
        /// The first scalars of the phrases that are `Scan.isOpaqueOpening` (none, for the phrases here).
        let opaqueOpenings: [UInt32]

        /// A phrase, with its second byte when its first two are ASCII and the first is not CR, and
        /// its bytes when all are ASCII and the last is not CR (`prefixAnswer` can then read them).
        struct Candidate: Sendable {
            let phrase: String
            let second: UInt8?
            let asciiBytes: [UInt8]?

            init(phrase: String, second: UInt8?) {
                self.phrase = phrase
                self.second = second
                let bytes = Array(phrase.utf8)
                asciiBytes = bytes.last.map { $0 != 0x0D } == true && bytes.allSatisfy { $0 < 0x80 } ? bytes : nil
            }
        }

        init(_ phrases: [String]) {
            all = phrases
            notASCII = phrases.filter { Candidate(phrase: $0, second: nil).asciiBytes == nil }
            var table = [[Candidate]](repeating: [], count: 128)
            let other = phrases.filter { ($0.utf8.first ?? 0x80) >= 0x80 }
            let otherFirst = other.map { $0.first.map { String($0).decomposedStringWithCanonicalMapping.utf8.first } ?? nil }
            for b in 0..<128 {
                let own = phrases.filter { ($0.utf8.first ?? 0x80) == UInt8(b) }.map { phrase in
                    let bytes = Array(phrase.utf8.prefix(2))
                    let twoASCII = bytes.count == 2 && bytes[0] != 0x0D && bytes[1] < 0x80
                    return Candidate(phrase: phrase, second: twoASCII ? bytes[1] : nil)
                }
                table[b] = own + other.indices.filter { otherFirst[$0] == UInt8(b) }.map { Candidate(phrase: other[$0], second: nil) }
            }
            byFirstASCII = table
            opaqueOpenings = phrases.compactMap { $0.unicodeScalars.first?.value }.filter(Scan.isOpaqueOpening)
        }

        /// `phrases.contains { startsWith(s, phrase: $0) }`.
        func anyStarts(_ s: String) -> Bool {
            anyCandidate(of: s, wholeWords: true) { Boilerplate.startsWith(s, phrase: $0) }
        }

        /// `phrases.contains { hasPrefix(s, $0) }`.
        func anyPrefix(_ s: String) -> Bool {
            anyCandidate(of: s, wholeWords: false) { Boilerplate.hasPrefix(s, $0) }
        }

        /// Whether `test` holds of a phrase that can begin `s`; `wholeWords` says whether `test` is
        /// `startsWith` (else `hasPrefix`), so that an ASCII phrase is answered from the bytes when they decide.
        private func anyCandidate(of s: String, wholeWords: Bool, _ test: (String) -> Bool) -> Bool {
            var copy = s
            return copy.withUTF8 { b in
                let first: UInt8 = b.isEmpty ? 0x80 : b[0]
                let second: UInt8? = b.count > 1 && b[0] != 0x0D && b[1] < 0x80 ? b[1] : nil
                // Text opening with another byte: an ASCII phrase can begin it only when it holds a
                // character canonically equal to ASCII (see `prefixAnswer`).
                guard first < 0x80 else {
                    if !b.isEmpty {
                        let opening = ByteScan.decode(b, at: 0).0
                        if Scan.isOpaqueOpening(opening) && !opaqueOpenings.contains(opening) { return false }
                    }
                    return ByteScan.hasASCIIEquivalent(b) ? all.contains(where: test) : notASCII.contains(where: test)
                }
                return byFirstASCII[Int(first)].contains { candidate in
                    if let second, let own = candidate.second, own != second { return false }
                    if let p = candidate.asciiBytes, let answer = PhraseIndex.prefixAnswer(b, p, wholeWords: wholeWords) {
                        return answer
                    }
                    return test(candidate.phrase)
                }
            }
        }

        /// `hasPrefix` (with `wholeWords`, `startsWith`) of text `b` and an ASCII phrase `p` whose last
        /// byte is not CR, from the bytes as `Scan.hasPrefix` reads them; nil when they do not decide.
        /// A byte match followed by an ASCII byte (or the end) is a prefix of exactly `p.count`
        /// characters, and the next character is that ASCII byte: a letter when it is A–Z or a–z.
        static func prefixAnswer(_ b: UnsafeBufferPointer<UInt8>, _ p: [UInt8], wholeWords: Bool) -> Bool? {
            let m = p.count, n = b.count
            var i = 0
            while i < m && i < n && b[i] == p[i] { i += 1 }
            if i == m {
                if n == m { return true }
                guard b[m] < 0x80 else { return nil }
                guard wholeWords else { return true }
                return !(isASCIILetter(p[m - 1]) && isASCIILetter(b[m]))
            }
            if i < n && b[i] < 0x80 { return false }
            return ByteScan.hasASCIIEquivalent(UnsafeBufferPointer(rebasing: b[..<min(n, 3 * m)])) ? nil : false
        }

        static func isASCIILetter(_ c: UInt8) -> Bool { (c | 0x20) &- 0x61 < 26 }
    }

    /// `s.hasPrefix(prefix)`, from the bytes when they decide it (`Scan.hasPrefix`). Two different
    /// ASCII first bytes are two different first characters (see `PhraseIndex`): that is checked first.
    static func hasPrefix(_ s: String, _ prefix: String) -> Bool {
        if let a = s.utf8.first, let b = prefix.utf8.first, a < 0x80, b < 0x80, a != b { return false }
        return Scan.hasPrefix(s, prefix) ?? s.hasPrefix(prefix)
    }

    static func startsWith(_ s: String, phrase: String) -> Bool {
        guard hasPrefix(s, phrase) else { return false }
        guard let last = phrase.last, last.isLetter else { return true }
        return !(s.dropFirst(phrase.count).first?.isLetter ?? false)
    }

    /// A unit without a single letter: "***", "19.11.2025, 10:42", "1/3".
    static func hasNoLetters(_ u: Lowered) -> Bool {
        if Scan.hasLeadingASCIILetter(u.s) { return false }
        return !u.s.contains(where: \.isLetter)
    }

    /// "updated:", "updated on", … "modified -": the beginnings of a publication stamp.
    static let timestampStarts = ["updated", "last updated", "published", "first published", "posted", "modified"]
        .flatMap { word in [":", " on", " at", " -"].map { word + $0 } }

    /// Publication stamps: "Updated: Nov 19, 2025 10:42 IST", "Published on 3 March 2026".
    static func isTimestamp(_ u: Lowered) -> Bool {
        let s = u.s
        return u.hasAtMost(words: 12) && timestampIndex.anyPrefix(s)
    }

    static let timestampIndex = PhraseIndex(timestampStarts)

    /// Tag and topic lists: "Tags: trade, energy", "Filed under: Asia".
    static func isTagList(_ u: Lowered) -> Bool {
        let s = u.s
        return u.hasAtMost(words: 30) && tagListIndex.anyPrefix(s)
    }

    static let tagListStarts = ["tags:", "tags |", "topics:", "filed under", "keywords:", "categories:"]
    static let tagListIndex = PhraseIndex(tagListStarts)

    static let siteChromePhrases = Scan.Needles([
        "we use cookies", "accept cookies", "cookie policy", "enable javascript", "your browser does not support",
        "privacy policy", "terms of use", "terms of service",
    ])
    static let syndicationPhrases = Scan.Needles([
        "syndicated feed", "not been edited by", "wire agency feed", "auto-generated", "automatically generated",
    ])
    static let promptPhrases = Scan.Needles(["preferred source", "whatsapp channel", "telegram channel", "on google news"])

    /// A byline: "By Jane Doe", "By Jane Doe, Example News" (capitalised names, no sentence end).
    static func isByline(_ text: String) -> Bool {
        guard hasPrefix(text, "By "), Text.hasAtMost(words: 8, text), !Text.endsSentence(text) else { return false }
        let names = text.dropFirst(3).split(separator: ",", maxSplits: 1).first ?? ""
        let words = names.split(separator: " ")
        return (1...4).contains(words.count) && words.allSatisfy { $0.first?.isUppercase ?? false }
    }

    static let breadcrumbSeparators: [Substring] = ["»", "›", ">", "/", "|"]

    /// Breadcrumb trails: "Home » World » Asia", "News > Politics".
    static func isBreadcrumb(_ u: Lowered) -> Bool {
        let s = u.s
        guard u.hasAtMost(words: 12) else { return false }
        // A separator word needs its bytes: ">", "/", "|", or the last bytes of "»" (C2 BB), "›" (E2 80 BA).
        guard Scan.hasBreadcrumbByte(s) else { return false }
        let separators = s.split(separator: " ").filter { breadcrumbSeparators.contains($0) }.count
        return separators >= 2 || (separators == 1 && s.hasPrefix("home "))
    }

    /// Agency staff credits: "(Reporting by …; Editing by …)", "Compiled by …", "With inputs from …".
    static func isStaffCredit(_ u: Lowered) -> Bool {
        let s = u.s
        let open = hasPrefix(s, "(") ? String(s.dropFirst()) : s
        return u.hasAtMost(words: 30) && staffCreditIndex.anyPrefix(open)
    }

    static let staffCreditStarts = ["reporting by", "additional reporting by", "writing by", "editing by", "compiled by",
                                    "with inputs from", "edited by"]
    static let staffCreditIndex = PhraseIndex(staffCreditStarts)
}
