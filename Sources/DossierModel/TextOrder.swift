import Foundation

/// `sorted()` for lists of texts as long as a site's pages or a folder's files, faster.
public enum TextOrder {
    /// `strings.sorted()`, in the same order: when every string is ASCII (whose order as
    /// `String`s is the order of their bytes) by comparing their bytes, copied once into one
    /// buffer, with `memcmp`; otherwise with `String`'s own comparison, which orders canonically
    /// equivalent texts alike.
    public static func sorted(_ strings: [String]) -> [String] {
        var bytes: [UInt8] = []
        var starts: [Int] = [0]
        starts.reserveCapacity(strings.count + 1)
        for string in strings {
            var string = string
            string.withUTF8 { bytes.append(contentsOf: $0) }
            starts.append(bytes.count)
        }
        return bytes.withUnsafeBufferPointer { all in
            guard ByteScan.isASCII(all) else { return strings.sorted() }
            let order = strings.indices.sorted { i, j in
                let a = starts[i], b = starts[j]
                let (m, n) = (starts[i + 1] - a, starts[j + 1] - b)
                let c = min(m, n) == 0 ? 0 : memcmp(all.baseAddress! + a, all.baseAddress! + b, min(m, n))
                return c < 0 || (c == 0 && m < n)
            }
            return order.map { strings[$0] }
        }
    }
}
