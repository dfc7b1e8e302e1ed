import DossierModel
import Foundation

/// What identifies this build of dossier in the caches' and the manifest's keys: a new build
/// of the program analyses every article and renders every page again.
///
/// The linker's build ID (the `NT_GNU_BUILD_ID` note, a hash of the linked output), read from
/// the executable's ELF program headers with a few small reads, and the executable's size;
/// without one, the executable's bytes are checksummed (11 MB: 30–40 ms on every run).
enum ProgramIdentity {
    static let current: String = buildID(of: "/proc/self/exe").map { "build-id \($0)" } ?? checksum()

    /// The build ID of a 64-bit little-endian ELF executable as hex, with its size; nil when
    /// it has none or is not such a file.
    static func buildID(of path: String) -> String? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        func read(_ count: Int, at offset: Int) -> [UInt8]? {
            guard count > 0, count <= 1 << 20 else { return nil }
            let bytes = [UInt8](unsafeUninitializedCapacity: count) { buffer, n in n = max(0, pread(fd, buffer.baseAddress!, count, off_t(offset))) }
            return bytes.count == count ? bytes : nil
        }
        func integer(_ bytes: [UInt8], _ at: Int, _ width: Int) -> Int {
            (0..<width).reversed().reduce(0) { $0 << 8 | Int(bytes[at + $1]) }
        }
        var info = stat()
        guard fstat(fd, &info) == 0, let header = read(64, at: 0), header.starts(with: [0x7F, 0x45, 0x4C, 0x46, 2, 1]) else { return nil }
        let (tableOffset, entrySize, entries) = (integer(header, 32, 8), integer(header, 54, 2), integer(header, 56, 2))
        guard entrySize >= 56, let table = read(entrySize * entries, at: tableOffset) else { return nil }
        for k in 0..<entries where integer(table, k * entrySize, 4) == 4 /* PT_NOTE */ {
            let entry = k * entrySize
            guard let notes = read(integer(table, entry + 32, 8), at: integer(table, entry + 8, 8)),
                  let id = notes.withUnsafeBytes({ buildID(inNotes: $0) }), !id.isEmpty else { continue }
            return id.map { String($0, radix: 16).leftPadded(to: 2) }.joined() + " size \(info.st_size)"
        }
        return nil
    }

    /// The descriptor of the GNU build-ID note among ELF notes (4-byte name size, descriptor size
    /// and type, then the name and descriptor, each padded to 4 bytes).
    static func buildID(inNotes notes: UnsafeRawBufferPointer) -> [UInt8]? {
        var offset = 0
        func word(_ at: Int) -> Int { Int(notes.loadUnaligned(fromByteOffset: at, as: UInt32.self)) }
        while offset + 12 <= notes.count {
            let (nameSize, size, type) = (word(offset), word(offset + 4), word(offset + 8))
            let name = offset + 12
            let descriptor = name + (nameSize + 3) / 4 * 4
            guard descriptor + size <= notes.count else { return nil }
            if type == 3 /* NT_GNU_BUILD_ID */, nameSize == 4, Array(notes[name..<(name + 4)]) == Array("GNU\0".utf8) {
                return Array(notes[descriptor..<(descriptor + size)])
            }
            offset = descriptor + (size + 3) / 4 * 4
        }
        return nil
    }

    /// The executable's bytes, checksummed.
    static func checksum() -> String {
        guard let bytes = (try? FileIO.bytes(atPath: "/proc/self/exe")) ?? CommandLine.arguments.first.flatMap({ try? FileIO.bytes(atPath: $0) }) else {
            return "unknown-\(UUID().uuidString)" // never matches: render everything
        }
        return String(bytes.withUnsafeBytes { Checksum.wordwise($0) }, radix: 16)
    }
}

private extension String {
    func leftPadded(to width: Int) -> String { count >= width ? self : String(repeating: "0", count: width - count) + self }
}
