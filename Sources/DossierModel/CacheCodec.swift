/// The primitives of every cache file Dossier keeps between builds (the content folder's
/// summary, body and template caches; their framing is the build's `CacheCoding`): integers
/// 8-byte little-endian, texts and byte strings a length and their bytes, optionals a 0/1 byte
/// first, lists a count first.
public struct CacheWriter {
    public var bytes: [UInt8] = []

    public init() {}

    @inlinable
    public mutating func int(_ value: Int) {
        withUnsafeBytes(of: Int64(value).littleEndian) { bytes.append(contentsOf: $0) }
    }

    @inlinable
    public mutating func text(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            int(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    /// A length and `values` as they are.
    @inlinable
    public mutating func raw(_ values: [UInt8]) {
        int(values.count)
        bytes.append(contentsOf: values)
    }

    @inlinable
    public mutating func day(_ value: Day) {
        int(value.year * 10_000 + value.month * 100 + value.day)
    }

    /// A count and the values' bytes, copied whole (8-byte little-endian each, as `int`).
    @inlinable
    public mutating func hashes(_ values: [UInt64]) {
        int(values.count)
        #if _endian(little)
        values.withUnsafeBytes { bytes.append(contentsOf: $0) }
        #else
        for value in values { int(Int(bitPattern: UInt(value))) }
        #endif
    }

    @inlinable
    public mutating func optional<T>(_ value: T?, _ write: (inout CacheWriter, T) -> Void) {
        guard let value else { return bytes.append(0) }
        bytes.append(1)
        write(&self, value)
    }

    @inlinable
    public mutating func list<T>(_ values: [T], _ write: (inout CacheWriter, T) -> Void) {
        int(values.count)
        for value in values { write(&self, value) }
    }
}

/// Reads what `CacheWriter` wrote; every read answers nil instead of going past the end.
public struct CacheReader {
    public let bytes: ArraySlice<UInt8>
    @usableFromInline var position: Int

    public init(bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
        self.position = bytes.startIndex
    }

    public var isAtEnd: Bool { position == bytes.endIndex }
    /// Bytes not read yet.
    public var remaining: Int { bytes.endIndex - position }

    @inlinable
    public mutating func int() -> Int? {
        guard bytes.endIndex - position >= 8 else { return nil }
        let value = bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: position - bytes.startIndex, as: UInt64.self) }
        position += 8
        return Int(Int64(bitPattern: UInt64(littleEndian: value)))
    }

    @inlinable
    public mutating func text() -> String? {
        guard let count = int(), count >= 0, bytes.endIndex - position >= count else { return nil }
        defer { position += count }
        let start = position - bytes.startIndex
        return bytes.withUnsafeBytes { String(decoding: $0[start..<(start + count)], as: UTF8.self) }
    }

    /// What `CacheWriter.raw` wrote.
    @inlinable
    public mutating func raw() -> [UInt8]? {
        guard let count = int(), count >= 0, bytes.endIndex - position >= count else { return nil }
        defer { position += count }
        return Array(bytes[position..<(position + count)])
    }

    @inlinable
    public mutating func day() -> Day? {
        guard let value = int() else { return nil }
        return Day(year: value / 10_000, month: value / 100 % 100, day: value % 100)
    }

    /// What `CacheWriter.hashes` wrote, copied whole.
    @inlinable
    public mutating func hashes() -> [UInt64]? {
        guard let count = int(), count >= 0, count <= (bytes.endIndex - position) / 8 else { return nil }
        let start = position
        position += count * 8
        #if _endian(little)
        return [UInt64](unsafeUninitializedCapacity: count) { buffer, initialized in
            bytes[start..<position].withUnsafeBytes { UnsafeMutableRawBufferPointer(buffer).copyMemory(from: $0) }
            initialized = count
        }
        #else
        var reader = CacheReader(bytes: bytes[start..<position])
        return (0..<count).map { _ in UInt64(UInt(bitPattern: reader.int()!)) }
        #endif
    }

    /// `.some(nil)` for an absent value; nil when the bytes are not an optional.
    @inlinable
    public mutating func optional<T>(_ read: (inout CacheReader) -> T?) -> T?? {
        guard position < bytes.endIndex else { return nil }
        let flag = bytes[position]
        position += 1
        switch flag {
        case 0: return .some(nil)
        case 1: return read(&self).map { .some($0) }
        default: return nil
        }
    }

    @inlinable
    public mutating func list<T>(_ read: (inout CacheReader) -> T?) -> [T]? {
        // Each element takes at least one byte: a count beyond what is left is damage.
        guard let count = int(), count >= 0, count <= bytes.endIndex - position else { return nil }
        var values: [T] = []
        values.reserveCapacity(count)
        for _ in 0..<count {
            guard let value = read(&self) else { return nil }
            values.append(value)
        }
        return values
    }
}
