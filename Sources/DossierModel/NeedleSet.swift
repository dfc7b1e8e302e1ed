import Foundation

/// Byte-level text checks shared by the ingest and analysis fast paths.
public enum ByteScan {
    /// The scalar starting at byte `i` of valid UTF-8 and its length in bytes.
    @inline(__always)
    public static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int) {
        let b = UInt32(bytes[i])
        if b < 0xE0 {
            return (((b & 0x1F) << 6) | (UInt32(bytes[i + 1]) & 0x3F), 2)
        } else if b < 0xF0 {
            return (((b & 0x0F) << 12) | ((UInt32(bytes[i + 1]) & 0x3F) << 6) | (UInt32(bytes[i + 2]) & 0x3F), 3)
        }
        return (((b & 0x07) << 18) | ((UInt32(bytes[i + 1]) & 0x3F) << 12) | ((UInt32(bytes[i + 2]) & 0x3F) << 6)
                    | (UInt32(bytes[i + 3]) & 0x3F), 4)
    }

    /// `s.lowercased()`, over bytes when every scalar of `s` is ASCII or one that lowercasing
    /// leaves as it is (`keepsCase`: curly quotes, dashes, NBSP, lowercase accented letters…).
    /// The standard library lowercases scalar by scalar, so such text changes only at A–Z.
    public static func lowercased(_ s: String) -> String {
        var copy = s
        let fast: String?? = copy.withUTF8 { b in
            guard let hasUpper = upperBytes(b) else { return nil }
            guard hasUpper else { return .some(nil) }
            let n = b.count
            return String(unsafeUninitializedCapacity: n) { out in
                for k in 0..<n { out[k] = ASCIILowered.read(b[k]) }
                return n
            }
        }
        switch fast {
        case .some(.some(let lowered)): return lowered
        case .some(.none): return s
        case .none: return s.lowercased()
        }
    }

    /// Whether the valid UTF-8 `b` has a byte A–Z, when every scalar of it is ASCII or `keepsCase`
    /// (so that lowercasing it lowers those bytes and changes nothing else); nil for other text.
    public static func upperBytes(_ b: UnsafeBufferPointer<UInt8>) -> Bool? {
        var hasUpper = false
        var i = 0
        let n = b.count
        while i < n {
            let c = b[i]
            if c < 0x80 {
                if c &- 0x41 < 26 { hasUpper = true }
                i += 1
                continue
            }
            let (v, length) = decode(b, at: i)
            guard v < UInt32(keepsCase.count), keepsCase[Int(v)] else { return nil }
            i += length
        }
        return hasUpper
    }

    /// Per scalar below U+2070, whether lowercasing leaves it as it is, from the standard library;
    /// false for U+0800–U+1FFF (not looked at: such text takes `lowercased()`).
    public static let keepsCase: [Bool] = (0..<0x2070).map { v in
        guard v < 0x800 || v >= 0x2000, let scalar = Unicode.Scalar(UInt32(v)) else { return false }
        return String(scalar).lowercased().unicodeScalars.elementsEqual([scalar])
    }

    /// Whether every byte is below 0x80, eight at a time.
    public static func isASCII(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = b.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        var i = 0
        while i + 8 <= b.count {
            if raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
            i += 8
        }
        return b[i...].allSatisfy { $0 < 0x80 }
    }

    /// Whether the text holds U+037E (CD BE), U+1FEF (E1 BF AF) or U+212A (E2 84 AA), the
    /// characters whose canonical decomposition is ASCII. Eight ASCII bytes in a row (none of
    /// which can start those characters) are skipped at once.
    public static func hasASCIIEquivalent(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = b.baseAddress else { return false }
        let raw = UnsafeRawPointer(base)
        var i = 0
        let n = b.count
        while i < n {
            if i + 8 <= n && raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8
                continue
            }
            let c = b[i]
            if c >= 0x80 {
                if c == 0xCD && i + 1 < n && b[i + 1] == 0xBE { return true }
                if c == 0xE1 && i + 2 < n && b[i + 1] == 0xBF && b[i + 2] == 0xAF { return true }
                if c == 0xE2 && i + 2 < n && b[i + 1] == 0x84 && b[i + 2] == 0xAA { return true }
            }
            i += 1
        }
        return false
    }
}

