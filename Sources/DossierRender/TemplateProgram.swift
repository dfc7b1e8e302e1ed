import Mustache

/// A template as swift-mustache parsed it, compiled into nodes that render straight into
/// UTF-8 bytes with the page values classified once (`TemplateValue`).
///
/// swift-mustache stays the parser (syntax, standalone lines, inheritance blocks, error
/// positions) and the reference renderer: `TemplateProgram.compile` reads its parse through
/// `Mirror` (the token tree is not public API) and gives up — so the library renders — on any
/// token it does not know. The nodes follow swift-mustache 2.1's rendering rule for rule:
/// name lookup up the context stack, dotted names, `.`, sections over lists, booleans and
/// objects, inverted sections, partials with indentation, `{{<parent}}` blocks (the
/// outermost override wins), content-type pragmas, and the `empty`/`count` and sequence
/// (`first()`, `index()`…) transforms. The tests render every shipped template both ways.
enum TemplateNode {
    case text([UInt8])
    case variable(TemplateName, escaped: Bool)
    case section(TemplateName, TemplateProgram)
    case inverted(TemplateName, TemplateProgram)
    case partial(String, indentation: [UInt8]?, inherits: [String: TemplateProgram]?)
    case block(String, TemplateProgram, indentation: [UInt8]?)
    case escaping(TemplateEscaping)
}

/// A parsed template: its nodes in order.
final class TemplateProgram: @unchecked Sendable {
    let nodes: [TemplateNode]

    init(_ nodes: [TemplateNode]) { self.nodes = nodes }

    /// The program of `template`, or nil when its parse holds something this does not render.
    static func compile(_ template: MustacheTemplate) -> TemplateProgram? {
        guard let tokens = Mirror(reflecting: template).descendant("tokens") else { return nil }
        var nodes: [TemplateNode] = []
        for token in Mirror(reflecting: tokens).children {
            guard let node = compileToken(token.value) else { return nil }
            nodes.append(node)
        }
        return TemplateProgram(nodes)
    }

    private static func compileToken(_ token: Any) -> TemplateNode? {
        guard let (kind, payload) = Mirror(reflecting: token).children.first.map({ ($0.label, $0.value) }) else { return nil }
        let fields = Dictionary(Mirror(reflecting: payload).children.compactMap { c in c.label.map { ($0, c.value) } },
                                uniquingKeysWith: { a, _ in a })
        switch kind {
        case "text":
            guard let text = payload as? String else { return nil }
            return .text(Array(text.utf8))
        case "variable", "unescapedVariable":
            guard let name = TemplateName(fields) else { return nil }
            return .variable(name, escaped: kind == "variable")
        case "section", "invertedSection":
            guard let name = TemplateName(fields), let inner = (fields["template"] as? MustacheTemplate).flatMap(compile) else { return nil }
            return kind == "section" ? .section(name, inner) : .inverted(name, inner)
        case "partial":
            guard let name = fields[".0"] as? String, let indentation: String? = optional(fields["indentation"]),
                  let inherits: [String: MustacheTemplate]? = optional(fields["inherits"]) else { return nil }
            var programs: [String: TemplateProgram]?
            if let inherits {
                programs = [:]
                for (block, template) in inherits {
                    guard let program = compile(template) else { return nil }
                    programs?[block] = program
                }
            }
            return .partial(name, indentation: indentation.map { Array($0.utf8) }, inherits: programs)
        case "blockExpansion":
            guard let name = fields["name"] as? String, let inner = (fields["default"] as? MustacheTemplate).flatMap(compile),
                  let indentation: String? = optional(fields["indentation"]) else { return nil }
            return .block(name, inner, indentation: indentation.map { Array($0.utf8) })
        case "contentType":
            return TemplateEscaping(payload).map(TemplateNode.escaping)
        default:
            return nil  // dynamic partials, stray block definitions, tokens of a later version
        }
    }
}

/// A field of type `T?` that must be there: nil when it is missing or of another type,
/// `.some(nil)` when it holds no value.
private func optional<T>(_ field: Any?) -> T?? {
    guard let field else { return nil }
    return field as? T?
}

/// How `{{value}}` escapes, as chosen by the content type in force.
enum TemplateEscaping {
    /// `HTMLEscaping` (the `DOSSIER_HTML` pragma every site template carries).
    case dossier
    /// swift-mustache's own TEXT type: nothing escaped.
    case none
    /// swift-mustache's own HTML type (what a template starts with before a pragma): its
    /// escaping goes by `Character`, which this does not reproduce, so printing through it
    /// hands the page back to swift-mustache.
    case mustacheHTML

    init?(_ contentType: Any) {
        switch contentType {
        case is HTMLEscaping.ContentType: self = .dossier
        default:
            switch String(describing: type(of: contentType)) {
            case "TextContentType": self = .none
            case "HTMLContentType": self = .mustacheHTML
            default: return nil
            }
        }
    }
}

/// A tag's name as swift-mustache reads it: `.`, a transform of the sequence context
/// (`first()`), `.a.b` (the top of the stack only) or `a.b` (searched up the stack), and
/// the transforms around it, innermost last.
struct TemplateName {
    enum Path {
        case current
        case sequence
        case anchored([String])
        case searched([String])
    }

    let path: Path
    let transforms: [String]

    init?(_ fields: [String: Any]) {
        guard let name = fields["name"] as? String, let transforms = fields["transforms"] as? [String] else { return nil }
        self.transforms = transforms
        let parts = name.split(separator: ".").map(String.init)
        if name == "." {
            path = .current
        } else if name.isEmpty, !transforms.isEmpty {
            path = .sequence
        } else if name.first == "." {
            path = .anchored(parts)
        } else {
            path = .searched(parts)
        }
    }
}
