/// Numbers for the keys of one article's words, handed out as the keys come: keys that are equal
/// (as `String` compares them, by canonical equivalence) get one number, different keys different
/// numbers. The summary picker compares sentences by their content keys' numbers, sorted, which
/// costs a fraction of sorting the strings. An ASCII key is filed in an open-addressed table under
/// its `KeyHash.ascii` (a token's `keyHash`, made once), a key equal to an ASCII string under that
/// string (as in `KeyTable`), and any other key in a dictionary, which compares as `String` does.
struct KeyNumbers {
    /// Per slot, the index in `entries` of the ASCII key filed there (its number), or -1.
    private var slots: [Int32]
    /// The ASCII keys by number, with their hashes.
    private var entries: [(hash: UInt64, key: String)] = []
    /// The numbers of keys equal to no ASCII string: -1, -2, … (ASCII keys are numbered from 0).
    private var others: [String: Int32] = [:]

    /// A table with room for `capacity` ASCII keys before it grows.
    init(capacity: Int) {
        var size = 8
        while size < capacity * 2 { size *= 2 }
        slots = [Int32](repeating: -1, count: size)
        entries.reserveCapacity(capacity)
    }

    /// The number of `key`, where `hash` is `KeyHash.ascii(key)` (nil when the key is not ASCII).
    /// Inlined, so that a key met before costs its probe and no call.
    @inline(__always)
    mutating func number(of key: String, asciiHash hash: UInt64?) -> Int32 {
        guard let hash else { return number(ofOther: key) }
        let mask = slots.count &- 1
        var slot = KeyTable<Int32>.slot(of: hash, size: slots.count)
        while true {
            let entry = Int(slots[slot])
            if entry < 0 { return insert(key, hash: hash, at: slot) }
            if entries[entry].hash == hash && entries[entry].key == key { return Int32(entry) }
            slot = (slot &+ 1) & mask
        }
    }

    /// Files the new ASCII `key` in the empty `slot` and gives its number.
    private mutating func insert(_ key: String, hash: UInt64, at slot: Int) -> Int32 {
        let number = Int32(entries.count)
        slots[slot] = number
        entries.append((hash, key))
        if entries.count * 2 > slots.count { grow() }
        return number
    }

    /// The number of a key that is not ASCII: that of the ASCII string it equals, if any.
    private mutating func number(ofOther key: String) -> Int32 {
        if let ascii = KeyTable<Int32>.asciiForm(of: key), let hash = KeyHash.ascii(ascii) {
            return number(of: ascii, asciiHash: hash)
        }
        if let known = others[key] { return known }
        let number = -Int32(others.count) - 1
        others[key] = number
        return number
    }

    /// Twice the slots, the keys filed again.
    private mutating func grow() {
        let size = slots.count * 2
        slots = [Int32](repeating: -1, count: size)
        for (entry, filed) in entries.enumerated() {
            var slot = KeyTable<Int32>.slot(of: filed.hash, size: size)
            while slots[slot] >= 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = Int32(entry)
        }
    }
}