/// A fixed set of needles searched for together, indexed by first byte so that the text is read once.
public struct NeedleSet: Sendable {
    /// The needles, as given.
    public let needles: [String]
    /// The non-empty needles' bytes, one after another, ordered by first byte: needle `k` is
    /// `bytes[bounds[k]..<bounds[k + 1]]`, and those starting with byte `b` are `starts[b]..<starts[b + 1]`.
    let bytes: [UInt8]
    let bounds: [Int]
    let starts: [Int]
    /// Bit `b0 << 8 | b1` is set when a needle starts with bytes b0 b1, or when `b0` alone is a
    /// needle (`single[b0]`): most positions of a text are ruled out by one load.
    let pairs: [UInt64]
    /// `pairs` for text read lowered (`ASCIILowered`): bit `x << 8 | y` is set when the bit of the
    /// lowered pair is set in `pairs`, so that the scan reads the pairs as written.
    let foldedPairs: [UInt64]
    let single: [Bool]
    let hasEmpty: Bool
    /// Bit `tripleBit` of each needle's first three bytes is set, so that, when every needle has
    /// three bytes or more (`byTriples`), a position whose pair some needle opens with is passed over
    /// without reading the needles when its third byte rules them all out ("on", "co", "te" open
    /// many words).
    let triples: [UInt64]
    let byTriples: Bool

