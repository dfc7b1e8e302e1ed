@testable import DossierBuild
import Foundation
import XCTest

/// The program's identity in the caches' keys: the linker's build ID, read from the ELF notes.
final class ProgramIdentityTests: XCTestCase {
    /// An ELF note: name size, descriptor size, type, then name and descriptor padded to 4 bytes.
    func note(name: String, type: UInt32, descriptor: [UInt8]) -> [UInt8] {
        let name = Array(name.utf8) + [0]
        func word(_ v: Int) -> [UInt8] { withUnsafeBytes(of: UInt32(v).littleEndian, Array.init) }
        func padded(_ b: [UInt8]) -> [UInt8] { b + Array(repeating: 0, count: (4 - b.count % 4) % 4) }
        return word(name.count) + word(descriptor.count) + word(Int(type)) + padded(name) + padded(descriptor)
    }

    func testTheBuildIDIsTheGNUNoteOfTypeThree() {
        let id: [UInt8] = [0xDE, 0xAD, 0xBE, 0xEF, 0x01]
        let notes = note(name: "GNU", type: 1, descriptor: [1, 2, 3, 4]) + note(name: "Go", type: 3, descriptor: [9])
            + note(name: "GNU", type: 3, descriptor: id)
        XCTAssertEqual(notes.withUnsafeBytes { ProgramIdentity.buildID(inNotes: $0) }, id)
        XCTAssertNil(Array(notes.dropLast(4)).withUnsafeBytes { ProgramIdentity.buildID(inNotes: $0) }, "a cut note is none")
        XCTAssertNil(note(name: "GNU", type: 1, descriptor: id).withUnsafeBytes { ProgramIdentity.buildID(inNotes: $0) })
    }

    func testTheRunningProgramHasOneAndOtherFilesNone() throws {
        let own = try XCTUnwrap(ProgramIdentity.buildID(of: "/proc/self/exe"), "the toolchain links with a build ID")
        XCTAssertEqual(ProgramIdentity.buildID(of: "/proc/self/exe"), own)
        let text = try temporaryFolder(self).appendingPathComponent("not-elf")
        try Data("#!/bin/sh\necho hi\n".utf8).write(to: text)
        XCTAssertNil(ProgramIdentity.buildID(of: text.path))
        XCTAssertNil(ProgramIdentity.buildID(of: text.path + ".missing"))
        XCTAssertTrue(ProgramIdentity.current.hasPrefix("build-id "), ProgramIdentity.current)
    }
}
