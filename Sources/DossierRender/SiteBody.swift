import Foundation

/// An entry's body as the site uses it: its outline and story words at once, its HTML when a
/// page that shows it is first rendered (once: the article page and its print volume share it).
/// A body that knows its Markdown holds no HTML until then: its outline and words come from
/// the previous build, or from a render now whose HTML is set aside in the build's scratch
/// file (`init(source:spill:)`) and read back by the first page, so the bodies' HTML is never
/// all held. A rebuild that has the outline and words from the previous build renders only the
/// bodies of the pages that changed, and reads no body's text to group stories. A body that
/// knows its Markdown lets its HTML go once the pages expected to show it have
/// (`releaseAfterReads`), and reads or renders it again if another page asks.
public final class SiteBody: @unchecked Sendable {
    public let outline: BodyOutline
    /// The words stories compare it by (`StoryGrouper.wordSet`); empty once the site index has
    /// grouped the stories (`forgetWords`), so they are not held while pages render.
    public private(set) var words: WordSet
    private let markdown: SummaryMarkdown?
    /// Where the HTML was set aside when the body was rendered, if it was.
    private let spilled: (spill: BodySpill, place: BodySpill.Place)?
    /// The HTML of each section (UTF-8), while held.
    private var html: [[UInt8]]?
    /// Reads of the HTML left before it is let go (nil: kept to the end).
    private var readsLeft: Int?
    /// Locks shared by all bodies (a lock each would cost more memory than a body's outline).
    private static let locks = (0..<64).map { _ in NSLock() }
    private var lock: NSLock { SiteBody.locks[Int(UInt(bitPattern: ObjectIdentifier(self).hashValue) % 64)] }

    /// A body rendered now from `source`, its words found now; its HTML is put in `spill`,
    /// to be read back when a page shows it (rendered again if it cannot be, or without one).
    public init(source: SummaryMarkdown, spill: BodySpill? = nil) {
        let text = source.text
        let rendered = Markdown.render(text)
        outline = rendered.outline
        words = StoryGrouper.wordSet(text)
        markdown = source
        spilled = spill.flatMap { spill in spill.put(rendered.sections.map(\.htmlUTF8)).map { (spill, $0) } }
    }

    /// A body rendered already, with its words: its HTML is held to the end.
    public init(rendered: RenderedMarkdown, words: WordSet) {
        self.outline = rendered.outline
        self.words = words
        self.markdown = nil
        self.spilled = nil
        self.html = rendered.sections.map(\.htmlUTF8)
    }

    /// A body whose outline and words are known (from an earlier render of the same Markdown
    /// by the same program), rendered when first needed.
    public init(markdown: SummaryMarkdown, outline: BodyOutline, words: WordSet) {
        self.outline = outline
        self.words = words
        self.markdown = markdown
        self.spilled = nil
    }

    /// Lets the words go (called by the site index, before any page worker starts).
    func forgetWords() { words = WordSet(hashes: []) }

    /// Lets the HTML go after `reads` more reads of `sections`, when the body can be rendered
    /// again (called by the plan, before any page worker starts).
    func releaseAfterReads(_ reads: Int) {
        guard markdown != nil else { return }
        readsLeft = reads
    }

    /// Whether the HTML is held now (what the tests check a build lets go).
    var holdsHTML: Bool { lock.withLock { html != nil } }

    /// The HTML of each `##` section of the body (`RenderedMarkdown.sections`) as UTF-8: held,
    /// read back from the spill, or rendered.
    var sections: [[UInt8]] {
        lock.withLock {
            let sections = html ?? spilled.flatMap { $0.spill.sections(at: $0.place) }
                ?? Markdown.render(markdown!.text).sections.map(\.htmlUTF8)
            if let left = readsLeft {
                readsLeft = left - 1
                html = left > 1 ? sections : nil
            } else {
                html = sections
            }
            return sections
        }
    }
}
