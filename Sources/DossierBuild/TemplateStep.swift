import DossierModel
import DossierRender
import Foundation
import Mustache

/// The templates step: every `*.mustache` of the folder read, then either the programs the
/// template cache holds for exactly these names and texts and this program, or the texts
/// parsed and checked (`TemplateSet`: errors name the file and line), compiled, and cached for
/// the next build. A build whose templates did not change so skips swift-mustache's parse and
/// the compile, ~12% of a rebuild's instructions; swift-mustache then parses them only if a
/// page has to be rendered by it (`PageTemplates`). The cache is in the content folder beside
/// the others, checksummed, and ignored when it does not match: output never depends on it.
enum TemplateStep {
    static let magic = Array("DOSSIER-TEMPLATES-1\n".utf8)

    /// The templates of `folder` and their key (a fingerprint of their names and texts, which
    /// the pages rendered through them are kept by), cached in `content`.
    static func load(_ folder: URL, content: ContentFolder, program: String) throws -> (templates: PageTemplates, key: String) {
        let files = try read(folder)
        var fingerprint = Fingerprint()
        for name in files.keys.sorted() {
            fingerprint.add(name)
            fingerprint.add(files[name]!)
        }
        let key = String(fingerprint.value, radix: 16)
        let cacheKey = key + "+" + program
        if let bytes = try? FileIO.bytesIfPresent(atPath: content.templateCache.path),
           var input = CacheReader.opened(bytes, magic: magic, key: cacheKey),
           let templates = PageTemplates(cached: &input, parse: { (try? TemplateSet.parse(files, folder: folder.path)) ?? MustacheLibrary() }) {
            return (templates, key)
        }
        let templates = PageTemplates(try TemplateSet.parse(files, folder: folder.path))
        var holdsPrograms = false
        let bytes = CacheWriter.sealed(magic: magic, key: cacheKey) { holdsPrograms = templates.writePrograms(to: &$0) }
        if holdsPrograms { content.saveTemplateCache(bytes) } // a build that cannot write it is only slower
        return (templates, key)
    }

    /// The texts of the folder's templates by name ("article", "partials/card", "feed.xml").
    static func read(_ folder: URL) throws -> [String: String] {
        var files: [String: String] = [:]
        guard let walker = FileManager.default.enumerator(atPath: folder.path) else {
            throw DossierError(step: "templates", file: folder.path, "the templates folder does not exist")
        }
        for case let path as String in walker where path.hasSuffix(".mustache") {
            let url = folder.appendingPathComponent(path)
            guard let text = try? FileIO.text(url) else {
                throw DossierError(step: "templates", file: url.path, "cannot read the template")
            }
            files[String(path.dropLast(".mustache".count))] = text
        }
        return files
    }
}
