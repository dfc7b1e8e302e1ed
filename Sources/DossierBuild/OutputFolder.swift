import DossierModel
import DossierRender
import Foundation

/// The output folder, replaced whole and only after the new site is complete: the site is
/// written to a hidden sibling folder, then swapped in by two renames.
struct OutputFolder {
    /// Marks a folder as dossier's own output; dossier replaces no other non-empty folder.
    static let marker = ".dossier-output"

    let url: URL
    private var fm: FileManager { .default }

    /// Cleans up after a build that was killed: removes its half-written staging folder and,
    /// if it died between the two renames of the swap, puts the previous site back.
    func recover() {
        let parent = url.deletingLastPathComponent()
        let name = url.lastPathComponent
        guard let siblings = try? fm.contentsOfDirectory(atPath: parent.path) else { return }
        for sibling in siblings.sorted() {
            for kind in ["building", "old"] {
                let prefix = ".\(name).\(kind)-"
                guard sibling.hasPrefix(prefix), let pid = Int32(sibling.dropFirst(prefix.count)),
                      !OutputFolder.isRunning(pid) else { continue }
                let leftover = parent.appendingPathComponent(sibling)
                if kind == "old" && !fm.fileExists(atPath: url.path) {
                    try? fm.moveItem(at: leftover, to: url)
                } else {
                    try? fm.removeItem(at: leftover)
                }
            }
        }
    }

    /// Whether a process with this id is alive (another build may be writing its own folders).
    static func isRunning(_ pid: Int32) -> Bool {
        pid == getpid() ? false : kill(pid, 0) == 0 || errno == EPERM
    }

    /// Fails unless the folder is absent, empty, or carries the marker.
    func checkReplaceable() throws {
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: url.path, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else {
            throw DossierError(step: "output", file: url.path, "is a file, not a folder; choose another --output")
        }
        let items = (try? fm.contentsOfDirectory(atPath: url.path)) ?? []
        if !items.isEmpty && !items.contains(OutputFolder.marker) {
            throw DossierError(step: "output", file: url.path,
                               "refusing to replace a non-empty folder that dossier did not create (no \(OutputFolder.marker) in it); choose another --output or empty it")
        }
    }

    /// Lists every page of the site with its checksum and size, so the next build can tell
    /// which pages it would write unchanged.
    static let manifest = ".dossier-manifest"

    /// What `replace` did.
    struct WriteReport: Equatable {
        /// Files written because they are new or their content changed.
        var written: Int
        /// Files whose content is what the previous build wrote: hard-linked from it, not rewritten.
        var unchanged: Int
    }

    /// Starts a new site in a hidden sibling folder (`.<name>.building-<pid>`); `Staging.write`
    /// puts pages in it and `finish` swaps it in. A file the previous build wrote with the same
    /// content, or did not render again because its values were the same (`contents` nil), is
    /// hard-linked from the old site instead of written, so a rebuild writes only what changed
    /// and the swap stays atomic.
    func beginStaging(previous: Manifest) throws -> Staging {
        try checkReplaceable()
        let parent = url.deletingLastPathComponent()
        let pid = ProcessInfo.processInfo.processIdentifier
        let staging = parent.appendingPathComponent(".\(url.lastPathComponent).building-\(pid)")
        do {
            try? fm.removeItem(at: staging)
            try fm.createDirectory(at: staging, withIntermediateDirectories: true)
        } catch {
            throw DossierError(step: "output", file: staging.path, "cannot write the new site: \(error.localizedDescription)")
        }
        return Staging(root: staging, oldRoot: url.path, previous: previous.pages)
    }

