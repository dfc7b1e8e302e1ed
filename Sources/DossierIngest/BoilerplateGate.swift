import DossierModel

/// The gates in front of two groups of boilerplate rules. Most units are prose: they open with
/// no rule's phrase and hold none, and asking each rule of them costs more than asking once
/// whether any of the group can match. A gate may let through a unit no rule of its group
/// matches (the rules then say no); it never keeps back one that a rule of the group matches.
extension Boilerplate {
    /// A rule that looks at how a unit opens, with what it may open with: the opening gate
    /// (`openingPairs`) is built from what each rule says, so no rule can be added without saying it.
    struct OpeningRule: Sendable {
        /// What a unit an opening rule matches may open with.
        enum Opening: Sendable {
            /// One of the index's phrases, or "(" and then one (`openingPairs` lets "(" through).
            case phrases(PhraseIndex)
            /// "©", "copyright" or "(c) ".
            case copyright
            /// A URL beginning `isURL` knows (`urlFirstBytes`, then `urlFirstPairs`), or a space.
            case links
        }

        let matches: @Sendable (Lowered) -> Bool
        let opening: Opening

        init(_ matches: @escaping @Sendable (Lowered) -> Bool, opensWith opening: Opening) {
            self.matches = matches
            self.opening = opening
        }
    }

    /// The phrase indexes of the opening rules.
    static let openingIndexes: [PhraseIndex] = openingRules.compactMap {
        if case .phrases(let index) = $0.opening { index } else { nil }
    }

    /// Whether an opening rule may match the lowered unit `s`: true unless its first two bytes
    /// are ASCII, the first not CR, and `openingPairs` rules the pair out.
    static func mayOpenARule(_ s: String) -> Bool {
        var copy = s
        return copy.withUTF8 { b in
            guard b.count >= 2, b[0] < 0x80, b[1] < 0x80, b[0] != 0x0D else { return true }
            let pair = Int(b[0]) << 7 | Int(b[1])
            return openingPairs[pair >> 6] & (1 << UInt64(pair & 63)) != 0
        }
    }

    /// Bit `b0 << 7 | b1` set when an opening rule may match a unit opening with the ASCII bytes
    /// b0 b1 (b0 not CR). Such a unit's first character is `b0` alone, and a phrase may open it
    /// only when `PhraseIndex` tries it there: it opens with `b0` and its second byte is unknown
    /// (not ASCII) or `b1`. A phrase opening with another byte is tried for `b0` by its first
    /// character's decomposition ("à": "a" and U+0300), which is more than `b0` alone: it cannot
    /// open the unit. Every pair opening with "(" or a space goes through (credits in brackets,
    /// "(c) ", links after a space); `.copyright` adds "co" ("©" opens with another byte), `.links`
    /// the pairs URLs open with (`urlFirstBytes`, then `urlFirstPairs`, read in either case).
    static let openingPairs: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: 128 * 128 / 64)
        func set(_ b0: UInt8, _ b1: UInt8) {
            let pair = Int(b0) << 7 | Int(b1)
            bits[pair >> 6] |= 1 << UInt64(pair & 63)
        }
        let links = openingRules.contains { if case .links = $0.opening { true } else { false } }
        let copyright = openingRules.contains { if case .copyright = $0.opening { true } else { false } }
        for b0 in UInt8(0)..<0x80 {
            let phrases = openingIndexes.flatMap { $0.byFirstASCII[Int(b0)] }.filter { $0.phrase.utf8.first == b0 }
            let anySecond = b0 == UInt8(ascii: "(") || b0 == 0x20 || phrases.contains { $0.second == nil }
            let url = links && urlFirstBytes.contains(b0)
            for b1 in UInt8(0)..<0x80 where anySecond || (url && urlFirstPairs.contains(UInt16(b0 | 0x20) << 8 | UInt16(b1 | 0x20))) {
                set(b0, b1)
            }
            for phrase in phrases { phrase.second.map { set(b0, $0) } }
            if copyright && b0 == UInt8(ascii: "c") { set(b0, UInt8(ascii: "o")) }
        }
        return bits
    }()

    /// The phrases `isCommentNote` and `hasNoticePhrase` need (one of them in the unit, found as
    /// Foundation's `contains` finds it): without any, neither rule matches.
    static let phraseGate = NeedleSet(["comment"] + noticePhrases.flatMap(\.phrases))
}
