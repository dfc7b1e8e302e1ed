import DossierModel

/// An entry's summary body (Markdown after the front matter): held, or read from its file when
/// first needed, with its size and checksum known at once. A rebuild knows an unchanged
/// summary's body by its stamp (body outlines, story words and page keys are kept by it), so
/// it reads the file only for the pages it renders again.
public final class SummaryMarkdown: @unchecked Sendable {
    /// The body's UTF-8 size and checksum (`Checksum.wordwise`).
    public let size: Int
    public let checksum: UInt64
    private let body: Shared<String>

    /// A body in memory.
    public init(_ text: String) {
        var text = text
        size = text.utf8.count
        checksum = text.withUTF8 { Checksum.wordwise(UnsafeRawBufferPointer($0)) }
        body = Shared { text }
    }

    /// A body whose stamp is known, read by `load` when first needed. `load` should give the
    /// text of that stamp; if the file changed meanwhile it gives what is there now, and the
    /// next build, which sees the change, puts everything right.
    public init(size: Int, checksum: UInt64, load: @escaping () -> String) {
        self.size = size
        self.checksum = checksum
        body = Shared(load)
    }

    /// The body's text (read once, by the first thread that asks).
    public var text: String { body.value }
}
