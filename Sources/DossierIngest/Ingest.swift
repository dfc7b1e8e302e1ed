import DossierModel

/// Stage 1 of the pipeline: raw bytes → text → `Article`. Pure functions: no files, no clock.
public enum Ingest {
    /// Decodes raw file bytes: UTF-8 (with or without BOM), UTF-16 LE/BE (with a BOM, or
    /// recognised by its zero bytes). Invalid UTF-8 is repaired (read as Windows-1252 when the
    /// file has no valid multi-byte UTF-8 at all, else with U+FFFD replacements) with a warning;
    /// NUL bytes are removed with a warning; content that looks binary (a known file signature,
    /// or more than 10% control bytes) gives nil text and a warning. Diagnostics name `sourceFile`.
    public static func decode(_ bytes: [UInt8], sourceFile: String) -> (text: String?, diagnostics: [Diagnostic]) {
        if let format = Decode.binaryFormat(bytes) {
            return (nil, [.warning(sourceFile, "looks like a \(format), not text; skipped")])
        }
        if let order = Decode.utf16Order(bytes) {
            let (text, repaired) = Decode.utf16(bytes[order.bomLength...], bigEndian: order.bigEndian)
            var diagnostics: [Diagnostic] = []
            if repaired { diagnostics.append(.warning(sourceFile, "invalid UTF-16 repaired with U+FFFD")) }
            guard text.unicodeScalars.contains("\u{0}") else { return (text, diagnostics) }
            diagnostics.append(.warning(sourceFile, "NUL characters removed"))
            return (String(String.UnicodeScalarView(text.unicodeScalars.filter { $0 != "\u{0}" })), diagnostics)
        }
        var body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        if Decode.looksBinary(body) {
            return (nil, [.warning(sourceFile, "looks binary (too many control bytes), not text; skipped")])
        }
        var diagnostics: [Diagnostic] = []
        if let nul = body.firstIndex(of: 0) {
            let count = body.filter { $0 == 0 }.count
            diagnostics.append(.warning(sourceFile, line: Decode.line(at: nul, in: body), "\(count) NUL byte(s) removed"))
            body.removeAll { $0 == 0 }
        }
        let scan = Decode.scanUTF8(body)
        guard let bad = scan.firstInvalid else { return (String(decoding: body, as: UTF8.self), diagnostics) }
        let line = Decode.line(at: bad, in: body)
        if scan.hasMultibyte {
            diagnostics.append(.warning(sourceFile, line: line, "invalid UTF-8 replaced with U+FFFD"))
            return (String(decoding: body, as: UTF8.self), diagnostics)
        }
        diagnostics.append(.warning(sourceFile, line: line, "not valid UTF-8; read as Windows-1252"))
        return (Decode.windows1252(body), diagnostics)
    }

    /// Turns decoded raw text into an Article: normalises characters, reads the
    /// ` date YYYY-MM-DD` marker, cuts the text into units, strips tweet embeds, drops
    /// boilerplate, finds the headline (and drops copies of it from the body) and the dateline,
    /// tells subheads from paragraphs, and drops repeated paragraphs, teasers and fragments.
    public static func article(from text: String, sourceFile: String) -> Article {
        let marker = DateMarker.extract(Layout.lines(Normalize.text(text)))
        var diagnostics: [Diagnostic] = []
        if let line = marker.line, marker.day == nil {
            diagnostics.append(.warning(sourceFile, line: line, "date marker does not name a real day; ignored"))
        }
        let units = Layout.units(marker.lines).compactMap(clean)
        var datelines = Datelines.Memo()
        let (headline, afterHeadline) = Headline.split(units, isDateline: { datelines.isStandalone($0) })
        // Copies of the headline go; without a headline there is nothing to compare (or key).
        let withoutHeadline = headline.map(Text.key).map { key in afterHeadline.filter { !Text.hasKey($0.text, key) } } ?? afterHeadline
        let (dateline, body) = Datelines.extract(withoutHeadline, year: marker.day?.year, memo: &datelines)
        let blocks = Subheads.dropDangling(Repeats.drop(Subheads.classify(body)))
        if !blocks.contains(where: { $0.kind == .paragraph }) {
            diagnostics.append(.warning(sourceFile, "no paragraphs found"))
        }
        return Article(sourceFile: sourceFile, headline: headline, markedDate: marker.day, dateline: dateline,
                       blocks: blocks, diagnostics: diagnostics)
    }

    /// `unit` without tweet embeds, or nil when nothing is left or it is boilerplate.
    static func clean(_ unit: Layout.Unit) -> Layout.Unit? {
        let text = Tweets.strip(unit.text)
        guard !text.isEmpty, !Boilerplate.matches(text) else { return nil }
        return Layout.Unit(line: unit.line, text: text)
    }
}
