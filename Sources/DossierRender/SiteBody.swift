import Foundation

/// An entry's body as the site uses it: its outline and story words at once, its HTML when a
/// page that shows it is first rendered (once: the article page and its print volume share it).
/// A body that knows its Markdown holds no HTML until then: the outline and words come from
/// the previous build, or from a render whose HTML is let go (`init(source:)`), so the bodies'
/// HTML is never all held. A rebuild that has the outline and words from the previous build
/// renders only the bodies of the pages that changed, and reads no body's text to group
/// stories. A body that knows its Markdown lets its HTML go once the pages expected to show it
/// have (`releaseAfterReads`), and renders it again if another page asks.
public final class SiteBody: @unchecked Sendable {
    public let outline: BodyOutline
    /// The words stories compare it by (`StoryGrouper.wordSet`); empty once the site index has
    /// grouped the stories (`forgetWords`), so they are not held while pages render.
    public private(set) var words: WordSet
    private let markdown: SummaryMarkdown?
    private var html: RenderedMarkdown?
    /// Reads of the HTML left before it is let go (nil: kept to the end).
    private var readsLeft: Int?
    /// Locks shared by all bodies (a lock each would cost more memory than a body's outline).
    private static let locks = (0..<64).map { _ in NSLock() }
    private var lock: NSLock { SiteBody.locks[Int(UInt(bitPattern: ObjectIdentifier(self).hashValue) % 64)] }

    /// A body whose outline and words are found now from `source` (`outline(of:)`); its HTML
    /// is rendered again when a page shows it.
    public convenience init(source: SummaryMarkdown) {
        let (outline, words) = SiteBody.outline(of: source.text)
        self.init(markdown: source, outline: outline, words: words)
    }

    /// What the site needs of a body before its pages are rendered: the outline of its HTML
    /// (rendered, then let go) and the words stories compare it by.
    public static func outline(of markdown: String) -> (outline: BodyOutline, words: WordSet) {
        (Markdown.render(markdown).outline, StoryGrouper.wordSet(markdown))
    }

    /// A body rendered already, with its words: its HTML is held to the end.
    public init(rendered: RenderedMarkdown, words: WordSet) {
        self.outline = rendered.outline
        self.words = words
        self.markdown = nil
        self.html = rendered
    }

    /// A body whose outline and words are known (from an earlier render of the same Markdown
    /// by the same program), rendered when first needed.
    public init(markdown: SummaryMarkdown, outline: BodyOutline, words: WordSet) {
        self.outline = outline
        self.words = words
        self.markdown = markdown
    }

    /// Lets the words go (called by the site index, before any page worker starts).
    func forgetWords() { words = WordSet(hashes: []) }

    /// Lets the HTML go after `reads` more reads of `rendered`, when the body can be rendered
    /// again (called by the plan, before any page worker starts).
    func releaseAfterReads(_ reads: Int) {
        guard markdown != nil else { return }
        readsLeft = reads
    }

    /// Whether the HTML is held now (rendered and not let go yet).
    var holdsHTML: Bool { lock.withLock { html != nil } }

    /// The body rendered.
    var rendered: RenderedMarkdown {
        lock.withLock {
            let rendered = html ?? Markdown.render(markdown!.text)
            if let left = readsLeft {
                readsLeft = left - 1
                html = left > 1 ? rendered : nil
            } else {
                html = rendered
            }
            return rendered
        }
    }
}
