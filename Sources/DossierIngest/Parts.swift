import DossierModel

extension Scan {
    /// Whether `s` has a part and `test` holds of each, the parts being its runs of bytes that are
    /// not `isSeparator`, asked in order up to the first that fails; nil unless `s`'s bytes are
    /// `readable` (the caller's condition for the byte parts to be the ones it stands in for).
    static func allParts(_ s: String, readable: (UnsafeBufferPointer<UInt8>) -> Bool, isSeparator: (UInt8) -> Bool,
                         _ test: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool? {
        var copy = s
        return copy.withUTF8 { b -> Bool? in
            guard readable(b) else { return nil }
            var any = false
            var start = -1
            for i in 0..<b.count {
                if isSeparator(b[i]) {
                    if start >= 0 {
                        guard test(UnsafeBufferPointer(rebasing: b[start..<i])) else { return false }
                        any = true
                        start = -1
                    }
                } else if start < 0 {
                    start = i
                }
            }
            if start >= 0 {
                guard test(UnsafeBufferPointer(rebasing: b[start...])) else { return false }
                any = true
            }
            return any
        }
    }

    /// Whether every scalar of `b` is `isSimple`: each is then a character of its own (but CR LF), so
    /// text split at ASCII separators other than CR and LF, over bytes, is split at those characters.
    static func allSimple(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let raw = UnsafeRawBufferPointer(b)
        var i = 0
        while i < b.count {
            if i + 8 <= b.count && !ByteScan.hasNonASCII(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) {
                i += 8
            } else if b[i] < 0x80 {
                i += 1
            } else {
                let (v, length) = ByteScan.decode(b, at: i)
                guard isSimple(v) else { return false }
                i += length
            }
        }
        return true
    }

    /// Whether `s` has a byte a breadcrumb separator needs: ">", "/", "|", or the last bytes of
    /// "»" (C2 BB) and "›" (E2 80 BA); eight bytes are tested at once.
    static func hasBreadcrumbByte(_ s: String) -> Bool { ByteScan.contains(anyOf: breadcrumbBytes, in: s) }
    /// The bytes `hasBreadcrumbByte` looks for.
    static let breadcrumbBytes: [UInt8] = [0x3E, 0x2F, 0x7C, 0xBB, 0xBA]
}
