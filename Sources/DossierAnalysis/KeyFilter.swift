/// A quick test that a string is surely not among a fixed set of keys, by its first byte and its
/// length in bytes, so that most words skip the hashing of a dictionary lookup.
struct KeyFilter: Sendable {
    /// Per first byte, bit `min(length, 63)` set for each key with that first byte and length.
    private let bits: [UInt64]
    private let hasEmpty: Bool

    init(_ keys: some Sequence<String>) {
        var bits = [UInt64](repeating: 0, count: 256)
        var hasEmpty = false
        for key in keys {
            guard let first = key.utf8.first else {
                hasEmpty = true
                continue
            }
            bits[Int(first)] |= 1 << UInt64(min(key.utf8.count, 63))
        }
        self.bits = bits
        self.hasEmpty = hasEmpty
    }

    /// False only when `key` is none of the keys.
    @inline(__always)
    func mayContain(_ key: String) -> Bool {
        guard let first = key.utf8.first else { return hasEmpty }
        return bits[Int(first)] & (1 << UInt64(min(key.utf8.count, 63))) != 0
    }
}
