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
    /// A bit per stored key's hash (`filterBit`), sixteen bits a key: a key whose bit is clear is not
    /// stored, and its lookup ends without a probe (most words the gazetteer is asked start no alias).
    private let filter: [UInt64]

    init(_ dictionary: [String: Value]) {
        self.dictionary = dictionary
        var size = 8
        while size < dictionary.count * 2 { size *= 2 }
        var slots = [Int32](repeating: -1, count: size)
        var keys: [String] = [], hashes: [UInt64] = [], values: [Value] = []
        for (stored, value) in dictionary {
            guard let key = KeyTable.asciiForm(of: stored), let hash = KeyHash.ascii(key) else { continue }
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
        var filter = [UInt64](repeating: 0, count: max(1, size / 8))
        for hash in hashes {
            let bit = KeyTable.filterBit(of: hash, words: filter.count)
            filter[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        self.filter = filter
    }

    /// `dictionary[key]`.
    subscript(key: String) -> Value? { self[key, asciiHash: KeyHash.ascii(key)] }

    /// `dictionary[key]`, where `hash` is `KeyHash.ascii(key)` (a token's `keyHash`, made once).
    /// Inlined, so that a key the filter rules out costs a load and no call.
    @inline(__always)
    subscript(key: String, asciiHash hash: UInt64?) -> Value? {
        guard let hash else { return dictionary[key] }
        let bit = KeyTable.filterBit(of: hash, words: filter.count)
        guard filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return nil }
        return probe(key, hash: hash)
    }

    /// The stored value of the ASCII `key`, whose `KeyHash.ascii` is `hash`, found in `slots`.
    private func probe(_ key: String, hash: UInt64) -> Value? {
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
        if KeyHash.ascii(key) != nil { return key }
        let decomposed = key.decomposedStringWithCanonicalMapping
        return KeyHash.ascii(decomposed) != nil ? decomposed : nil
    }

    /// The bit of `filter`, a table of `words` words (a power of two), that stands for `hash`: read
    /// from its high half, which the slot's bits barely depend on.
    @inline(__always)
    static func filterBit(of hash: UInt64, words: Int) -> Int { Int(truncatingIfNeeded: hash >> 32) & (words &* 64 &- 1) }

    /// The first slot to try for `hash` in a table of `size` (a power of two) slots.
    static func slot(of hash: UInt64, size: Int) -> Int { Int(truncatingIfNeeded: hash ^ (hash >> 29)) & (size - 1) }
}

/// The hash `KeyTable` files its keys under, of an ASCII key's bytes read as little-endian words
/// of eight (the last padded with zeros): the count, then each word mixed in with a multiply. A
/// key of up to 15 bytes is two such words, so the tokenizer, which holds a key so, hashes it with
/// two steps instead of one a byte.
enum KeyHash {
    /// The hash of the bytes of `key`, or nil when it is not ASCII.
    static func ascii(_ key: String) -> UInt64? {
        key.utf8.withContiguousStorageIfAvailable(ascii) ?? Array(key.utf8).withUnsafeBufferPointer(ascii)
    }

    /// The hash of `bytes`, or nil when one is not ASCII.
    static func ascii(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        var hash = basis(count: bytes.count)
        var all: UInt64 = 0
        var k = 0
        while k < bytes.count {
            var word: UInt64 = 0
            for b in 0..<min(8, bytes.count - k) { word |= UInt64(bytes[k + b]) << (8 * UInt64(b)) }
            all |= word
            hash = adding(word, to: hash)
            k += 8
        }
        return all & 0x8080_8080_8080_8080 == 0 ? hash : nil
    }

    /// The hash of up to 15 bytes packed in `low` (bytes 0–7) and `high` (bytes 8–14), `count`
    /// of them, none set beyond `count` (as `SmallASCII.words` packs them): `ascii` of the bytes.
    @inline(__always)
    static func ascii(low: UInt64, high: UInt64, count: Int) -> UInt64 {
        var hash = basis(count: count)
        if count > 0 { hash = adding(low, to: hash) }
        if count > 8 { hash = adding(high, to: hash) }
        return hash
    }

    /// The hash before any word: the count mixed into a fixed seed.
    @inline(__always)
    static func basis(count: Int) -> UInt64 { 0xcbf2_9ce4_8422_2325 ^ UInt64(truncatingIfNeeded: count) }

    /// One step: `hash` with the word `word` mixed in.
    @inline(__always)
    static func adding(_ word: UInt64, to hash: UInt64) -> UInt64 {
        let mixed = (hash ^ word) &* 0x9E37_79B9_7F4A_7C15
        return mixed ^ (mixed >> 32)
    }
}
