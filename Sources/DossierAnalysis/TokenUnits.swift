extension Tokenizer {
    /// Per plain scalar (below U+2060), the `Character` properties `tokens` asks about, from the
    /// standard library (so the unit paths cannot disagree with the character path), as bits of
    /// one table so that one load answers them all.
    struct ScalarClass {
        /// Per scalar value, its bits among `whitespace`, `letter`, `number`, `uppercase`, `diacritic`;
        /// 0 for a scalar that is not `Tokenizer.isPlain` (never a unit, so never read): asking the
        /// standard library about the seven thousand of those took 85% of the table's making.
        let bits: [UInt8]
        static let whitespace: UInt8 = 1, letter: UInt8 = 1 << 1, number: UInt8 = 1 << 2, uppercase: UInt8 = 1 << 3,
                   diacritic: UInt8 = 1 << 4

        /// The size of the table: every plain scalar is below it.
        static let count = 0x2060

        /// The table from the scalars' own properties, which are what `Character` reads for a
        /// character of one scalar (a test holds them equal to the `Character`s' answers): white
        /// space, alphabetic, a numeric type, diacritic; and uppercase as `Character.isUppercase`
        /// puts it: the property or, failing that, a character that uppercasing leaves as it is
        /// and that is cased (the property, or a lowercase mapping of its own).
        init() {
            var bits = [UInt8](repeating: 0, count: Self.count)
            for v in 0..<Self.count where Tokenizer.isPlain(UInt32(v)) {
                guard let scalar = Unicode.Scalar(UInt32(v)) else { continue }
                let p = scalar.properties
                var b: UInt8 = 0
                if p.isWhitespace { b |= Self.whitespace }
                if p.isAlphabetic { b |= Self.letter }
                if p.numericType != nil { b |= Self.number }
                if p.isDiacritic { b |= Self.diacritic }
                if p.isUppercase {
                    b |= Self.uppercase
                } else if p.isCased || p.changesWhenLowercased {
                    let one = String(scalar)
                    if one.uppercased() == one && (p.isCased || one.lowercased() != one) { b |= Self.uppercase }
                }
                bits[v] = b
            }
            self.bits = bits
        }
    }
    static let plain = ScalarClass()

    /// `tokens(Array(text))` for text whose `plainScalars` are `scalars`: each scalar is one character.
    static func scalarTokens(_ scalars: [Unicode.Scalar]) -> [Token] {
        unitTokens(ScalarUnits(scalars: scalars))
    }

    /// `tokens` for text read as units that are each one character (`TokenUnits`), with the
    /// character classes taken from `plain`.
    static func unitTokens<Units: TokenUnits>(_ chars: Units) -> [Token] {
        plain.bits.withUnsafeBufferPointer { unitTokens(chars, classes: $0, lexicon: Lexicon.membership) }
    }

    /// `unitTokens` with `plain`'s table read in place (every unit is below its size).
    private static func unitTokens<Units: TokenUnits>(_ chars: Units, classes: UnsafeBufferPointer<UInt8>,
                                                      lexicon: Lexicon.Membership) -> [Token] {
        typealias C = ScalarClass
        var out: [Token] = []
        out.reserveCapacity(chars.count / 4)
        var i = 0
        var space = true
        let n = chars.count
        let apostrophe = 0x27, rightQuote = 0x2019, dot = 0x2E, comma = 0x2C
        func isWordChar(_ v: Int) -> Bool { classes[v] & (C.letter | C.number) != 0 }
        while i < n {
            let c = chars[i]
            if classes[c] & C.whitespace != 0 {
                space = true
                i += 1
                continue
            }
            if isWordChar(c) {
                // The token's letters, capitals among them and numbers, counted as its units are read
                // (apostrophes, dots and commas are neither letters nor numbers).
                var letters = 0, upper = 0, numbers = 0
                func count(_ bits: UInt8) {
                    if bits & C.letter != 0 {
                        letters += 1
                        if bits & C.uppercase != 0 { upper += 1 }
                    }
                    if bits & C.number != 0 { numbers += 1 }
                }
                count(classes[c])
                var j = i + 1
                while j < n {
                    let d = chars[j]
                    let bits = classes[d]
                    if bits & (C.letter | C.number | C.diacritic) != 0 {
                        count(bits)
                        j += 1
                    } else if (d == apostrophe || d == rightQuote) && j + 1 < n && classes[chars[j + 1]] & C.letter != 0 {
                        j += 1 // apostrophe inside a word: "China's", "O'Neill"
                    } else if (d == dot || d == comma) && j + 1 < n && classes[chars[j + 1]] & C.number != 0 && classes[chars[j - 1]] & C.number != 0 {
                        j += 1 // 3.5, 1,000
                    } else if d == dot && j + 2 < n && classes[chars[j + 1]] & C.letter != 0 && chars[j + 2] == dot && j - i <= 2 {
                        count(classes[chars[j + 1]])
                        j += 2 // U.S.
                    } else {
                        break
                    }
                }
                // Keep the dot of an abbreviation or an initial with its word. (No unit is a combining
                // mark, even lowercased, so a "." byte of `lower` is a "." character.)
                if j < n && chars[j] == dot {
                    let isInitial = j - i == 1 && classes[c] & C.uppercase != 0
                    if isInitial {
                        j += 1
                    } else {
                        let lower = chars.lowercased(i..<j)
                        if lower.utf8.contains(UInt8(dot)) || abbreviations.contains(lower) { j += 1 }
                    }
                }
                let (word, key, keyHash) = chars.word(i..<j)
                out.append(Token(kind: .word, start: i, end: j, text: word, key: key, keyHash: keyHash, spaceBefore: space,
                                 isCapitalized: classes[c] & C.uppercase != 0, isAcronym: letters >= 2 && upper == letters,
                                 hasNumber: numbers > 0, lex: lexicon.flags(of: key, asciiHash: keyHash)))
                i = j
            } else {
                // Neither a letter nor a number: one character, no letters, no number.
                let one = chars.character(i)
                let keyHash = c < 0x80 ? KeyHash.ascii(low: UInt64(truncatingIfNeeded: c), high: 0, count: 1) : nil
                out.append(Token(kind: isQuoteScalar(c) ? .quote : .punct, start: i, end: i + 1, text: one,
                                 key: one, keyHash: keyHash, spaceBefore: space, isCapitalized: classes[c] & C.uppercase != 0,
                                 isAcronym: false, hasNumber: false, lex: lexicon.flags(of: one, asciiHash: keyHash)))
                i += 1
            }
            space = false
        }
        return out
    }
}

