import DossierModel
import Foundation

/// An entry's summary body (Markdown after the front matter): held, or read from its file when
/// needed, with its size and checksum known at once. A rebuild knows an unchanged summary's
/// body by its stamp (body outlines, story words and page keys are kept by it), so it reads the
/// file only for the pages it renders again; summarize lets each text go once its body is
/// rendered (`release`), and pages read again the few they ask for. Every text read from a file
/// is checked against the stamp: one that differs (the file changed or went while the site was
/// built) is given as read and reported by `changedOnDisk`, so that the build is not committed
/// with pages keyed by the stamp but made from other text.
public final class SummaryMarkdown: @unchecked Sendable {
    /// The body's UTF-8 size and checksum (`Checksum.wordwise`).
    public let size: Int
    public let checksum: UInt64
    private let lock = NSLock()
    private var held: String?
    private let load: (() -> String)?
    /// Whether the text was let go: reads then go to the file each time, holding nothing.
    private var released = false
    private var mismatch = false

    /// A body in memory; given `reload`, one that can let its text go (`release`) and read
    /// it again when asked.
    public init(_ text: String, reload: (@Sendable () -> String)? = nil) {
        var text = text
        size = text.utf8.count
        checksum = SummaryMarkdown.checksum(&text)
        held = text
        load = reload
    }

    /// A body whose stamp is known, read by `load` when first needed (and held from then on).
    public init(size: Int, checksum: UInt64, load: @escaping () -> String) {
        self.size = size
        self.checksum = checksum
        self.load = load
    }

    /// The body's text: held, or read from the file (by the first thread that asks, and then
    /// held, unless the text was let go).
    public var text: String {
        lock.withLock {
            if let held { return held }
            var text = load?() ?? ""
            if text.utf8.count != size || SummaryMarkdown.checksum(&text) != checksum { mismatch = true }
            if !released { held = text }
            return text
        }
    }

    /// Whether a text read from the file differed from the stamp (the file changed or went
    /// while the site was built).
    public var changedOnDisk: Bool { lock.withLock { mismatch } }

    /// Whether the text is held now (what the tests check a build lets go).
    var holdsText: Bool { lock.withLock { held != nil } }

    /// Whether the text can be let go and read again.
    var canRelease: Bool { load != nil }

    /// Lets the text go, when it can be read again: each later `text` reads the file.
    func release() {
        guard load != nil else { return }
        lock.withLock {
            held = nil
            released = true
        }
    }

    private static func checksum(_ text: inout String) -> UInt64 {
        text.withUTF8 { Checksum.wordwise(UnsafeRawBufferPointer($0)) }
    }
}
