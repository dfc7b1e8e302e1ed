import DossierModel
@testable import DossierRender
import DossierSummary
import Foundation
import Mustache

/// The shipped templates and a site made from the golden summaries, for tests that render
/// whole sites.
enum ShippedSite {
    static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Every template of Templates/, prepared as the build prepares them, and how many.
    static func templates() throws -> (MustacheLibrary, Int) {
        let folder = repo.appendingPathComponent("Templates")
        var library = MustacheLibrary()
        var count = 0
        for case let url as URL in FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)!
        where url.pathExtension == "mustache" {
            let name = String(url.path.dropFirst(folder.path.count + 1).dropLast(".mustache".count))
            library.register(try MustacheTemplate(string: HTMLEscaping.prepared(String(contentsOf: url, encoding: .utf8))), named: name)
            count += 1
        }
        return (library, count)
    }

    /// The golden summaries of the seed articles; for each, an undated, edited version with
    /// hostile text in its title, and a second outlet's version of the same day (so the site
    /// has stories).
    static func entries() throws -> [SiteEntry] {
        let golden = repo.appendingPathComponent("Tests/DossierBuildTests/Golden")
        var entries: [SiteEntry] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: golden.path).sorted() {
            let text = try String(contentsOf: golden.appendingPathComponent(name), encoding: .utf8)
            let document = try SummaryReader.read(text, file: name)
            let slug = String(name.dropLast(3))
            entries.append(SiteEntry(slug: slug, document: document))
            var variant = document
            variant.title = "A <second> & \"other\" version of \(document.title) e\u{301}"
            variant.date = nil
            variant.isEdited = true
            variant.source = nil
            entries.append(SiteEntry(slug: slug + "-b", document: variant))
            var second = document
            second.source = "Other Agency"
            second.title = "Also: " + document.title
            second.body = document.body.replacingOccurrences(of: "## Key points", with: "The talks went on late.\n\n## Key points")
            entries.append(SiteEntry(slug: slug + "-c", document: second))
        }
        return entries
    }
}
