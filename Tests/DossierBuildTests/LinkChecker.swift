import Foundation

/// Finds the links and ids of built HTML pages and checks that every internal link resolves
/// to a file in the site, and every #fragment to an id on the target page.
struct LinkChecker {
    let files: [String: Data]

    struct Problem: CustomStringConvertible {
        let page: String
        let link: String
        let reason: String
        var description: String { "\(page): \(link): \(reason)" }
    }

    /// Values of `attribute="…"` in `html` (HTML entities for & decoded).
    static func attributeValues(_ attribute: String, in html: String) -> [String] {
        var values: [String] = []
        var rest = html[...]
        let needle = " \(attribute)=\""
        while let start = rest.range(of: needle) {
            rest = rest[start.upperBound...]
            guard let end = rest.firstIndex(of: "\"") else { break }
            values.append(String(rest[..<end]).replacingOccurrences(of: "&amp;", with: "&"))
            rest = rest[end...]
        }
        return values
    }

    func ids(of page: String) -> Set<String> {
        guard let data = files[page] else { return [] }
        return Set(LinkChecker.attributeValues("id", in: String(decoding: data, as: UTF8.self)))
    }

    /// All problems in the site; `links` counts the internal links checked.
    func check() -> (problems: [Problem], links: Int) {
        var problems: [Problem] = []
        var count = 0
        for page in files.keys.sorted() where page.hasSuffix(".html") {
            let html = String(decoding: files[page]!, as: UTF8.self)
            let base = URL(fileURLWithPath: "/site/" + page)
            for link in LinkChecker.attributeValues("href", in: html) + LinkChecker.attributeValues("src", in: html) {
                if link.hasPrefix("http://") || link.hasPrefix("https://") || link.hasPrefix("mailto:") { continue }
                if link.hasPrefix("/") {
                    problems.append(Problem(page: page, link: link, reason: "absolute path: breaks when the site is served from a sub-path or opened from disk"))
                    continue
                }
                count += 1
                let parts = link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
                let pathPart = String(parts[0])
                let fragment = parts.count > 1 ? String(parts[1]) : nil
                var target = page
                if !pathPart.isEmpty {
                    let resolved = URL(fileURLWithPath: pathPart, relativeTo: base).standardizedFileURL.path
                    guard resolved.hasPrefix("/site/") else {
                        problems.append(Problem(page: page, link: link, reason: "climbs out of the site"))
                        continue
                    }
                    target = String(resolved.dropFirst("/site/".count))
                    if pathPart.hasSuffix("/") || files[target] == nil && files[target + "/index.html"] != nil {
                        problems.append(Problem(page: page, link: link, reason: "points at a folder: does not open from disk"))
                        continue
                    }
                    guard files[target] != nil else {
                        problems.append(Problem(page: page, link: link, reason: "no such file"))
                        continue
                    }
                }
                if let fragment, !fragment.isEmpty, target.hasSuffix(".html"), !ids(of: target).contains(fragment) {
                    problems.append(Problem(page: page, link: link, reason: "no id '\(fragment)' on \(target)"))
                }
            }
        }
        return (problems, count)
    }
}
