@testable import DossierBuild
import Foundation
import XCTest

/// A `stat`, read or write relative to an open folder is that of the file's path, and a folder
/// that cannot be opened answers by paths.
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

    func testReadsAndWritesInAFolderAreThoseOfThePaths() throws {
        let root = try temporaryFolder(self)
        let folder = OpenFolder(path: root.path)
        defer { folder.close() }
        XCTAssertTrue(folder.writeAtomically("first “text”", as: "a.md"))
        XCTAssertEqual(try String(contentsOfFile: root.path + "/a.md", encoding: .utf8), "first “text”")
        XCTAssertTrue(folder.writeAtomically("second", as: "a.md"), "replaces the file")
        XCTAssertEqual(try folder.bytes("a.md"), Array("second".utf8))
        XCTAssertEqual(try folder.bytesIfPresent("a.md"), Array("second".utf8))
        XCTAssertNil(try folder.bytesIfPresent("missing.md"))
        XCTAssertThrowsError(try folder.bytes("missing.md"))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: root.path), ["a.md"], "no temporary file left")
        XCTAssertFalse(folder.writeAtomically("x", as: "no/such/folder.md"))
        try FileManager.default.createDirectory(at: root.appendingPathComponent("empty"), withIntermediateDirectories: true)
        try Data().write(to: root.appendingPathComponent("empty/e.md"))
        XCTAssertEqual(try folder.bytes("empty/e.md"), [], "an empty file, read the Foundation way")
    }

    func testBytesAndStatGiveTheStatAPathWouldHave() throws {
        let root = try temporaryFolder(self)
        let gone = OpenFolder(path: root.path + "/later") // made after: answers by whole paths
        defer { gone.close() }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("later"), withIntermediateDirectories: true)
        let folder = OpenFolder(path: root.path + "/later")
        defer { folder.close() }
        try Data("article".utf8).write(to: root.appendingPathComponent("later/a.txt"))
        try Data().write(to: root.appendingPathComponent("later/empty.txt")) // read the Foundation way
        for (open, name) in [(folder, "open"), (gone, "by paths")] {
            let read = try open.bytesAndStat("a.txt")
            XCTAssertEqual(read.bytes, Array("article".utf8), name)
            XCTAssertEqual(read.stat, FileStat(atPath: root.path + "/later/a.txt"), name)
            XCTAssertNotNil(read.stat, name)
            let empty = try open.bytesAndStat("empty.txt")
            XCTAssertEqual(empty.bytes, [], name)
            XCTAssertEqual(empty.stat, FileStat(atPath: root.path + "/later/empty.txt"), name)
            XCTAssertNotNil(empty.stat, name)
            XCTAssertThrowsError(try open.bytesAndStat("missing.txt"), name)
        }
    }

    func testAFolderThatCannotBeOpenedReadsAndWritesByPaths() throws {
        let root = try temporaryFolder(self)
        let gone = OpenFolder(path: root.path + "/later")
        defer { gone.close() }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("later"), withIntermediateDirectories: true)
        XCTAssertTrue(gone.writeAtomically("by path", as: "b.md"))
        XCTAssertEqual(try String(contentsOfFile: root.path + "/later/b.md", encoding: .utf8), "by path")
        XCTAssertEqual(try gone.bytes("b.md"), Array("by path".utf8))
        XCTAssertNil(try gone.bytesIfPresent("c.md"))
    }
}
