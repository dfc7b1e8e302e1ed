import DossierModel

extension Scan {
    /// `Text.collapse(ByteScan.lowercased(s))` and the number of its words (as `Scan.words` counts
    /// them, at most `cap`), read in one pass over the bytes of `s`; nil unless every scalar of `s`
    /// is ASCII or both `isSimple` and one that lowercasing keeps (`ByteScan.keepsCase`). Such text
    /// lowercases only at A–Z (see `ByteScan.lowercased`), which are no white space, so lowercasing
    /// and collapsing may be done together; collapsing keeps every run of non-space characters, so
    /// the runs of `s` are the words of the result.
    static func lowercasedCollapsed(_ s: String, cap: Int) -> (text: String, words: Int)? {
        var copy = s
        return copy.withUTF8 { b -> (text: String, words: Int)? in
            let n = b.count
            let keepsCase = ByteScan.keepsCase
            // First pass: may the text take this path, what changes, how many words?
            var collapses = false, hasUpper = false
            var previousSpace = true  // at the start, a space would be leading
            var words = 0
            var i = 0
            let raw = UnsafeRawBufferPointer(b)
            while i < n {
                // Eight ASCII bytes without control bytes: spaces are 0x20 alone, read all at once.
                if i + 8 <= n, let word = plainWord(raw, at: i) {
                    let spaces = ByteScan.spaceBits(word)
                    if spaces & (spaces << 8 | (previousSpace ? 0x80 : 0)) != 0 { collapses = true }
                    if ByteScan.upperBits(word) != 0 { hasUpper = true }
                    let (starts, endsInRun) = ByteScan.runStarts(word, inRun: !previousSpace)
                    words += starts
                    previousSpace = !endsInRun
                    i += 8
                    continue
                }
                let c = b[i]
                if c < 0x80 {
                    if isSpace(c) {
                        if c != 0x20 || previousSpace { collapses = true }
                        previousSpace = true
                    } else {
                        if c &- 0x41 < 26 { hasUpper = true }
                        if previousSpace { words += 1 }
                        previousSpace = false
                    }
                    i += 1
                } else {
                    let (v, length) = ByteScan.decode(b, at: i)
                    guard isSimple(v), v < UInt32(keepsCase.count), keepsCase[Int(v)] else { return nil }
                    if v == 0x85 || v == 0xA0 {
                        collapses = true
                        previousSpace = true
                    } else {
                        if previousSpace { words += 1 }
                        previousSpace = false
                    }
                    i += length
                }
            }
            if previousSpace && n > 0 { collapses = true }  // trailing space
            let count = min(words, cap)
            guard collapses else {
                // Most units: only A–Z to lower, byte for byte.
                guard hasUpper else { return (s, count) }
                let text = String(unsafeUninitializedCapacity: n) { out in
                    for k in 0..<n { out[k] = b[k] &- 0x41 < 26 ? b[k] | 0x20 : b[k] }
                    return n
                }
                return (text, count)
            }
            let text = String(unsafeUninitializedCapacity: n) { out in
                var k = 0
                var pendingSpace = false
                var i = 0
                while i < n {
                    let c = b[i]
                    var length = 1
                    if c >= 0x80 {
                        let (v, scalarLength) = ByteScan.decode(b, at: i)
                        length = scalarLength
                        if v == 0x85 || v == 0xA0 {
                            pendingSpace = k > 0
                            i += length
                            continue
                        }
                    } else if isSpace(c) {
                        pendingSpace = k > 0
                        i += 1
                        continue
                    }
                    if pendingSpace {
                        out[k] = 0x20
                        k += 1
                        pendingSpace = false
                    }
                    for j in i..<(i + length) {
                        let d = b[j]
                        out[k] = d &- 0x41 < 26 ? d | 0x20 : d
                        k += 1
                    }
                    i += length
                }
                return k
            }
            return (text, count)
        }
    }
}