    public init(_ needles: [String]) {
        self.needles = needles
        let sorted = needles.filter { !$0.isEmpty }.map { Array($0.utf8) }.sorted { $0[0] < $1[0] }
        var bytes: [UInt8] = [], bounds = [0], starts = [Int](repeating: 0, count: 257)
        for needle in sorted {
            bytes += needle
            bounds.append(bytes.count)
            starts[Int(needle[0]) + 1] += 1
        }
        for b in 0..<256 { starts[b + 1] += starts[b] }
        var pairs = [UInt64](repeating: 0, count: 1024)
        var single = [Bool](repeating: false, count: 256)
        func set(_ pair: Int) { pairs[pair >> 6] |= 1 << UInt64(pair & 63) }
        for needle in sorted {
            if needle.count == 1 {
                single[Int(needle[0])] = true
                for second in 0..<256 { set(Int(needle[0]) << 8 | second) }
            } else {
                set(Int(needle[0]) << 8 | Int(needle[1]))
            }
        }
        self.bytes = bytes
        self.bounds = bounds
        self.starts = starts
        self.pairs = pairs
        foldedPairs = NeedleSet.folded(pairs)
        self.single = single
        hasEmpty = needles.contains(where: \.isEmpty)
        byTriples = sorted.allSatisfy { $0.count >= 3 }
        var triples = [UInt64](repeating: 0, count: 512)
        for needle in sorted where needle.count >= 3 {
            let bit = NeedleSet.tripleBit(Int(needle[0]) << 8 | Int(needle[1]), needle[2])
            triples[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        self.triples = triples
    }

    /// `foldedPairs` of a pair table: each set pair's bit set for every pair lowering to it.
    static func folded(_ pairs: [UInt64]) -> [UInt64] {
        // The bytes that read lowered as `b`: none for A–Z, `b` and its capital for a–z, else `b`.
        func raised(_ b: Int) -> [Int] { (0x41...0x5A).contains(b) ? [] : (0x61...0x7A).contains(b) ? [b, b - 0x20] : [b] }
        var folded = [UInt64](repeating: 0, count: 1024)
        for word in pairs.indices where pairs[word] != 0 {
            for bit in 0..<64 where pairs[word] & (1 << UInt64(bit)) != 0 {
                let pair = word << 6 | bit
                for first in raised(pair >> 8) {
                    for second in raised(pair & 0xFF) {
                        let folding = first << 8 | second
                        folded[folding >> 6] |= 1 << UInt64(folding & 63)
                    }
                }
            }
        }
        return folded
    }

    /// The bit of three bytes (the first two as a `pair`) in `triples`: the low five bits of each,
    /// which tell the ASCII letters apart and which lowering (`ASCIILowered`) keeps.
    @inline(__always)
    static func tripleBit(_ pair: Int, _ third: UInt8) -> Int {
        (pair >> 8 & 0x1F) << 10 | (pair & 0x1F) << 5 | Int(third & 0x1F)
    }

    /// `needles.contains { text.contains($0) }` with Foundation's `contains` (canonical
    /// equivalence, matches ending on a character boundary), for needles of ASCII and of
    /// characters that have no decomposition and are no other character's ("©"): a byte match
    /// ending the text or followed by an ASCII byte is a match; no byte match, in a text
    /// without the characters whose canonical form is ASCII (U+037E, U+1FEF, U+212A), is
    /// none; anything else is left to Foundation.
    public func containedIn(_ text: String) -> Bool {
        var h = text
        let answer: Bool? = h.withUTF8 { find(in: $0, reading: AsWritten.self, pairTable: pairs) }
        return answer ?? needles.contains { text.contains($0) }
    }

    /// `containedIn(ByteScan.lowercased(text))` without the lowercased copy where lowercasing
    /// lowers A–Z bytes only (`ByteScan.upperBytes`): the bytes are read lowered.
    public func containedIn(lowercased text: String) -> Bool {
        var h = text
        let answer: Bool? = h.withUTF8 { hb in
            ByteScan.upperBytes(hb) == nil ? nil : find(in: hb, reading: ASCIILowered.self, pairTable: foldedPairs)
        }
        return answer ?? containedIn(ByteScan.lowercased(text))
    }

    /// `containedIn` over the bytes of the text, with the tables read in place (no bounds checks
    /// per byte); nil when Foundation must decide. `pairTable` is the pair table for `reading`.
    private func find<Reading: ByteReading>(in hb: UnsafeBufferPointer<UInt8>, reading: Reading.Type, pairTable: [UInt64]) -> Bool? {
        pairTable.withUnsafeBufferPointer { pairs in
            triples.withUnsafeBufferPointer { triples in
                bytes.withUnsafeBufferPointer { bytes in
                    bounds.withUnsafeBufferPointer { bounds in
                        starts.withUnsafeBufferPointer { starts in
                            find(in: hb, reading: reading, pairs: pairs, triples: triples,
                                 needles: Needles(bytes: bytes, bounds: bounds, starts: starts))
                        }
                    }
                }
            }
        }
    }

    private func find<Reading: ByteReading>(in hb: UnsafeBufferPointer<UInt8>, reading: Reading.Type, pairs: UnsafeBufferPointer<UInt64>,
                                            triples: UnsafeBufferPointer<UInt64>, needles table: Needles) -> Bool? {
        let m = hb.count
        var unsure = false
        var i = 0
        while i + 1 < m {
            // The scan kept apart from the comparisons, so that it holds few values at a time; it reads
            // the bytes as written (the pair table and `tripleBit` answer for `reading`).
            let pair = Int(hb[i]) << 8 | Int(hb[i + 1])
            if pairs[pair >> 6] & (1 << UInt64(pair & 63)) != 0 {
                // Needles of three bytes or more: none starts in the last two bytes, nor where the third rules all out.
                if byTriples {
                    guard i + 2 < m else { break }
                    let bit = NeedleSet.tripleBit(pair, hb[i + 2])
                    if triples[bit >> 6] & (1 << UInt64(bit & 63)) == 0 {
                        i += 1
                        continue
                    }
                }
                switch table.match(in: hb, at: i, reading: reading) {
                case true?: return true
                case false?: unsure = true
                case nil: break
                }
            }
            i += 1
        }
        if m > 0 && single[Int(Reading.read(hb[m - 1]))] {
            switch table.match(in: hb, at: m - 1, reading: reading) {
            case true?: return true
            case false?: unsure = true
            case nil: break
            }
        }
        if unsure || hasEmpty { return nil }
        return ByteScan.hasASCIIEquivalent(hb) ? nil : false
    }

    /// The needles' tables, read in place.
    private struct Needles {
        let bytes: UnsafeBufferPointer<UInt8>
        let bounds: UnsafeBufferPointer<Int>
        let starts: UnsafeBufferPointer<Int>

        /// The needles starting at byte `i` of `hb`: true when one matches there ending the text or
        /// before an ASCII byte, false when one matches only before another byte, nil when none does.
        @inline(never)
        func match<Reading: ByteReading>(in hb: UnsafeBufferPointer<UInt8>, at i: Int, reading: Reading.Type) -> Bool? {
            let m = hb.count, b0 = Int(Reading.read(hb[i]))
            var found: Bool?
            for k in starts[b0]..<starts[b0 + 1] {
                let lower = bounds[k], count = bounds[k + 1] - lower
                guard i + count <= m else { continue }
                var j = 1
                while j < count && Reading.read(hb[i + j]) == bytes[lower + j] { j += 1 }
                if j == count {
                    if i + j == m || hb[i + j] < 0x80 { return true }
                    found = false
                }
            }
            return found
        }
    }
}

/// How a text's bytes are read: as written, or with A–Z lowered (lowering keeps every byte's
/// ASCII-ness, so the needle search answers for the lowered text).
public protocol ByteReading {
    static func read(_ byte: UInt8) -> UInt8
}

/// The bytes as they are.
public enum AsWritten: ByteReading {
    @inline(__always)
    public static func read(_ byte: UInt8) -> UInt8 { byte }
}

/// A–Z read as a–z, every other byte as it is.
public enum ASCIILowered: ByteReading {
    @inline(__always)
    public static func read(_ byte: UInt8) -> UInt8 { byte &- 0x41 < 26 ? byte | 0x20 : byte }
}
