import DossierModel
import DossierRender
import Foundation

/// The output folder, changed only after the new site is complete. A first build (or one
/// over an output without a manifest) writes the whole site to a hidden sibling folder and
/// swaps it in by two renames; a rebuild writes only the pages that changed to that folder and
/// puts them in place under a journal (`OutputCommit`), so its cost is what changed.
struct OutputFolder {
    /// Marks a folder as dossier's own output; dossier replaces no other non-empty folder.
    static let marker = ".dossier-output"

    let url: URL
    private var fm: FileManager { .default }

    /// Cleans up after a build that was killed: completes the commit it was carrying out, or
    /// removes its half-written staging folder; if it died between the two renames of a swap,
    /// puts the previous site back.
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
                    continue
                }
                if kind == "building", let journal = try? FileIO.bytesIfPresent(atPath: leftover.path + "/" + OutputCommit.journal),
                   let commit = OutputCommit.decode(journal) {
                    complete(commit, staging: leftover.path)
                }
                try? fm.removeItem(at: leftover)
            }
        }
    }

    /// Carries out a commit; when that fails, the manifest goes, so the next build trusts
    /// nothing in the output and writes the whole site again.
    @discardableResult
    private func complete(_ commit: OutputCommit, staging: String) -> Error? {
        do {
            try commit.apply(staging: staging, output: url.path)
            return nil
        } catch {
            unlink(url.path + "/" + OutputFolder.manifest)
            return error
        }
    }

    /// Waits until no other build holds the output folder, then holds it (an exclusive `flock`
    /// on the folder, released when the returned descriptor is closed or the process ends), so
    /// two builds never commit into one output at once. -1 when there is no folder yet (a
    /// first build swaps a whole new site in, which needs no lock).
    func lock() -> Int32 {
        let fd = open(url.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return -1 }
        while flock(fd, LOCK_EX) != 0 && errno == EINTR {}
        return fd
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
        /// Files whose content is what the previous build wrote: left as they are.
        var unchanged: Int
    }

    /// Starts the new site's staging folder, a hidden sibling (`.<name>.building-<pid>`):
    /// `Staging.write` puts the pages that changed in it and `finish` puts them in place. A page
    /// the previous build wrote with the same content, or did not render again because its
    /// values were the same (`bytes` nil), is not written at all.
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

    /// Drops a staged site that is not to be published; the output is left as it was.
    func discard(_ staging: Staging) {
        try? fm.removeItem(at: staging.root)
    }

    /// Completes the staged site (the manifest of `pages` under the render `key`, the `assets`
    /// folder, the marker) and puts it in place: in place through a commit when the output has
    /// the `previous` build's manifest, else by swapping the whole staged site in. On an error
    /// before the output is touched, the staging folder is removed and the old site left as it
    /// was.
    func finish(_ staging: Staging, pages: [Result<Staging.Written, Error>], assets: URL?, key: String,
                previous: Manifest) throws -> WriteReport {
        let root = staging.root.path
        var report = WriteReport(written: 0, unchanged: 0)
        var lines: [(path: String, record: PageManifest.Record)] = []
        var moves: [String] = []
        let inPlace = previous.key != nil && fm.fileExists(atPath: url.path)
        let commit: OutputCommit
        var writingManifest: Background<Result<Void, Error>>?
        do {
            for page in pages {
                let written = try page.get()
                lines.append((written.path, written.record))
                if written.kept { report.unchanged += 1 } else { report.written += 1; moves.append(written.path) }
            }
            // In the plan's order, which is fixed: the same site gives the same manifest.
            let manifestFile = URL(fileURLWithPath: root + "/" + OutputFolder.manifest)
            let manifest: @Sendable () -> Result<Void, Error> = { [lines] in Result { try Data(PageManifest.encode(key: key, pages: lines)).write(to: manifestFile) } }
            guard inPlace else {
                try manifest().get()
                if let assets, fm.fileExists(atPath: assets.path) {
                    try fm.copyItem(at: assets, to: staging.root.appendingPathComponent("assets"))
                }
                try OutputFolder.markerText.write(to: URL(fileURLWithPath: root + "/" + OutputFolder.marker))
                try swap(in: staging)
                return report
            }
            writingManifest = Background(manifest) // while the commit is planned
            let changes = try stageChanges(assets: assets, staging: root)
            // Every page kept was in the previous site; when the pages written that were make up
            // the rest of it, no page is gone.
            let carried = report.unchanged + moves.lazy.filter { previous.pages[$0] != nil }.count
            var removals = changes.removals
            if carried != previous.pages.count {
                let inNewSite = Set(lines.map(\.path))
                removals = previous.pages.keys.filter { !inNewSite.contains($0) }.sorted() + removals
            }
            try writingManifest?.value.get()
            commit = OutputCommit(removals: removals, moves: moves.sorted() + changes.moves + [OutputFolder.manifest])
            try Data(commit.encoded()).write(to: URL(fileURLWithPath: root + "/" + OutputCommit.journal), options: .atomic)
        } catch {
            _ = writingManifest?.value // done writing into the staging folder before it goes
            try? fm.removeItem(at: staging.root)
            if let error = error as? DossierError { throw error }
            throw DossierError(step: "output", file: root, "cannot write the new site: \(error.localizedDescription)")
        }
        let failed = complete(commit, staging: root)
        try? fm.removeItem(at: staging.root)
        if let failed { throw failed }
        return report
    }

    static let markerText = Data("This folder was built by dossier; `dossier build` replaces what it wrote.\n".utf8)

    /// The files besides pages that a commit changes: the assets that differ from the
    /// output's (copied into the staging folder) or that it has and the templates no longer
    /// do, and the marker unless it is there as this program writes it.
    private func stageChanges(assets: URL?, staging: String) throws -> (moves: [String], removals: [String]) {
        var moves: [String] = []
        var made: Set<String> = [""]
        let have = Set(OutputFolder.files(under: url.path + "/assets"))
        let want = assets.map { OutputFolder.files(under: $0.path) } ?? []
        for file in want {
            let bytes = try FileIO.bytes(atPath: assets!.path + "/" + file)
            let path = "assets/" + file
            guard (try? FileIO.bytesIfPresent(atPath: url.path + "/" + path)) != bytes else { continue }
            try OutputCommit.makeFolders(Staging.folder(of: path), in: staging, made: &made)
            try Data(bytes).write(to: URL(fileURLWithPath: staging + "/" + path))
            moves.append(path)
        }
        if (try? FileIO.bytesIfPresent(atPath: url.path + "/" + OutputFolder.marker)) != [UInt8](OutputFolder.markerText) {
            try OutputFolder.markerText.write(to: URL(fileURLWithPath: staging + "/" + OutputFolder.marker))
            moves.append(OutputFolder.marker)
        }
        return (moves, have.subtracting(want).sorted().map { "assets/" + $0 })
    }

    /// The regular files under a folder, as paths relative to it, sorted (none when it is absent).
    static func files(under folder: String) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
        var files: [String] = []
        for case let path as String in walker {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder + "/" + path, isDirectory: &isFolder), !isFolder.boolValue { files.append(path) }
        }
        return files.sorted()
    }

    /// Swaps the staged site in for the old one (two renames), then removes the old one.
    private func swap(in staging: Staging) throws {
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
    }

    /// The previous build's manifest: its render key (nil when there is none) and its pages.
    typealias Manifest = (key: String?, pages: [String: PageManifest.Record])

    func previousManifest() -> Manifest {
        guard let bytes = try? FileIO.bytesIfPresent(atPath: url.path + "/" + OutputFolder.manifest) else { return (nil, [:]) }
        return PageManifest.parse(bytes)
    }

    /// Fingerprints of the previous build's pages that can be kept without rendering them again:
    /// only when they were rendered with the same `key`, and only pages whose file is still
    /// there with the size the manifest gives.
    func reusableFingerprints(_ previous: Manifest, key: String) -> [String: UInt64] {
        guard previous.key == key else { return [:] }
        let root = OpenFolder(path: url.path)
        defer { root.close() }
        var reusable: [String: UInt64] = [:]
        reusable.reserveCapacity(previous.pages.count)
        for (path, page) in previous.pages where root.regularFileSize(path) == page.size { reusable[path] = page.fingerprint }
        return reusable
    }

    /// The size of a regular file, or nil.
    static func size(of path: String) -> Int? {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return Int(info.st_size)
    }
}
