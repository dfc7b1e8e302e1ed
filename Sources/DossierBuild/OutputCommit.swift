import DossierModel
import Foundation

/// How a rebuild puts its changes into the output folder in place: the files that changed are
/// renamed over the old ones from the staging folder, the files the new site no longer has are
/// removed, and the manifest comes last. Nothing in the output is touched before this plan is
/// written, whole, into the staging folder as a journal (sealed: a cut or damaged journal is
/// no journal); a build killed while carrying it out is completed by the next one
/// (`OutputFolder.recover`). So a rebuild costs what changed, not the size of the site.
///
///     magic "dossier-commit 1\n" · key "" · removals · moves · checksum   (CacheCoding framing)
struct OutputCommit: Equatable {
    /// The journal's name inside the staging folder.
    static let journal = ".dossier-commit"
    static let magic = Array("dossier-commit 1\n".utf8)

    /// Files (relative paths) the old site has and the new one does not.
    var removals: [String]
    /// Files (relative paths) staged, renamed into the output in this order: the manifest last.
    var moves: [String]

    func encoded() -> [UInt8] {
        CacheWriter.sealed(magic: OutputCommit.magic, key: "") { out in
            out.list(removals) { $0.text($1) }
            out.list(moves) { $0.text($1) }
        }
    }

    /// The plan of a journal; nil when the bytes are not a whole journal.
    static func decode(_ bytes: [UInt8]) -> OutputCommit? {
        guard var input = CacheReader.opened(bytes, magic: magic, key: ""),
              let removals = input.list({ $0.text() }), let moves = input.list({ $0.text() }), input.isAtEnd
        else { return nil }
        return OutputCommit(removals: removals, moves: moves)
    }

    /// Carries the plan out from `staging` into `output` (both folder paths). Every step may be
    /// done again: a removal of a file already gone, or a move whose staged file is gone, was
    /// done before, so a journal left by a killed build is simply applied again. Folders are
    /// made as moves need them; folders emptied by removals are removed.
    func apply(staging: String, output: String) throws {
        for path in removals {
            guard unlink(output + "/" + path) == 0 || errno == ENOENT else { throw OutputCommit.failure(output + "/" + path) }
            OutputCommit.removeEmptyFolders(of: path, in: output)
        }
        var made: Set<String> = [""]
        for path in moves {
            let (source, target) = (staging + "/" + path, output + "/" + path)
            if rename(source, target) == 0 { continue }
            guard errno == ENOENT else { throw OutputCommit.failure(target) }
            guard access(source, F_OK) == 0 else { continue } // moved by an earlier try
            try OutputCommit.makeFolders(Staging.folder(of: path), in: output, made: &made)
            guard rename(source, target) == 0 else { throw OutputCommit.failure(target) }
        }
    }

    /// Removes the folders of `path` (inside `root`, never `root` itself) that are empty, innermost first.
    static func removeEmptyFolders(of path: String, in root: String) {
        var folder = Staging.folder(of: path)
        while !folder.isEmpty, rmdir(root + "/" + folder) == 0 { folder = Staging.folder(of: folder) }
    }

    /// Makes `folder` (inside `root`) and its missing parents.
    static func makeFolders(_ folder: String, in root: String, made: inout Set<String>) throws {
        var missing: [String] = []
        var path = folder
        while !made.contains(path) {
            missing.append(path)
            path = Staging.folder(of: path)
        }
        for path in missing.reversed() {
            guard mkdir(root + "/" + path, 0o755) == 0 || errno == EEXIST else { throw failure(root + "/" + path) }
            made.insert(path)
        }
    }

    private static func failure(_ path: String) -> Error {
        DossierError(step: "output", file: path, "cannot update the site: \(String(cString: strerror(errno)))")
    }
}
