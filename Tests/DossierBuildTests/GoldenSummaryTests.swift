import DossierAnalysis
@testable import DossierBuild
import DossierIngest
import DossierSummary
import Foundation
import XCTest

/// The summaries of the seed articles, compared byte for byte with the files in Golden/.
/// After an intended change: `DOSSIER_UPDATE_GOLDEN=1 swift test --filter GoldenSummaryTests`,
/// then read the diff of Golden/ before committing it.
final class GoldenSummaryTests: XCTestCase {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    func testSeedSummariesMatchGoldenFiles() throws {
        let config = try ConfigParser.parse(String(contentsOf: Repo.seedSite.appendingPathComponent("dossier.yml"), encoding: .utf8),
                                            file: "dossier.yml")
        let analyzer = Analyzer(config: config)
        let articles = Repo.seedSite.appendingPathComponent("articles")
        let names = try FileManager.default.contentsOfDirectory(atPath: articles.path).filter { $0.hasSuffix(".txt") }.sorted()
        XCTAssertEqual(names.count, 5)
        let update = ProcessInfo.processInfo.environment["DOSSIER_UPDATE_GOLDEN"] == "1"
        for name in names {
            let bytes = [UInt8](try Data(contentsOf: articles.appendingPathComponent(name)))
            let decoded = Ingest.decode(bytes, sourceFile: "articles/\(name)")
            let article = Ingest.article(from: decoded.text ?? "", sourceFile: "articles/\(name)")
            let markdown = SummaryWriter.markdown(for: analyzer.brief(for: article))
            let goldenFile = GoldenSummaryTests.golden.appendingPathComponent(name.replacingOccurrences(of: ".txt", with: ".md"))
            if update {
                try FileManager.default.createDirectory(at: GoldenSummaryTests.golden, withIntermediateDirectories: true)
                try Data(markdown.utf8).write(to: goldenFile)
                continue
            }
            let expected = try String(contentsOf: goldenFile, encoding: .utf8)
            if markdown != expected {
                let got = markdown.split(separator: "\n", omittingEmptySubsequences: false)
                let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
                let line = (0..<min(got.count, want.count)).first { got[$0] != want[$0] } ?? min(got.count, want.count)
                XCTFail("\(name): summary differs from Golden/ at line \(line + 1):\n  got:  \(line < got.count ? got[line] : "<end>")\n  want: \(line < want.count ? want[line] : "<end>")")
            }
        }
    }
}
