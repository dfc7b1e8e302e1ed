import DossierModel
import Foundation

/// Byte-level fast paths for the analysis. Each gives exactly the answer of the `Character`
/// or Foundation code it stands in for, and falls back to that code whenever the text holds
/// something it cannot judge byte by byte.
enum Fast {
    /// `s.split(separator: " ").count`, counted over bytes when every scalar of `s` stands for
    /// a character of its own (`Tokenizer.isPlain`); over characters otherwise. Eight ASCII
    /// bytes are counted at once (`ByteScan.runStarts`).
    static func spaceSeparatedCount(_ s: String) -> Int {
        var copy = s
        let fast: Int? = copy.withUTF8 { bytes in
            var count = 0
            var inRun = false
            var i = 0
            let n = bytes.count
            let raw = UnsafeRawBufferPointer(bytes)
            while i < n {
                if i + 8 <= n {
                    let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    if !ByteScan.hasNonASCII(word) {
                        let (starts, endsInRun) = ByteScan.runStarts(word, inRun: inRun)
                        count += starts
                        inRun = endsInRun
                        i += 8
                        continue
                    }
                }
                let b = bytes[i]
                if b >= 0x80 {
                    // Lead bytes only: the scalar's value decides whether it may join a neighbour.
                    let (v, length) = ByteScan.decode(bytes, at: i)
                    guard Tokenizer.isPlain(v) else { return nil }
                    i += length
                    if !inRun { inRun = true; count += 1 }
                    continue
                }
                if b == 0x20 {
                    inRun = false
                } else if !inRun {
                    inRun = true
                    count += 1
                }
                i += 1
            }
            return count
        }
        return fast ?? s.split(separator: " ").count
    }

    static func hasASCIIEquivalent(_ b: UnsafeBufferPointer<UInt8>) -> Bool { ByteScan.hasASCIIEquivalent(b) }

    /// `s.first?.isNumber == true`, from the first byte when it is ASCII (where only the digits
    /// are numbers, and a character's number-ness is its first scalar's).
    static func startsWithNumber(_ s: String) -> Bool {
        guard let b = s.utf8.first else { return false }
        if b < 0x80 { return b >= 0x30 && b <= 0x39 }
        return s.first?.isNumber == true
    }

    /// `s.first?.isLowercase == true`, from the first byte when it is ASCII and a character of its
    /// own (not CR, and not followed by a byte above ASCII, which may join it): then only a–z are
    /// lowercase. Other text asks its first `Character`.
    static func startsLowercase(_ s: String) -> Bool {
        var copy = s
        let fast: Bool? = copy.withUTF8 { b in
            guard let first = b.first else { return false }
            guard first < 0x80, first != 0x0D, b.count == 1 || b[1] < 0x80 else { return nil }
            return first &- 0x61 < 26
        }
        return fast ?? (s.first?.isLowercase == true)
    }

    /// A fixed set of needles searched for together (shared with ingest).
    typealias Needles = NeedleSet
}
