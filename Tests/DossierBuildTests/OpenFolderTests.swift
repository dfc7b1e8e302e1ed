@testable import DossierBuild
import Foundation
import XCTest

/// A `stat` relative to an open folder is the `stat` of the file's path, and a folder that
/// cannot be opened answers by paths.
final class OpenFolderTests: XCTestCase {
    func testStatsInAFolderAreThoseOfThePaths() throws {
        let root = try temporaryFolder(self)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("a/b"), withIntermediateDirectories: true)
        try Data("hello".utf8).write(to: root.appendingPathComponent("a/b/index.html"))
        let folder = OpenFolder(path: root.path)
        defer { folder.close() }
        XCTAssertEqual(folder.path(of: "a/b/index.html"), root.path + "/a/b/index.html")
        XCTAssertEqual(folder.fileStat("a/b/index.html"), FileStat(atPath: root.path + "/a/b/index.html"))
        XCTAssertNotNil(folder.fileStat("a/b/index.html"))
        XCTAssertNil(folder.fileStat("a/missing"))
        XCTAssertEqual(folder.regularFileSize("a/b/index.html"), 5)
        XCTAssertNil(folder.regularFileSize("a/b"), "a folder is not a page")
        XCTAssertNil(folder.regularFileSize("a/missing"))
    }

    func testAFolderThatCannotBeOpenedAnswersByPaths() throws {
        let root = try temporaryFolder(self)
        let file = root.appendingPathComponent("page.html")
        try Data("hello".utf8).write(to: file)
        let notAFolder = OpenFolder(path: file.path) // open(O_DIRECTORY) fails on a file
        defer { notAFolder.close() }
        XCTAssertNil(notAFolder.fileStat(""))
        let parent = OpenFolder(path: root.path + "/")
        defer { parent.close() }
        XCTAssertEqual(parent.path, root.path + "/", "one slash")
        XCTAssertEqual(parent.regularFileSize("page.html"), 5)
    }
}
