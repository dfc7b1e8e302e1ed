import DossierModel
import DossierRender
import Foundation

/// The pages of a build that differ from the output folder's, written beside it (see
/// `OutputFolder.beginStaging`); a page the output already has, byte for byte, is only
/// listed. `write` is called from the page workers, many at once.
final class Staging: @unchecked Sendable {
    /// A page in the staged site, and what the manifest keeps of it.
    struct Written: Sendable {
        var path: String
        var record: PageManifest.Record
        /// The output folder has the page already (not rendered again, or rendered to the same
        /// bytes): nothing was written.
        var kept: Bool
    }

    let root: URL
    /// The staging folder, open: pages and their folders are made relative to it, so the
    /// kernel walks only their own paths.
    private let folder: OpenFolder
    private let oldRoot: String
    private let previous: [String: PageManifest.Record]

    init(root: URL, oldRoot: String, previous: [String: PageManifest.Record]) {
        self.root = root
        self.folder = OpenFolder(path: root.path)
        self.oldRoot = oldRoot
        self.previous = previous
    }

    deinit {
        folder.close()
    }

    /// Writes `file` into the staging folder, unless it is the page the output folder has
    /// (not rendered again, or rendered to the bytes the previous build wrote there).
    func write(_ file: SiteFile) -> Result<Written, Error> {
        Result {
            guard let contents = file.bytes else {
                guard let before = previous[file.path] else {
                    throw DossierError(step: "output", file: oldRoot + "/" + file.path, "the previous page to keep is missing")
                }
                return Written(path: file.path, record: PageManifest.Record(checksum: before.checksum, size: before.size, fingerprint: file.fingerprint),
                               kept: true)
            }
            let record = PageManifest.Record(checksum: contents.withUnsafeBytes { Checksum.wordwise($0) }, size: contents.count,
                                             fingerprint: file.fingerprint)
            if let before = previous[file.path], before.checksum == record.checksum, before.size == record.size,
               OutputFolder.size(of: oldRoot + "/" + file.path) == record.size {
                return Written(path: file.path, record: record, kept: true)
            }
            try makeFolder(Staging.folder(of: file.path))
            try create(file.path, contents)
            return Written(path: file.path, record: record, kept: false)
        }
    }

    /// Creates `folder` (relative to the root) and its missing parents. Most folders hold one
    /// page (`articles/<slug>/index.html`), so the folder is made first and its parents only
    /// when that fails for want of them: one `mkdir` a page, no set of folders made to hash
    /// and lock. Two workers may both make a folder: the second finds it there.
    private func makeFolder(_ folder: String) throws {
        guard !folder.isEmpty else { return }
        let (at, path) = self.folder.at(folder)
        if mkdirat(at, path, 0o755) == 0 || errno == EEXIST { return }
        guard errno == ENOENT else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        try makeFolder(Staging.folder(of: folder))
        guard mkdirat(at, path, 0o755) == 0 || errno == EEXIST else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
    }

    /// The folder a relative path is in ("" for the root): what is before its last "/".
    static func folder(of path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return String(path[..<slash])
    }

    /// Writes the new file `relative` in one `write(2)` loop.
    private func create(_ relative: String, _ contents: [UInt8]) throws {
        let (at, path) = folder.at(relative)
        let fd = openat(at, path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        defer { close(fd) }
        try contents.withUnsafeBufferPointer { bytes in
            var offset = 0
            while offset < bytes.count {
                let n = Foundation.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
                }
                offset += n
            }
        }
    }
}
