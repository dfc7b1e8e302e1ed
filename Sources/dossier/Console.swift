import ArgumentParser
import DossierBuild
import Foundation
import Logging

/// The terminal edge: paths from arguments, log lines on standard error, exit codes.
enum Console {
    static func url(_ path: String) -> URL {
        URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL
    }

    static func logger(quiet: Bool) -> Logger {
        var logger = Logger(label: "dossier") { _ in PlainLogHandler() }
        logger.logLevel = quiet ? .warning : .info
        return logger
    }

    /// A progress line on the terminal ("summarize 4200/10000"), rewritten in place; nil (no
    /// output) when standard error is not a terminal, in CI, or with --quiet.
    static func progress(quiet: Bool) -> StepProgress.Report? {
        guard !quiet, isatty(STDERR_FILENO) == 1, ProcessInfo.processInfo.environment["CI"] == nil else { return nil }
        return { step, done, total in
            let end = done == total ? "\r\u{1B}[K" : ""
            FileHandle.standardError.write(Data("\r\(step) \(done)/\(total)\(end)".utf8))
        }
    }

    /// Ends the process with success while `memory` is still held: nothing of it is freed
    /// object by object, the system takes it back whole.
    static func exit(keeping memory: AnyObject) -> Never {
        withExtendedLifetime(memory) { Foundation.exit(0) }
    }

    /// Runs a command; a DossierError becomes one line on standard error and exit status 1.
    static func run(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as DossierError {
            FileHandle.standardError.write(Data("\(error)\n".utf8))
            throw ExitCode(1)
        }
    }
}

/// Writes each message as one plain line on standard error: no timestamps, so logs of two
/// runs compare line by line, and `file:line: warning:` lines stay clickable in editors.
struct PlainLogHandler: LogHandler {
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .info

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        FileHandle.standardError.write(Data("\(event.message)\n".utf8))
    }
}
