import DossierModel

/// Writes a Brief as a Markdown summary with YAML front matter: the file an analyst reads,
/// may edit, and the site is built from.
public enum SummaryWriter {
    /// The front-matter key whose value is the checksum of everything else in the file.
    public static let checksumKey = "checksum"

    /// The summary file for `brief`. The same brief always gives the same bytes.
    public static func markdown(for brief: Brief) -> String { generated(for: brief).markdown }

    /// The summary file for `brief`, with what a reader would find in it again: its checksum
    /// and its body (`Generated`).
    ///
    /// The front matter is written into the file and the body into a string of its own, so that
    /// the checksum line goes between them without copying the file again: the checksum is of
    /// the file without that line (front matter, closing line, blank line, body), taken over
    /// the three pieces one after the other.
    public static func generated(for brief: Brief) -> Generated {
        let room = capacity(brief)
        var file = ""
        file.reserveCapacity(room)
        frontMatter(brief, to: &file)
        var text = ""
        text.reserveCapacity(room)
        body(brief, to: &text)
        let closing = "---\n\n"
        let checksum = Checksum.of(concatenated: file, closing, text)
        // The front matter ends with a line break: the checksum line is its last line.
        file += "\(checksumKey): \(checksum)\n"
        file += closing
        file += text
        return Generated(markdown: file, checksum: checksum, body: text)
    }

    /// A summary file as written, with the checksum its front matter holds and where its body
    /// starts: what `SummaryReader.storedChecksum` and `SummaryDocument.body(ofGenerated:)`
    /// would find in it, known without searching it again.
    public struct Generated: Sendable {
        public let markdown: String
        public let checksum: String?
        /// The body: the file after its front matter's closing line and the blank line after it.
        public let body: String
    }

    /// Room for the file: its texts with some to spare for the markup and escapes, so that it
    /// is written into one buffer without growing.
    static func capacity(_ b: Brief) -> Int {
        let texts = b.body.reduce(0) { $0 + $1.text.utf8.count } + b.summary.reduce(0) { $0 + $1.text.utf8.count }
            + b.keyPoints.reduce(0) { $0 + $1.sentence.text.utf8.count } + 2 * b.quotes.reduce(0) { $0 + $1.text.utf8.count }
        return texts + texts / 8 + 1024
    }

    /// The front matter without its closing line, appended to `y`.
    static func frontMatter(_ b: Brief, to y: inout String) {
        y += "---\ntitle: "
        YAMLText.appendQuoted(title(b.title), to: &y)
        y += "\ndate: "
        y += b.date?.iso ?? "null"
        y += "\nevent_date: "
        y += b.eventDate?.iso ?? "null"
        y += "\nsource: "
        if let source = b.source { YAMLText.appendQuoted(source, to: &y) } else { y += "null" }
        y += "\nsource_file: "
        YAMLText.appendQuoted(b.sourceFile, to: &y)
        y += "\nactors: "
        YAMLText.appendList(b.actors, to: &y)
        y += "\ntopics: "
        YAMLText.appendList(b.topics, to: &y)
        y += "\nplaces: "
        YAMLText.appendList(b.places, to: &y)
        if b.quotes.isEmpty {
            y += "\nquotes: []\n"
        } else {
            y += "\nquotes:\n"
            for q in b.quotes {
                y += "  - speaker: "
                if let speaker = q.speaker { YAMLText.appendQuoted(speaker, to: &y) } else { y += "null" }
                y += "\n    text: "
                YAMLText.appendQuoted(q.text, to: &y)
                y += "\n    paragraph: "
                y += String(q.paragraph)
                y += "\n"
            }
        }
        let warnings = b.diagnostics.filter { $0.severity == .warning }.map(\.message)
        if !warnings.isEmpty {
            y += "warnings: "
            YAMLText.appendList(warnings, to: &y)
            y += "\n"
        }
    }

    /// The Markdown body, appended to `md`.
    static func body(_ b: Brief, to md: inout String) {
        md += "## Summary\n\n"
        if b.summary.isEmpty {
            md += "_No summary sentences could be taken from this article._\n"
        } else {
            for (i, sentence) in b.summary.enumerated() {
                if i > 0 { md += "\n" }
                md += MarkdownText.escapedLine(sentence.text)
                appendSpacedAnchor(sentence.paragraph, to: &md)
            }
            md += "\n"
        }
        if !b.keyPoints.isEmpty {
            md += "\n## Key points\n\n"
            for point in b.keyPoints {
                md += "- **"
                md += MarkdownText.escape(point.topic)
                md += ":** "
                md += MarkdownText.escapedLine(point.sentence.text)
                appendSpacedAnchor(point.sentence.paragraph, to: &md)
                md += "\n"
            }
        }
        if !b.quotes.isEmpty {
            md += "\n## Quotes\n"
            for q in b.quotes {
                md += "\n> “"
                md += MarkdownText.escapedLine(q.text)
                md += "”\n>\n> — "
                if let speaker = q.speaker {
                    md += "**"
                    md += MarkdownText.escape(speaker)
                    md += "**"
                } else {
                    md += "_speaker unknown_"
                }
                appendSpacedAnchor(q.paragraph, to: &md)
                md += "\n"
            }
        }
        // Each block's line break is appended with the opening of the line after it (one append fewer a block).
        md += "\n## Source text"
        for block in b.body {
            switch block.kind {
            case .paragraph: md += "\n\n"
            case .subhead: md += "\n\n### "
            }
            md += MarkdownText.escapedLine(block.text)
        }
        md += "\n"
    }

    /// The title as written: "Untitled" when it has no visible character (empty, spaces,
    /// zero-width or control characters only), since a summary must have a readable title.
    public static func title(_ text: String) -> String {
        // A printable ASCII character other than the space ("!" to "~") is visible: most titles open with one.
        if let first = text.utf8.first, first > 0x20 && first < 0x7F { return text }
        let visible = text.unicodeScalars.contains { scalar in
            !scalar.properties.isWhitespace && ![.format, .control, .unassigned, .surrogate, .privateUse, .lineSeparator,
                                                   .paragraphSeparator, .spaceSeparator, .nonspacingMark, .enclosingMark]
                .contains(scalar.properties.generalCategory)
        }
        return visible ? text : "Untitled"
    }

    /// A space and the link to paragraph `n` (`appendAnchor`), appended to `md` in one piece for
    /// the first paragraphs (each `String` append costs some hundreds of instructions).
    static func appendSpacedAnchor(_ n: Int, to md: inout String) {
        if n >= 0 && n < spacedAnchors.count {
            md += spacedAnchors[n]
        } else {
            md += " "
            appendAnchor(n, to: &md)
        }
    }

    /// " [¶n](#pn)" for paragraph `n` below 100 (" " for 0).
    static let spacedAnchors: [String] = (0..<100).map { n in
        var spaced = " "
        appendAnchor(n, to: &spaced)
        return spaced
    }

    /// A link to paragraph `n` of the Source text section (nothing for 0), appended to `md`.
    static func appendAnchor(_ n: Int, to md: inout String) {
        guard n > 0 else { return }
        let number = String(n)
        md += "[¶"
        md += number
        md += "](#p"
        md += number
        md += ")"
    }
}
