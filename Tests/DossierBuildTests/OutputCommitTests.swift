@testable import DossierBuild
import Foundation
import XCTest

/// A rebuild puts what changed into the output in place, under a journal the next build
/// completes if this one is killed.
final class OutputCommitTests: XCTestCase {
    let commit = OutputCommit(removals: ["b/index.html", "assets/old.css"],
                              moves: ["a/index.html", "c/d/index.html", OutputFolder.manifest])

    func testTheJournalRoundTripsAndACutOrDamagedOneIsNoJournal() {
        let bytes = commit.encoded()
        XCTAssertEqual(OutputCommit.decode(bytes), commit)
        for end in 0..<bytes.count { XCTAssertNil(OutputCommit.decode(Array(bytes[..<end])), "cut at \(end)") }
        for i in bytes.indices {
            var damaged = bytes
            damaged[i] ^= 0x20
            XCTAssertNil(OutputCommit.decode(damaged), "byte \(i) flipped")
        }
    }

    /// An output with pages a and b and an old stylesheet, and a staging folder with the new a,
    /// a new page c/d and the new manifest.
    func folders() throws -> (output: URL, staging: URL) {
        let root = try temporaryFolder(self)
        let output = root.appendingPathComponent("Output")
        let staging = root.appendingPathComponent(".Output.building-999999")
        try write(["a/index.html": "old a", "b/index.html": "b", "assets/old.css": "css", OutputFolder.manifest: "old manifest",
                   OutputFolder.marker: "marker"], in: output)
        try write(["a/index.html": "new a", "c/d/index.html": "c", OutputFolder.manifest: "new manifest"], in: staging)
        return (output, staging)
    }

    func write(_ files: [String: String], in folder: URL) throws {
        for (path, text) in files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }

    let expected = ["a/index.html": Data("new a".utf8), "c/d/index.html": Data("c".utf8),
                    OutputFolder.manifest: Data("new manifest".utf8), OutputFolder.marker: Data("marker".utf8)]

    func testApplyingMovesChangedFilesRemovesGoneOnesAndTheirEmptyFolders() throws {
        let (output, staging) = try folders()
        try commit.apply(staging: staging.path, output: output.path)
        XCTAssertEqual(try snapshot(output), expected)
        XCTAssertFalse(FileManager.default.fileExists(atPath: output.appendingPathComponent("b").path), "b's folder is empty, so it goes")
        XCTAssertFalse(FileManager.default.fileExists(atPath: output.appendingPathComponent("assets").path))
        try commit.apply(staging: staging.path, output: output.path)
        XCTAssertEqual(try snapshot(output), expected, "applied again, nothing changes")
    }

    func testTheNextBuildCompletesACommitThatWasKilledHalfway() throws {
        let (output, staging) = try folders()
        try Data(commit.encoded()).write(to: staging.appendingPathComponent(OutputCommit.journal))
        // Killed after the removals and the first move.
        XCTAssertEqual(rename(staging.path + "/a/index.html", output.path + "/a/index.html"), 0)
        try FileManager.default.removeItem(at: output.appendingPathComponent("b"))
        OutputFolder(url: output).recover()
        XCTAssertEqual(try snapshot(output), expected)
        XCTAssertFalse(FileManager.default.fileExists(atPath: staging.path), "the staging folder goes once its commit is done")
    }

    func testAStagingFolderWithoutAWholeJournalIsRemovedAndTheOutputLeftAlone() throws {
        let (output, staging) = try folders()
        let before = try snapshot(output)
        try Data(commit.encoded().dropLast()).write(to: staging.appendingPathComponent(OutputCommit.journal))
        OutputFolder(url: output).recover()
        XCTAssertEqual(try snapshot(output), before)
        XCTAssertFalse(FileManager.default.fileExists(atPath: staging.path))
    }

    func testABuildHoldsTheOutputFolderSoAnotherWaits() throws {
        let (output, _) = try folders()
        let held = OutputFolder(url: output).lock()
        XCTAssertGreaterThanOrEqual(held, 0)
        let other = open(output.path, O_RDONLY | O_DIRECTORY)
        defer { close(other) }
        XCTAssertEqual(flock(other, LOCK_EX | LOCK_NB), -1, "held by the first build")
        close(held)
        XCTAssertEqual(flock(other, LOCK_EX | LOCK_NB), 0, "free once it is done")
        XCTAssertEqual(OutputFolder(url: output.appendingPathComponent("none")).lock(), -1, "no folder yet: nothing to hold")
    }

    func testAssetsAndTheMarkerChangeInPlaceAsAFreshBuildWritesThem() throws {
        let content = try seedContent(self)
        let root = content.deletingLastPathComponent()
        let templates = root.appendingPathComponent("Templates")
        try FileManager.default.copyItem(at: Repo.templates, to: templates)
        let output = root.appendingPathComponent("Output")
        let paths = Dossier.Paths(content: content, templates: templates, output: output)
        _ = try Dossier.build(paths, logger: CapturedLog().logger)
        let assets = templates.appendingPathComponent("assets")
        let sheets = try FileManager.default.contentsOfDirectory(atPath: assets.path).filter { $0.hasSuffix(".css") }.sorted()
        let sheet = try XCTUnwrap(sheets.first)
        try Data("body { color: black }\n".utf8).write(to: assets.appendingPathComponent(sheet))
        try write(["fonts/serif.txt": "a font"], in: assets)
        try Data("an older marker".utf8).write(to: output.appendingPathComponent(OutputFolder.marker))
        try Data("a stale asset".utf8).write(to: output.appendingPathComponent("assets/stale.css"))
        _ = try Dossier.build(paths, logger: CapturedLog().logger)
        let fresh = root.appendingPathComponent("Fresh")
        _ = try Dossier.build(Dossier.Paths(content: content, templates: templates, output: fresh), logger: CapturedLog().logger)
        XCTAssertEqual(try snapshot(output), try snapshot(fresh))
        XCTAssertEqual(try snapshot(output)["assets/" + sheet], Data("body { color: black }\n".utf8))
    }
}
