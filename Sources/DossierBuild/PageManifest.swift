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

    /// The manifest's bytes for `pages` (in the order given) rendered under `key`.
    static func encode(key: String, pages: [(path: String, record: Record)]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(64 + pages.count * 80)
        out += "\(header) \(key)\n".utf8
        for (path, record) in pages {
            out += checksumPrefix
            appendHex(record.checksum, to: &out, digits: 16)
            out.append(0x09)
            appendDecimal(record.size, to: &out)
            out.append(0x09)
            appendHex(record.fingerprint, to: &out, digits: 1)
            out.append(0x09)
            out += path.utf8
            out.append(0x0A)
        }
        return out
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
        var fields = line.split(separator: 0x09, maxSplits: 3, omittingEmptySubsequences: false).makeIterator()
        guard let checksum = fields.next(), checksum.starts(with: checksumPrefix),
              let hash = number(checksum.dropFirst(checksumPrefix.count), radix: 16),
              let size = fields.next().flatMap({ number($0, radix: 10) }),
              let fingerprint = fields.next().flatMap({ number($0, radix: 16) }),
              let path = fields.next(), !path.isEmpty
        else { return nil }
        return (String(decoding: path, as: UTF8.self), Record(checksum: hash, size: Int(size), fingerprint: fingerprint))
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

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// `value` in lower-case hex, zero-padded to at least `digits`.
    private static func appendHex(_ value: UInt64, to out: inout [UInt8], digits: Int) {
        let significant = value == 0 ? 1 : (67 - value.leadingZeroBitCount) / 4
        for k in stride(from: max(digits, significant) - 1, through: 0, by: -1) {
            out.append(hexDigits[Int((value >> UInt64(k * 4)) & 0xF)])
        }
    }

    /// `value` (not negative) in decimal.
    private static func appendDecimal(_ value: Int, to out: inout [UInt8]) {
        var digits = 1
        var rest = value / 10
        while rest > 0 { digits += 1; rest /= 10 }
        let end = out.count + digits
        out.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: digits))
        var v = value
        for k in stride(from: end - 1, through: end - digits, by: -1) {
            out[k] = UInt8(ascii: "0") + UInt8(v % 10)
            v /= 10
        }
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
