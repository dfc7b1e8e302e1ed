import DossierModel
import Foundation

/// The output folder's manifest (`.dossier-manifest`): a header line with the render key, then
/// one line per page, `fnv1a64w:CHECKSUM TAB size TAB fingerprint TAB path` (checksum in 16 hex
/// digits, fingerprint in hex). Written and read over bytes, without a `String` per field: the
/// manifest has a line for every page, and a rebuild reads it and writes it whole. Pure.
enum PageManifest {
    /// What the manifest keeps of a page.
    struct Record: Equatable, Sendable {
        /// `Checksum.wordwise` of the page's bytes.
        var checksum: UInt64
        var size: Int
        /// The fingerprint of the values it was rendered from (`SiteFile.fingerprint`).
        var fingerprint: UInt64
    }

    /// The first word of a manifest; the rest of its first line is the render key.
    static let header = "dossier-manifest-2"
    private static let checksumPrefix = Array("fnv1a64w:".utf8)

    /// The manifest's bytes for `pages` (in the order given) rendered under `key`: each line
    /// written straight into a buffer sized for the longest numbers.
    static func encode(key: String, pages: [(path: String, record: Record)]) -> [UInt8] {
        let head = Array("\(header) \(key)\n".utf8)
        // Prefix, 16 hex digits, at most 20 decimal digits and 16 hex digits, three tabs, a line feed.
        let numbers = checksumPrefix.count + 16 + 20 + 16 + 4
        let capacity = pages.reduce(head.count) { $0 + numbers + $1.path.utf8.count }
        return [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
            var at = buffer.baseAddress!
            func put(_ bytes: UnsafeBufferPointer<UInt8>) {
                guard let from = bytes.baseAddress else { return }
                at.initialize(from: from, count: bytes.count)
                at += bytes.count
            }
            head.withUnsafeBufferPointer(put)
            for (path, record) in pages {
                checksumPrefix.withUnsafeBufferPointer(put)
                at = hex(record.checksum, at: at, digits: 16)
                at.pointee = 0x09
                at = decimal(record.size, at: at + 1)
                at.pointee = 0x09
                at = hex(record.fingerprint, at: at + 1, digits: 1)
                at.pointee = 0x09
                at += 1
                var path = path
                path.withUTF8(put)
                at.pointee = 0x0A
                at += 1
            }
            count = at - buffer.baseAddress!
        }
    }

    /// A manifest's render key (nil when the bytes are not a manifest) and pages; lines that
    /// are not page lines are skipped.
    static func parse(_ bytes: [UInt8]) -> (key: String?, pages: [String: Record]) {
        bytes.withUnsafeBufferPointer { all in
            var lines = Lines(all)
            let prefix = Array((header + " ").utf8)
            guard let first = lines.next(), first.starts(with: prefix) else { return (nil, [:]) }
            var pages: [String: Record] = [:]
            pages.reserveCapacity(bytes.count / 80)
            while let line = lines.next() {
                if let (path, record) = page(line) { pages[path] = record }
            }
            return (String(decoding: first.dropFirst(prefix.count), as: UTF8.self), pages)
        }
    }

    /// One page line, or nil.
    private static func page(_ line: Slice<UnsafeBufferPointer<UInt8>>) -> (String, Record)? {
        // The first three fields end at tabs; the path is the rest of the line, tabs and all.
        var rest = line
        func field() -> Slice<UnsafeBufferPointer<UInt8>>? {
            guard let tab = rest.firstIndex(of: 0x09) else { return nil }
            defer { rest = rest[(tab + 1)...] }
            return rest[..<tab]
        }
        guard let checksum = field(), checksum.starts(with: checksumPrefix),
              let hash = number(checksum.dropFirst(checksumPrefix.count), radix: 16),
              let size = field().flatMap({ number($0, radix: 10) }),
              let fingerprint = field().flatMap({ number($0, radix: 16) }),
              !rest.isEmpty
        else { return nil }
        return (String(decoding: rest, as: UTF8.self), Record(checksum: hash, size: Int(size), fingerprint: fingerprint))
    }

    /// Digits in `radix` (10, or 16 in lower case) as a number; nil when empty, not digits, or too large.
    private static func number(_ digits: Slice<UnsafeBufferPointer<UInt8>>, radix: UInt64) -> UInt64? {
        guard !digits.isEmpty, digits.count <= (radix == 16 ? 16 : 18) else { return nil }
        var value: UInt64 = 0
        for byte in digits {
            let digit: UInt64
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt64(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f") where radix == 16: digit = UInt64(byte - UInt8(ascii: "a") + 10)
            default: return nil
            }
            value = value * radix + digit
        }
        return value
    }

    /// `value` in lower-case hex, zero-padded to at least `digits`, written at `at`; the end.
    private static func hex(_ value: UInt64, at: UnsafeMutablePointer<UInt8>, digits: Int) -> UnsafeMutablePointer<UInt8> {
        let count = max(digits, value == 0 ? 1 : (67 - value.leadingZeroBitCount) / 4)
        var v = value
        for k in stride(from: count - 1, through: 0, by: -1) {
            let digit = UInt8(truncatingIfNeeded: v & 0xF)
            at[k] = digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "a") + digit - 10
            v >>= 4
        }
        return at + count
    }

    /// `value` (not negative) in decimal, written at `at`; the end.
    private static func decimal(_ value: Int, at: UnsafeMutablePointer<UInt8>) -> UnsafeMutablePointer<UInt8> {
        var count = 1
        var rest = value / 10
        while rest > 0 { count += 1; rest /= 10 }
        var v = value
        for k in stride(from: count - 1, through: 0, by: -1) {
            at[k] = UInt8(ascii: "0") + UInt8(v % 10)
            v /= 10
        }
        return at + count
    }

    /// The lines of a buffer, without their line feeds.
    private struct Lines {
        let bytes: UnsafeBufferPointer<UInt8>
        var start = 0

        init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        mutating func next() -> Slice<UnsafeBufferPointer<UInt8>>? {
            guard start < bytes.count else { return nil }
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            defer { start = end + 1 }
            return bytes[start..<end]
        }
    }
}
