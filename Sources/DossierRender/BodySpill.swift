import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Rendered bodies' HTML set aside in a scratch file for the length of a build, so that a body
/// rendered before its pages (to learn its outline) is read back when they are rendered instead
/// of being held in memory or rendered again (a copy costs ~1% of a cmark render). The file is
/// made in `folder` when the first body is put, and unlinked at once: it goes with the process
/// (or with the last body that refers to it). A body that cannot be put or read back is
/// rendered again from its Markdown: no output depends on the file.
///
/// A body is one record at the offset `put` gave: its number of sections, each section's
/// length (32-bit, little-endian), then the sections' UTF-8 bytes.
public final class BodySpill: @unchecked Sendable {
    /// Where a body's record is, and how long it is.
    struct Place {
        var offset: Int
        var length: Int
    }

    private let folder: URL
    private let lock = NSLock()
    /// The file, once made (-1: not made yet, or it could not be).
    private var fd: Int32 = -1
    private var tried = false
    /// Where the next record goes.
    private var end = 0

    public init(folder: URL) { self.folder = folder }

    deinit { if fd >= 0 { close(fd) } }

    /// Writes `sections` (each section's HTML, UTF-8) as a record; nil when the file cannot take it.
    func put(_ sections: [[UInt8]]) -> Place? {
        var record: [UInt8] = []
        record.reserveCapacity(4 * (sections.count + 1) + sections.reduce(0) { $0 + $1.count })
        BodySpill.append(UInt32(sections.count), to: &record)
        for section in sections { BodySpill.append(UInt32(section.count), to: &record) }
        for section in sections { record += section }
        guard let (fd, offset) = reserve(record.count) else { return nil }
        let written = record.withUnsafeBytes { bytes in
            var done = 0
            while done < bytes.count {
                let n = pwrite(fd, bytes.baseAddress! + done, bytes.count - done, off_t(offset + done))
                if n <= 0 { return false }
                done += n
            }
            return true
        }
        return written ? Place(offset: offset, length: record.count) : nil
    }

    /// The sections of the record at `place` (UTF-8, as put); nil when it cannot be read back whole.
    func sections(at place: Place) -> [[UInt8]]? {
        let fd = lock.withLock { self.fd }
        guard fd >= 0 else { return nil }
        let record = [UInt8](unsafeUninitializedCapacity: place.length) { buffer, count in
            count = 0
            while count < place.length {
                let n = pread(fd, buffer.baseAddress! + count, place.length - count, off_t(place.offset + count))
                if n <= 0 { break }
                count += n
            }
        }
        guard record.count == place.length, let sections = BodySpill.uint32(record, at: 0) else { return nil }
        var start = 4 * (Int(sections) + 1)
        var html: [[UInt8]] = []
        html.reserveCapacity(Int(sections))
        for k in 0..<Int(sections) {
            guard let length = BodySpill.uint32(record, at: 4 * (k + 1)), start + Int(length) <= record.count else { return nil }
            html.append(Array(record[start..<start + Int(length)]))
            start += Int(length)
        }
        return start == record.count ? html : nil
    }

    /// The file (made the first time) and the offset of `length` bytes reserved in it.
    private func reserve(_ length: Int) -> (Int32, Int)? {
        lock.withLock {
            if !tried {
                tried = true
                try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                var template = Array(folder.appendingPathComponent("bodies-html.XXXXXX").path.utf8CString)
                fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
                if fd >= 0 { unlink(template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }) }
            }
            guard fd >= 0 else { return nil }
            defer { end += length }
            return (fd, end)
        }
    }

    private static func append(_ value: UInt32, to bytes: inout [UInt8]) {
        withUnsafeBytes(of: value.littleEndian) { bytes += $0 }
    }

    private static func uint32(_ bytes: [UInt8], at offset: Int) -> UInt32? {
        guard offset + 4 <= bytes.count else { return nil }
        return bytes[offset..<offset + 4].reversed().reduce(0) { $0 << 8 | UInt32($1) }
    }
}
