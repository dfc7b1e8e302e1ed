import DossierAnalysis
import DossierModel

/// Builds Articles by hand, as ingest would: paragraphs split on blank lines, line breaks joined.
enum Fixture {
    static func article(_ body: String, headline: String? = nil, date: String? = nil,
                        dateline: Dateline? = nil, file: String = "articles/test.txt") -> Article {
        let blocks = body.components(separatedBy: "\n\n")
            .map { $0.split(separator: "\n").map { $0.trimmingWhitespace() }.joined(separator: " ").trimmingWhitespace() }
            .filter { !$0.isEmpty }
            .map { Block(.paragraph, $0) }
        return Article(sourceFile: file, headline: headline, markedDate: date.flatMap { Day(iso: $0) },
                       dateline: dateline, blocks: blocks)
    }

    static let analyzer = Analyzer(config: .builtIn)

    static func brief(_ body: String, headline: String? = nil, date: String? = nil,
                      dateline: Dateline? = nil) -> Brief {
        analyzer.brief(for: article(body, headline: headline, date: date, dateline: dateline))
    }
}
