@testable import DossierBuild
import DossierModel
import DossierRender
import Foundation
import XCTest

/// Pages written into the staging folder make their folders, however deep and in whatever order.
final class StagingTests: XCTestCase {
    func testPagesMakeTheirMissingFoldersFromAnyDepth() throws {
        try checkPagesMakeTheirFolders(rootOpen: true)
    }

    /// A staging root that could not be opened (here: made only after the staging began) is
    /// written by whole paths instead, with the same result.
    func testPagesMakeTheirFoldersByWholePathsWhenTheRootCannotBeOpened() throws {
        try checkPagesMakeTheirFolders(rootOpen: false)
    }

    private func checkPagesMakeTheirFolders(rootOpen: Bool) throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("staging-\(UUID().uuidString)")
        if rootOpen { try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true) }
        defer { try? FileManager.default.removeItem(at: root) }
        let staging = Staging(root: root, oldRoot: root.path + "-old", previous: [:])
        if !rootOpen { try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true) }
        let paths = ["stories/page/2/index.html", "index.html", "stories/index.html", "stories/page/3/index.html",
                     "articles/a/index.html", "articles/b/index.html", "a/b/c/d/e.html"]
        let results = paths.parallelMap { path in staging.write(SiteFile(path: path, bytes: Array(path.utf8))) }
        for (path, result) in zip(paths, results) {
            XCTAssertEqual(try result.get().kept, false, path)
            XCTAssertEqual(try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8), path)
        }
    }
}
