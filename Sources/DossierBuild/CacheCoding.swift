import DossierModel

/// The framing every cache file of the content folder shares, around the primitives of
/// `CacheWriter` (DossierModel):
///
///     magic · key · payload · checksum
///
/// The last 8 bytes are the checksum of all before them (`FileStamp`), so a truncated or
/// damaged file is refused as a whole.
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

/// A file's size and checksum, as the summary and body caches key entries.
extension CacheWriter {
    mutating func stamp(_ value: FileStamp) {
        int(value.size)
        int(Int(bitPattern: UInt(value.hash)))
    }
}

extension CacheReader {
    mutating func stamp() -> FileStamp? {
        guard let size = int(), let hash = int() else { return nil }
        return FileStamp(size: size, hash: UInt64(UInt(bitPattern: hash)))
    }
}
