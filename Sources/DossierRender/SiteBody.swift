import Foundation

/// An entry's body as the site uses it: its outline at once, its HTML when a page that shows
/// it is first rendered (once: the article page and its print volume share it). A rebuild
/// that has the outline from the previous build renders only the bodies of the pages that
/// changed.
public final class SiteBody: @unchecked Sendable {
    public let outline: BodyOutline
    private let markdown: String
    private var html: RenderedMarkdown?
    /// Locks shared by all bodies (a lock each would cost more memory than a body's outline).
    private static let locks = (0..<64).map { _ in NSLock() }
    private var lock: NSLock { SiteBody.locks[Int(UInt(bitPattern: ObjectIdentifier(self).hashValue) % 64)] }

    /// A body rendered already.
    public init(rendered: RenderedMarkdown) {
        self.outline = rendered.outline
        self.markdown = ""
        self.html = rendered
    }

    /// A body whose outline is known (from an earlier render of the same Markdown by the same
    /// program), rendered when first needed.
    public init(markdown: String, outline: BodyOutline) {
        self.outline = outline
        self.markdown = markdown
    }

    /// The body rendered.
    var rendered: RenderedMarkdown {
        lock.withLock {
            if let html { return html }
            let rendered = Markdown.render(markdown)
            html = rendered
            return rendered
        }
    }
}
