import Foundation

/// The files of a dossier's content folder (the imperative edge: every read happens here).
struct ContentFolder {
    let root: URL

    var articles: URL { root.appendingPathComponent("articles") }
    var summaries: URL { root.appendingPathComponent("summaries") }
    var configFile: URL { root.appendingPathComponent("dossier.yml") }

    /// Names of the raw articles (`*.txt`), sorted, so every run sees them in the same order.
    func articleNames() throws -> [String] {
        try names(in: articles, step: "articles", suffix: ".txt")
    }

    /// Names of the summary files (`*.md`), sorted.
    func summaryNames() throws -> [String] {
        guard FileManager.default.fileExists(atPath: summaries.path) else { return [] }
        return try names(in: summaries, step: "summaries", suffix: ".md")
    }

    private func names(in folder: URL, step: String, suffix: String) throws -> [String] {
        do {
            return try FileManager.default.contentsOfDirectory(atPath: folder.path)
                .filter { $0.hasSuffix(suffix) && !$0.hasPrefix(".") }
                .sorted()
        } catch {
            throw DossierError(step: step, file: folder.path, "cannot list the folder: \(error.localizedDescription)")
        }
    }
}

/// Small file helpers for the shell.
enum FileIO {
    static func bytes(_ url: URL) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: url))
    }

    static func text(_ url: URL) throws -> String? {
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        let data = try Data(contentsOf: url)
        return String(decoding: data, as: UTF8.self)
    }

    /// Writes through a temporary file and a rename, so a reader never sees half a file.
    static func writeAtomically(_ text: String, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url, options: .atomic)
    }
}
