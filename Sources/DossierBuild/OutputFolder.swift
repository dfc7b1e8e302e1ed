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

    /// Writes `files` and the `assets` folder (copied as is) into a new folder, then swaps it in.
    /// Returns how many files were written.
    func replace(with files: [SiteFile], assets: URL?) throws -> Int {
        try checkReplaceable()
        let parent = url.deletingLastPathComponent()
        let pid = ProcessInfo.processInfo.processIdentifier
        let staging = parent.appendingPathComponent(".\(url.lastPathComponent).building-\(pid)")
        let old = parent.appendingPathComponent(".\(url.lastPathComponent).old-\(pid)")
        do {
            try? fm.removeItem(at: staging)
            try fm.createDirectory(at: staging, withIntermediateDirectories: true)
            var folders: Set<String> = []
            for file in files {
                let target = staging.appendingPathComponent(file.path)
                let folder = target.deletingLastPathComponent().path
                if folders.insert(folder).inserted {
                    try fm.createDirectory(atPath: folder, withIntermediateDirectories: true)
                }
                try Data(file.contents.utf8).write(to: target)
            }
            if let assets, fm.fileExists(atPath: assets.path) {
                try fm.copyItem(at: assets, to: staging.appendingPathComponent("assets"))
            }
            try Data("This folder was built by dossier; `dossier build` replaces it whole.\n".utf8)
                .write(to: staging.appendingPathComponent(OutputFolder.marker))
        } catch {
            try? fm.removeItem(at: staging)
            throw DossierError(step: "output", file: staging.path, "cannot write the new site: \(error.localizedDescription)")
        }
        do {
            let existed = fm.fileExists(atPath: url.path)
            if existed { try fm.moveItem(at: url, to: old) }
            do {
                try fm.moveItem(at: staging, to: url)
            } catch {
                if existed { try? fm.moveItem(at: old, to: url) }
                throw error
            }
            if existed { try? fm.removeItem(at: old) }
        } catch {
            try? fm.removeItem(at: staging)
            throw DossierError(step: "output", file: url.path, "cannot swap in the new site: \(error.localizedDescription)")
        }
        return files.count
    }
}
