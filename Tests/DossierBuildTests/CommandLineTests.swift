@testable import DossierBuild
import Foundation
import XCTest

/// The `dossier` executable as a user runs it: exit status, one-line errors, a killed build.
final class CommandLineTests: XCTestCase {
    /// The dossier binary built next to this test bundle.
    var binary: URL {
        get throws {
            let folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            let candidates = [folder, folder.deletingLastPathComponent(), Bundle.main.bundleURL]
                .map { $0.appendingPathComponent("dossier") }
            return try XCTUnwrap(candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) },
                                 "the dossier executable is not built next to the tests (\(folder.path))")
        }
    }

    func run(_ arguments: [String], in folder: URL) throws -> (status: Int32, stderr: String) {
        let process = Process()
        process.executableURL = try binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let data = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// The binary's malloc is TCMalloc (Package.swift links it, docs/ARCHITECTURE.md says
    /// why): without it a build takes a tenth more CPU, and no other test would notice.
    func testTheBinaryLinksTCMalloc() throws {
        #if os(Linux)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/ldd")
        process.arguments = [try binary.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let listed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertTrue(listed.contains("libtcmalloc_minimal.so.4 => /"), listed)
        #endif
    }

    /// A site folder: Content (the seeds), a copy of the templates, and a first good build.
    func builtSite() throws -> URL {
        let content = try seedContent(self)
        let root = content.deletingLastPathComponent()
        try FileManager.default.copyItem(at: Repo.templates, to: root.appendingPathComponent("Templates"))
        let first = try run(["build", "--quiet"], in: root)
        XCTAssertEqual(first.status, 0, first.stderr)
        return root
    }

    func testTemplateSyntaxErrorIsOneLineWithFileAndLineAndLeavesOutputAlone() throws {
        let root = try builtSite()
        let before = try snapshot(root.appendingPathComponent("Output"))
        let template = root.appendingPathComponent("Templates/topic.mustache")
        try (try String(contentsOf: template, encoding: .utf8) + "\n{{#unclosed}}\n").write(to: template, atomically: true, encoding: .utf8)
        let result = try run(["build", "--quiet"], in: root)
        XCTAssertEqual(result.status, 1)
        let lines = result.stderr.split(separator: "\n")
        XCTAssertEqual(lines.count, 1, result.stderr)
        XCTAssertTrue(result.stderr.contains("Templates/topic.mustache:"), result.stderr)
        XCTAssertTrue(result.stderr.contains("[templates]"), result.stderr)
        XCTAssertEqual(try snapshot(root.appendingPathComponent("Output")), before)
    }

    func testMissingPartialIsAnErrorAndLeavesOutputAlone() throws {
        let root = try builtSite()
        let before = try snapshot(root.appendingPathComponent("Output"))
        try FileManager.default.removeItem(at: root.appendingPathComponent("Templates/partials/tags.mustache"))
        let result = try run(["build", "--quiet"], in: root)
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("Templates/partials/card.mustache:"), result.stderr)
        XCTAssertTrue(result.stderr.contains("partials/tags"), result.stderr)
        XCTAssertEqual(try snapshot(root.appendingPathComponent("Output")), before)
    }

    func testAKilledBuildLeavesTheOldSiteIntactAndTheNextBuildCleansUpOrCompletesIt() throws {
        let root = try builtSite()
        // Enough articles that a build takes a while to summarize and to write.
        let articles = root.appendingPathComponent("Content/articles")
        let seed = try String(contentsOf: articles.appendingPathComponent("001_5d909d00cdc3620e.txt"), encoding: .utf8)
        for i in 0..<300 { try "\(seed)\n\nUpdate \(i).".write(to: articles.appendingPathComponent("x\(i).txt"), atomically: true, encoding: .utf8) }
        let output = root.appendingPathComponent("Output")
        let before = try snapshot(output)
        for delay in [0.05, 0.3, 0.8, 1.5] {
            let process = Process()
            process.executableURL = try binary
            process.arguments = ["build", "--quiet"]
            process.currentDirectoryURL = root
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let now = try snapshot(output)
            let committing = try FileManager.default.contentsOfDirectory(atPath: root.path)
                .contains { $0.hasPrefix(".Output.building-") && FileManager.default.fileExists(atPath: root.path + "/" + $0 + "/" + OutputCommit.journal) }
            XCTAssertTrue(now == before || committing || (now.count > before.count && now["index.html"] != nil && now[".dossier-output"] != nil),
                          "after SIGKILL at \(delay) s Output/ must be the old site, the whole new one, or a commit the next build completes")
            if now != before { break } // the build finished before the kill
        }
        let result = try run(["build", "--quiet"], in: root)
        XCTAssertEqual(result.status, 0, result.stderr)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.hasPrefix(".Output.") }
        XCTAssertEqual(leftovers, [], "staging folders of killed builds are removed")
        XCTAssertNotNil(try snapshot(output)["articles/x299/index.html"])
    }

    func testRecoverPutsBackASiteCaughtBetweenTheTwoRenames() throws {
        let root = try temporaryFolder(self)
        let old = root.appendingPathComponent(".Output.old-999999")
        try FileManager.default.createDirectory(at: old, withIntermediateDirectories: true)
        try Data("site".utf8).write(to: old.appendingPathComponent("index.html"))
        let staging = root.appendingPathComponent(".Output.building-999999")
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        OutputFolder(url: root.appendingPathComponent("Output")).recover()
        XCTAssertEqual(try snapshot(root.appendingPathComponent("Output")), ["index.html": Data("site".utf8)])
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: root.path), ["Output"])
    }
}
