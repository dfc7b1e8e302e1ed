import Foundation

/// A fixed map from word keys to values for lookups made once per token: open addressing over the
/// FNV-1a of the key's UTF-8 bytes, which for keys of a few bytes costs a fraction of `Dictionary`'s
/// SipHash. It answers what the dictionary it is made from answers. An ASCII key is equal (by
/// canonical equivalence, as `String` compares) to one ASCII string only, itself, and to a stored
/// key only when that key's canonical decomposition is those bytes; so the table holds each stored
/// key under the ASCII form it may have and is asked ASCII keys only. Other keys ask the dictionary.
struct KeyTable<Value: Sendable>: Sendable {
    private let dictionary: [String: Value]
    /// Per slot, the index of its entry in `keys`, `hashes` and `values`, or -1 when empty.
    private let slots: [Int32]
    private let keys: [String]
    private let hashes: [UInt64]
    private let values: [Value]

    init(_ dictionary: [String: Value]) {
        self.dictionary = dictionary
        var size = 8
        while size < dictionary.count * 2 { size *= 2 }
        var slots = [Int32](repeating: -1, count: size)
        var keys: [String] = [], hashes: [UInt64] = [], values: [Value] = []
        for (stored, value) in dictionary {
            guard let key = KeyTable.asciiForm(of: stored), let hash = KeyTable.asciiHash(key) else { continue }
            var slot = KeyTable.slot(of: hash, size: size)
            while slots[slot] >= 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = Int32(keys.count)
            keys.append(key)
            hashes.append(hash)
            values.append(value)
        }
        self.slots = slots
        self.keys = keys
        self.hashes = hashes
        self.values = values
    }

    /// `dictionary[key]`.
    subscript(key: String) -> Value? {
        guard let hash = KeyTable.asciiHash(key) else { return dictionary[key] }
        var slot = KeyTable.slot(of: hash, size: slots.count)
        while slots[slot] >= 0 {
            let entry = Int(slots[slot])
            if hashes[entry] == hash && keys[entry] == key { return values[entry] }
            slot = (slot + 1) & (slots.count - 1)
        }
        return nil
    }

    /// The ASCII string equal to `key`: itself, or its canonical decomposition when that is ASCII
    /// ("\u{212A}", the Kelvin sign, is "K"); nil when no ASCII string is equal to it.
    static func asciiForm(of key: String) -> String? {
        if asciiHash(key) != nil { return key }
        let decomposed = key.decomposedStringWithCanonicalMapping
        return asciiHash(decomposed) != nil ? decomposed : nil
    }

    /// FNV-1a 64 of the bytes of `key`, or nil when it is not ASCII.
    static func asciiHash(_ key: String) -> UInt64? {
        key.utf8.withContiguousStorageIfAvailable(asciiHash) ?? Array(key.utf8).withUnsafeBufferPointer(asciiHash)
    }

    /// FNV-1a 64 of `bytes`, or nil when one is not ASCII.
    static func asciiHash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var all: UInt8 = 0
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            all |= byte
        }
        return all < 0x80 ? hash : nil
    }

    /// The first slot to try for `hash` in a table of `size` (a power of two) slots.
    static func slot(of hash: UInt64, size: Int) -> Int { Int(truncatingIfNeeded: hash ^ (hash >> 29)) & (size - 1) }
}
