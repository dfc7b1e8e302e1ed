import CCmarkGFM
import DossierModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Markdown to HTML through cmark-gfm (GFM tables, strikethrough, autolinks, tag filter),
/// always in safe mode: raw HTML is omitted and `javascript:`-style links are dropped.
///
/// Besides the HTML it gives the body's `##` sections separately, gives every heading an id,
/// and numbers the paragraphs of the "Source text" section (`p1`, `p2`…) so that summary
/// sentences and quotes can link to the paragraph they come from.
public enum Markdown {
    /// The GFM extensions attached to every parser, looked up once (after registering them)
    /// rather than by name for every document. Unsafe only to the compiler: cmark-gfm never
    /// changes a registered extension, and parsers only read them.
    nonisolated(unsafe) private static let extensions: [OpaquePointer] = {
        registerExtensions()
        let names: [String] = ["table", "strikethrough", "autolink", "tagfilter"]
        return names.compactMap { cmark_find_syntax_extension($0) }
    }()

    /// Registers the GFM core extensions with cmark-gfm, once (later calls do nothing; `render`
    /// registers them itself, through `extensions`). The C registry is not thread-safe: a
    /// caller that looks extensions up itself calls this first.
    public static func registerExtensions() { _ = registration }

    private static let registration: Void = { cmark_gfm_core_extensions_ensure_registered() }()

    /// The version of the cmark-gfm library rendering here (a library upgrade can change the HTML).
    public static let libraryVersion = String(cString: cmark_version_string())

    /// Renders `markdown`. `anchorPrefix` is put before every id and every in-page link target
    /// (`#p3` → `#<prefix>p3`), so several documents can share one page without clashing.
    public static func render(_ markdown: String, anchorPrefix: String = "") -> RenderedMarkdown {
        guard let parser = cmark_parser_new(CMARK_OPT_DEFAULT) else { return RenderedMarkdown(sections: []) }
        defer { cmark_parser_free(parser) }
        for ext in extensions { cmark_parser_attach_syntax_extension(parser, ext) }
        var markdown = markdown
        markdown.withUTF8 { utf8 in
            utf8.withMemoryRebound(to: CChar.self) { cmark_parser_feed(parser, $0.baseAddress, $0.count) }
        }
        guard let document = cmark_parser_finish(parser) else { return RenderedMarkdown(sections: []) }
        defer { cmark_node_free(document) }
        if !anchorPrefix.isEmpty { prefixLocalLinks(in: document, with: anchorPrefix) }
        let attached = cmark_parser_get_syntax_extensions(parser)

        var builder = SectionBuilder(anchorPrefix: anchorPrefix, markdownLength: markdown.utf8.count)
        var node = cmark_node_first_child(document)
        while let current = node {
            let type = cmark_node_get_type(current)
            withHTML(of: current, attached) { html in
                if type == CMARK_NODE_HEADING {
                    builder.heading(level: Int(cmark_node_get_heading_level(current)), text: plainText(current), html: html)
                } else if type == CMARK_NODE_PARAGRAPH {
                    builder.paragraph(html: html) { plainText(current, skippingLocalLinks: true) }
                } else {
                    builder.block(html: html)
                }
            }
            node = cmark_node_next(current)
        }
        return builder.result()
    }

    /// Calls `body` with the HTML of `node` in cmark-gfm's own buffer (its UTF-8 bytes, the NUL
    /// left out), freed after: the section builder copies the bytes straight into its section,
    /// so no `String` is made (and validated, and copied again) for every block.
    private static func withHTML(of node: OpaquePointer, _ extensions: UnsafeMutablePointer<cmark_llist>?,
                                 _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        guard let cString = cmark_render_html(node, CMARK_OPT_DEFAULT, extensions) else { return body(.init(start: nil, count: 0)) }
        defer { free(cString) }
        body(bytes(of: cString))
    }

    /// The UTF-8 bytes of a NUL-terminated string of cmark-gfm's, the NUL left out.
    private static func bytes(of cString: UnsafePointer<CChar>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: UnsafeRawPointer(cString).assumingMemoryBound(to: UInt8.self), count: strlen(cString))
    }

    /// The text of a node's inlines, soft and hard breaks as newlines. With
    /// `skippingLocalLinks`, links to in-page anchors (the ¶ references) are left out.
    /// Gathered as bytes and made a `String` once (cmark-gfm's literals are whole UTF-8).
    static func plainText(_ node: OpaquePointer, skippingLocalLinks: Bool = false) -> String {
        guard let iterator = cmark_iter_new(node) else { return "" }
        defer { cmark_iter_free(iterator) }
        var text: [UInt8] = []
        var skipping: OpaquePointer?
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard let current = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(current)
            if let skipped = skipping {
                if event == CMARK_EVENT_EXIT && skipped == current { skipping = nil }
                continue
            }
            if skippingLocalLinks, type == CMARK_NODE_LINK, event == CMARK_EVENT_ENTER,
               let url = cmark_node_get_url(current), url.pointee == UInt8(ascii: "#") {
                skipping = current
                continue
            }
            guard event == CMARK_EVENT_ENTER else { continue }
            switch type {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_HTML_INLINE:
                if let literal = cmark_node_get_literal(current) { text.append(contentsOf: bytes(of: literal)) }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                text.append(UInt8(ascii: "\n"))
            default:
                break
            }
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// Rewrites every link to `#target` as `#<prefix>target`.
    private static func prefixLocalLinks(in document: OpaquePointer, with prefix: String) {
        guard let iterator = cmark_iter_new(document) else { return }
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator),
                  cmark_node_get_type(node) == CMARK_NODE_LINK,
                  let url = cmark_node_get_url(node) else { continue }
            let target = String(cString: url)
            if target.hasPrefix("#") { cmark_node_set_url(node, "#" + prefix + target.dropFirst()) }
        }
    }
}