    /// Completes the staged site (the `assets` folder copied as is, the marker, the manifest
    /// of `pages` under the render `key`) and swaps it in for the old one. On any error the
    /// staging folder is removed and the old site is left as it was.
    func finish(_ staging: Staging, pages: [Result<Staging.Written, Error>], assets: URL?, key: String) throws -> WriteReport {
        let fail = { (error: Error) -> DossierError in
            try? fm.removeItem(at: staging.root)
            if let error = error as? DossierError { return error }
            return DossierError(step: "output", file: staging.root.path, "cannot write the new site: \(error.localizedDescription)")
        }
        var report = WriteReport(written: 0, unchanged: 0)
        var lines: [(path: String, line: String)] = []
        do {
            for page in pages {
                let written = try page.get()
                lines.append((written.path, written.manifestLine))
                if written.linked { report.unchanged += 1 } else { report.written += 1 }
            }
            if let assets, fm.fileExists(atPath: assets.path) {
                try fm.copyItem(at: assets, to: staging.root.appendingPathComponent("assets"))
            }
            try Data("This folder was built by dossier; `dossier build` replaces it whole.\n".utf8)
                .write(to: staging.root.appendingPathComponent(OutputFolder.marker))
            let manifest = ["\(OutputFolder.manifestHeader) \(key)"] + lines.sorted { $0.path < $1.path }.map(\.line)
            try Data((manifest.joined(separator: "\n") + "\n").utf8)
                .write(to: staging.root.appendingPathComponent(OutputFolder.manifest))
        } catch {
            throw fail(error)
        }
        let old = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).old-\(ProcessInfo.processInfo.processIdentifier)")
        do {
            let existed = fm.fileExists(atPath: url.path)
            if existed { try fm.moveItem(at: url, to: old) }
            do {
                try fm.moveItem(at: staging.root, to: url)
            } catch {
                if existed { try? fm.moveItem(at: old, to: url) }
                throw error
            }
            if existed { try? fm.removeItem(at: old) }
        } catch {
            try? fm.removeItem(at: staging.root)
            throw DossierError(step: "output", file: url.path, "cannot swap in the new site: \(error.localizedDescription)")
        }
        return report
    }

    /// The first word of a manifest; the rest of its first line is the render key.
    static let manifestHeader = "dossier-manifest-2"

    /// A page the previous build wrote.
    struct PreviousPage {
        var checksum: String
        var size: Int
        var fingerprint: UInt64
    }

    /// The previous build's manifest: its render key and its pages. Empty when there is none.
    /// The previous build's manifest: its render key (nil when there is none) and its pages.
    typealias Manifest = (key: String?, pages: [String: PreviousPage])

    func previousManifest() -> Manifest {
        guard let bytes = try? FileIO.bytesIfPresent(atPath: url.path + "/" + OutputFolder.manifest) else { return (nil, [:]) }
        return OutputFolder.parseManifest(bytes)
    }

    /// A manifest's lines (a header, then `checksum TAB size TAB fingerprint TAB path`), read
    /// over bytes; lines that are not such are skipped.
    static func parseManifest(_ bytes: [UInt8]) -> Manifest {
        var lines = bytes.split(separator: 0x0A)[...]
        let prefix = Array((manifestHeader + " ").utf8)
        guard let header = lines.popFirst(), header.starts(with: prefix) else { return (nil, [:]) }
        var pages: [String: PreviousPage] = [:]
        pages.reserveCapacity(lines.count)
        for line in lines {
            let parts = line.split(separator: 0x09, maxSplits: 3)
            guard parts.count == 4, let size = Int(String(decoding: parts[1], as: UTF8.self)),
                  let fingerprint = UInt64(String(decoding: parts[2], as: UTF8.self), radix: 16) else { continue }
            pages[String(decoding: parts[3], as: UTF8.self)] = PreviousPage(checksum: String(decoding: parts[0], as: UTF8.self),
                                                                          size: size, fingerprint: fingerprint)
        }
        return (String(decoding: header.dropFirst(prefix.count), as: UTF8.self), pages)
    }

    /// Fingerprints of the previous build's pages that can be kept without rendering them again:
    /// only when they were rendered with the same `key`, and only pages whose file is still
    /// there with the size the manifest gives.
    func reusableFingerprints(_ previous: Manifest, key: String) -> [String: UInt64] {
        guard previous.key == key else { return [:] }
        var reusable: [String: UInt64] = [:]
        for (path, page) in previous.pages where OutputFolder.size(of: url.path + "/" + path) == page.size {
            reusable[path] = page.fingerprint
        }
        return reusable
    }

    /// The size of a regular file, or nil.
    static func size(of path: String) -> Int? {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return Int(info.st_size)
    }
}
