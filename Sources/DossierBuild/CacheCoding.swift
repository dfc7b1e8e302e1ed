import DossierModel

/// The framing every cache file of the content folder shares, and its primitives:
///
///     magic · key · payload · checksum
///
/// Integers are 8-byte little-endian, texts a length and UTF-8 bytes, optionals a 0/1 byte
/// first, lists a count first. The last 8 bytes are the checksum of all before them (`FileStamp`), so a
/// truncated or damaged file is refused as a whole.
extension CacheWriter {
    /// `magic`, `key`, what `payload` writes, and the checksum.
    static func sealed(magic: [UInt8], key: String, _ payload: (inout CacheWriter) -> Void) -> [UInt8] {
        var out = CacheWriter()
        out.bytes = magic
        out.text(key)
        payload(&out)
        out.int(Int(bitPattern: UInt(FileStamp(out.bytes).hash)))
        return out.bytes
    }
}

extension CacheReader {
    /// A reader at the payload of `bytes`; nil unless they start with `magic`, end with their
    /// checksum and were written under `key`.
    static func opened(_ bytes: ArraySlice<UInt8>, magic: [UInt8], key: String) -> CacheReader? {
        guard bytes.count >= magic.count + 8, bytes.starts(with: magic) else { return nil }
        let sealEnd = bytes.endIndex - 8
        var trailer = CacheReader(bytes: bytes[sealEnd...])
        guard let stored = trailer.int(), UInt64(UInt(bitPattern: stored)) == FileStamp(bytes[..<sealEnd]).hash else { return nil }
        var input = CacheReader(bytes: bytes[(bytes.startIndex + magic.count)..<sealEnd])
        guard input.text() == key else { return nil }
        return input
    }

    static func opened(_ bytes: [UInt8], magic: [UInt8], key: String) -> CacheReader? { opened(bytes[...], magic: magic, key: key) }
}

/// Appends the codec's primitives.
struct CacheWriter {
    var bytes: [UInt8] = []

    mutating func int(_ value: Int) {
        withUnsafeBytes(of: Int64(value).littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func text(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            int(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    mutating func stamp(_ value: FileStamp) {
        int(value.size)
        int(Int(bitPattern: UInt(value.hash)))
    }

    mutating func day(_ value: Day) {
        int(value.year * 10_000 + value.month * 100 + value.day)
    }

    /// A count and the values' bytes, copied whole (8-byte little-endian each, as `int`).
    mutating func hashes(_ values: [UInt64]) {
        int(values.count)
        #if _endian(little)
        values.withUnsafeBytes { bytes.append(contentsOf: $0) }
        #else
        for value in values { int(Int(bitPattern: UInt(value))) }
        #endif
    }

    mutating func optional<T>(_ value: T?, _ write: (inout CacheWriter, T) -> Void) {
        guard let value else { return bytes.append(0) }
        bytes.append(1)
        write(&self, value)
    }

    mutating func list<T>(_ values: [T], _ write: (inout CacheWriter, T) -> Void) {
        int(values.count)
        for value in values { write(&self, value) }
    }
}

/// Reads the codec's primitives; every read answers nil instead of going past the end.
struct CacheReader {
    let bytes: ArraySlice<UInt8>
    private var position: Int

    init(bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
        self.position = bytes.startIndex
    }

    var isAtEnd: Bool { position == bytes.endIndex }
    /// Bytes not read yet.
    var remaining: Int { bytes.endIndex - position }

    mutating func int() -> Int? {
        guard bytes.endIndex - position >= 8 else { return nil }
        let value = bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: position - bytes.startIndex, as: UInt64.self) }
        position += 8
        return Int(Int64(bitPattern: UInt64(littleEndian: value)))
    }

    mutating func text() -> String? {
        guard let count = int(), count >= 0, bytes.endIndex - position >= count else { return nil }
        defer { position += count }
        let start = position - bytes.startIndex
        return bytes.withUnsafeBytes { String(decoding: $0[start..<(start + count)], as: UTF8.self) }
    }

    mutating func stamp() -> FileStamp? {
        guard let size = int(), let hash = int() else { return nil }
        return FileStamp(size: size, hash: UInt64(UInt(bitPattern: hash)))
    }

    mutating func day() -> Day? {
        guard let value = int() else { return nil }
        return Day(year: value / 10_000, month: value / 100 % 100, day: value % 100)
    }

    /// What `CacheWriter.hashes` wrote, copied whole.
    mutating func hashes() -> [UInt64]? {
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
    mutating func optional<T>(_ read: (inout CacheReader) -> T?) -> T?? {
        guard position < bytes.endIndex else { return nil }
        let flag = bytes[position]
        position += 1
        switch flag {
        case 0: return .some(nil)
        case 1: return read(&self).map { .some($0) }
        default: return nil
        }
    }

    mutating func list<T>(_ read: (inout CacheReader) -> T?) -> [T]? {
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
