import DossierModel

/// Writes a Brief as a Markdown summary with YAML front matter: the file an analyst reads,
/// may edit, and the site is built from.
public enum SummaryWriter {
    /// The front-matter key whose value is the checksum of everything else in the file.
    public static let checksumKey = "checksum"

    /// The summary file for `brief`. The same brief always gives the same bytes.
    public static func markdown(for brief: Brief) -> String {
        let content = frontMatter(brief) + "---\n\n" + body(brief)
        return sealed(content)
    }

    /// Inserts the checksum line as the last line of the front matter.
    static func sealed(_ content: String) -> String {
        let checksum = Checksum.of(content)
        guard let end = ByteSearch.range(of: "\n---\n", in: content) else { return content }
        var text = content
        text.insert(contentsOf: "\n\(checksumKey): \(checksum)", at: end.lowerBound)
        return text
    }

    static func frontMatter(_ b: Brief) -> String {
        var y = "---\n"
        y += "title: \(YAMLText.quoted(title(b.title)))\n"
        y += "date: \(b.date?.iso ?? "null")\n"
        y += "event_date: \(b.eventDate?.iso ?? "null")\n"
        y += "source: \(b.source.map(YAMLText.quoted) ?? "null")\n"
        y += "source_file: \(YAMLText.quoted(b.sourceFile))\n"
        y += "actors: \(YAMLText.list(b.actors))\n"
        y += "topics: \(YAMLText.list(b.topics))\n"
        y += "places: \(YAMLText.list(b.places))\n"
        if b.quotes.isEmpty {
            y += "quotes: []\n"
        } else {
            y += "quotes:\n"
            for q in b.quotes {
                y += "  - speaker: \(q.speaker.map(YAMLText.quoted) ?? "null")\n"
                y += "    text: \(YAMLText.quoted(q.text))\n"
                y += "    paragraph: \(q.paragraph)\n"
            }
        }
        let warnings = b.diagnostics.filter { $0.severity == .warning }.map(\.message)
        if !warnings.isEmpty { y += "warnings: \(YAMLText.list(warnings))\n" }
        return y
    }

    static func body(_ b: Brief) -> String {
        var md = "## Summary\n\n"
        if b.summary.isEmpty {
            md += "_No summary sentences could be taken from this article._\n"
        } else {
            md += b.summary.map { "\(MarkdownText.escape(MarkdownText.oneLine($0.text))) \(anchor($0.paragraph))" }
                .joined(separator: "\n") + "\n"
        }
        if !b.keyPoints.isEmpty {
            md += "\n## Key points\n\n"
            for point in b.keyPoints {
                md += "- **\(MarkdownText.escape(point.topic)):** "
                md += "\(MarkdownText.escape(MarkdownText.oneLine(point.sentence.text))) \(anchor(point.sentence.paragraph))\n"
            }
        }
        if !b.quotes.isEmpty {
            md += "\n## Quotes\n"
            for q in b.quotes {
                md += "\n> “\(MarkdownText.escape(MarkdownText.oneLine(q.text)))”\n>\n"
                md += "> — \(q.speaker.map { "**\(MarkdownText.escape($0))**" } ?? "_speaker unknown_") \(anchor(q.paragraph))\n"
            }
        }
        md += "\n## Source text\n"
        for block in b.body {
            let text = MarkdownText.escape(MarkdownText.oneLine(block.text))
            switch block.kind {
            case .paragraph: md += "\n\(text)\n"
            case .subhead: md += "\n### \(text)\n"
            }
        }
        return md
    }

    /// The title as written: "Untitled" when it has no visible character (empty, spaces,
    /// zero-width or control characters only), since a summary must have a readable title.
    public static func title(_ text: String) -> String {
        let visible = text.unicodeScalars.contains { scalar in
            !scalar.properties.isWhitespace && ![.format, .control, .unassigned, .surrogate, .privateUse, .lineSeparator,
                                                   .paragraphSeparator, .spaceSeparator, .nonspacingMark, .enclosingMark]
                .contains(scalar.properties.generalCategory)
        }
        return visible ? text : "Untitled"
    }

    /// A link to paragraph `n` of the Source text section.
    static func anchor(_ n: Int) -> String { n > 0 ? "[¶\(n)](#p\(n))" : "" }
}