/// Text as the unit tokenizer reads it: units that are each one character, by scalar value
/// (below U+2060, the size of `Tokenizer.plain`'s tables).
protocol TokenUnits {
    var count: Int { get }
    subscript(k: Int) -> Int { get }
    /// The text of units `range`.
    func string(_ range: Range<Int>) -> String
    /// The text of unit `k` alone.
    func character(_ k: Int) -> String
    /// `string(range).lowercased()`.
    func lowercased(_ range: Range<Int>) -> String
    /// The word made of units `range`: its text, its lookup key (`Tokenizer.key(of: text)`) and the
    /// key's `KeyHash.ascii`.
    func word(_ range: Range<Int>) -> (text: String, key: String, keyHash: UInt64?)
}

/// The bytes of ASCII text without CR.
struct ASCIIUnits: TokenUnits {
    let bytes: UnsafeBufferPointer<UInt8>
    /// `Tokenizer.asciiCharacters`, read once.
    let characters: [String]
    /// `SmallASCII.isAvailable`, read once.
    let smallStrings: Bool
    var count: Int { bytes.count }
    subscript(k: Int) -> Int {
        @inline(__always) get { Int(bytes[k]) }
    }
    /// Up to 15 bytes made from their bits (`SmallASCII`) when `smallStrings`; else written
    /// straight into the string: ASCII of at most 15 bytes becomes a small string without the
    /// UTF-8 validation `String(decoding:)` makes (longer text is validated as before).
    func string(_ range: Range<Int>) -> String {
        let b = UnsafeBufferPointer(rebasing: bytes[range])
        if smallStrings && b.count <= SmallASCII.capacity {
            let (low, high) = SmallASCII.words(bytes, range)
            return SmallASCII.string(low: low, high: high, count: b.count)
        }
        return String(unsafeUninitializedCapacity: b.count) { out in
            _ = out.initialize(from: b)
            return b.count
        }
    }
    func character(_ k: Int) -> String { characters[Int(bytes[k])] }
    func lowercased(_ range: Range<Int>) -> String {
        guard smallStrings && range.count <= SmallASCII.capacity else { return string(range).lowercased() }
        let (low, high) = SmallASCII.words(bytes, range)
        return SmallASCII.string(low: SmallASCII.lowercased(low), high: SmallASCII.lowercased(high), count: range.count)
    }
    /// A word of up to 15 bytes is read as two words of bytes (`SmallASCII`) once, for its text and
    /// its key; a longer one as `Tokenizer.asciiKey` reads it.
    func word(_ range: Range<Int>) -> (text: String, key: String, keyHash: UInt64?) {
        guard smallStrings && range.count <= SmallASCII.capacity else {
            let text = string(range)
            let (key, hash) = Tokenizer.asciiKey(of: UnsafeBufferPointer(rebasing: bytes[range]), word: text, smallStrings: smallStrings)
            return (text, key, hash)
        }
        let (low, high) = SmallASCII.words(bytes, range)
        let text = SmallASCII.string(low: low, high: high, count: range.count)
        let (key, hash) = Tokenizer.smallASCIIKey(low: low, high: high, count: range.count, word: text)
        return (text, key, hash)
    }
}

/// The scalars of text that `Tokenizer.plainScalars` accepts.
struct ScalarUnits: TokenUnits {
    let scalars: [Unicode.Scalar]
    var count: Int { scalars.count }
    subscript(k: Int) -> Int {
        @inline(__always) get { Int(scalars[k].value) }
    }
    func string(_ range: Range<Int>) -> String { Tokenizer.string(scalars[range]) }
    func character(_ k: Int) -> String { string(k..<(k + 1)) }
    func lowercased(_ range: Range<Int>) -> String { string(range).lowercased() }
    /// A word of ASCII scalars is keyed over its bytes, as in ASCII text (`Tokenizer.asciiKey`).
    func word(_ range: Range<Int>) -> (text: String, key: String, keyHash: UInt64?) {
        let text = string(range)
        guard scalars[range].allSatisfy({ $0.value < 0x80 }) else {
            let key = Tokenizer.key(of: text)
            return (text, key, KeyHash.ascii(key))
        }
        var copy = text
        let (key, hash) = copy.withUTF8 { Tokenizer.asciiKey(of: $0, word: text, smallStrings: SmallASCII.isAvailable) }
        return (text, key, hash)
    }
}
