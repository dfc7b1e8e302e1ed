import DossierModel
import Foundation

/// An entry's summary body (Markdown after the front matter): held, or read from its file when
/// first needed, with its size and checksum known at once. A rebuild knows an unchanged
/// summary's body by its stamp (body outlines, story words and page keys are kept by it), so
/// it reads the file only for the pages it renders again.
public final class SummaryMarkdown: @unchecked Sendable {
    /// The body's UTF-8 size and checksum (`Checksum.wordwise`).
    public let size: Int
    public let checksum: UInt64
    private let lock = NSLock()
    private var held: String?
    private let load: (() -> String)?

    /// A body in memory; given `reload`, one that can let its text go (`release`) and read
    /// it again when next asked.
    public init(_ text: String, reload: (@Sendable () -> String)? = nil) {
        var text = text
        size = text.utf8.count
        checksum = text.withUTF8 { Checksum.wordwise(UnsafeRawBufferPointer($0)) }
        held = text
        load = reload
    }

    /// A body whose stamp is known, read by `load` when first needed. `load` should give the
    /// text of that stamp; if the file changed meanwhile it gives what is there now, and the
    /// next build, which sees the change, puts everything right.
    public init(size: Int, checksum: UInt64, load: @escaping () -> String) {
        self.size = size
        self.checksum = checksum
        self.load = load
    }

    /// The body's text (read once, by the first thread that asks, and held from then on).
    public var text: String {
        lock.withLock {
            if let held { return held }
            let text = load?() ?? ""
            held = text
            return text
        }
    }

    /// Whether the text can be let go and read again.
    var canRelease: Bool { load != nil }

    /// Lets the text go, when it can be read again: the next `text` reads it.
    func release() {
        guard load != nil else { return }
        lock.withLock { held = nil }
    }
}
