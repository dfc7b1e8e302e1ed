import Mustache

/// A template as swift-mustache parsed it, compiled into a flat list of instructions that
/// render straight into UTF-8 bytes with the page values classified once (`PageValue`).
///
/// swift-mustache stays the parser (syntax, standalone lines, inheritance blocks, error
/// positions) and the reference renderer: `TemplateProgram.compile` reads its parse through
/// `Mirror` (the token tree is not public API) and gives up — so the library renders — on any
/// token it does not know. The instructions follow swift-mustache 2.1's rendering rule for
/// rule: name lookup up the context stack, dotted names, `.`, sections over lists, booleans
/// and objects, inverted sections, partials with indentation, `{{<parent}}` blocks (the
/// outermost override wins), content-type pragmas, and the `empty`/`count` and sequence
/// (`first()`, `index()`…) transforms. The tests render every shipped template both ways.
///
/// Instructions, names and texts are plain values in buffers the program owns, so running a
/// program copies no reference: a section's body is the instructions that follow it, names
/// are split once into ranges of `strings` (each numbered as a `PageName`, which is what a
/// lookup compares), texts are ranges of one byte buffer.
final class TemplateProgram: @unchecked Sendable {
    /// The instructions in order; a section's body follows it.
    let code: UnsafeBufferPointer<TemplateInstruction>
    /// The bytes of every text instruction, one after the other.
    let text: UnsafeBufferPointer<UInt8>
    /// The names tags look up.
    let names: UnsafeBufferPointer<TemplateName>
    /// The parts and transforms of the names, which `names` hold ranges of.
    let strings: [String]
    /// The `PageName` number of each of `strings`.
    let numbers: UnsafeBufferPointer<Int32>
    let partials: [TemplatePartial]
    let blocks: [TemplateBlock]

    /// A program of these parts (as `Builder` makes them, or as a cache read them back:
    /// `TemplateProgram.read(from:)`), its names numbered in this process.
    init(code: [TemplateInstruction], text: [UInt8], names: [TemplateName], strings: [String],
         partials: [TemplatePartial], blocks: [TemplateBlock]) {
        self.code = UnsafeBufferPointer(copying: code)
        self.text = UnsafeBufferPointer(copying: text)
        self.names = UnsafeBufferPointer(copying: names)
        self.strings = strings
        numbers = UnsafeBufferPointer(copying: strings.map { PageName($0).number })
        self.partials = partials
        self.blocks = blocks
    }

    deinit {
        code.deallocate()
        text.deallocate()
        names.deallocate()
        numbers.deallocate()
    }

    /// The program of `template`, or nil when its parse holds something this does not render.
    static func compile(_ template: MustacheTemplate) -> TemplateProgram? {
        var builder = Builder()
        guard builder.add(template) else { return nil }
        return TemplateProgram(code: builder.code, text: builder.text, names: builder.names, strings: builder.strings,
                               partials: builder.partials, blocks: builder.blocks)
    }

    /// A program being compiled: instructions and the tables they refer to.
    private struct Builder {
        var code: [TemplateInstruction] = []
        var text: [UInt8] = []
        var names: [TemplateName] = []
        var strings: [String] = []
        var partials: [TemplatePartial] = []
        var blocks: [TemplateBlock] = []

        /// Adds the instructions of every token of `template`; false when one is unknown.
        mutating func add(_ template: MustacheTemplate) -> Bool {
            guard let tokens = Mirror(reflecting: template).descendant("tokens") else { return false }
            return Mirror(reflecting: tokens).children.allSatisfy { add(token: $0.value) }
        }

        private mutating func add(token: Any) -> Bool {
            guard let (kind, payload) = Mirror(reflecting: token).children.first.map({ ($0.label, $0.value) }) else { return false }
            let fields = Dictionary(Mirror(reflecting: payload).children.compactMap { c in c.label.map { ($0, c.value) } },
                                    uniquingKeysWith: { a, _ in a })
            switch kind {
            case "text":
                guard let bytes = payload as? String else { return false }
                code.append(TemplateInstruction(.text, operand: text.count, count: bytes.utf8.count))
                text.append(contentsOf: bytes.utf8)
                return true
            case "variable", "unescapedVariable":
                guard let name = name(fields) else { return false }
                code.append(TemplateInstruction(kind == "variable" ? .variable : .rawVariable, operand: name, count: 0))
                return true
            case "section", "invertedSection":
                guard let name = name(fields), let inner = fields["template"] as? MustacheTemplate else { return false }
                let at = code.count
                code.append(TemplateInstruction(kind == "section" ? .section : .inverted, operand: name, count: 0))
                guard add(inner) else { return false }
                code[at] = TemplateInstruction(code[at].operation, operand: name, count: code.count - at - 1)
                return true
            case "partial":
                guard let name = fields[".0"] as? String, let indentation: String? = optional(fields["indentation"]),
                      let inherits: [String: MustacheTemplate]? = optional(fields["inherits"]) else { return false }
                var programs: [String: TemplateProgram]?
                if let inherits {
                    programs = [:]
                    for (block, template) in inherits {
                        guard let program = TemplateProgram.compile(template) else { return false }
                        programs?[block] = program
                    }
                }
                code.append(TemplateInstruction(.partial, operand: partials.count, count: 0))
                partials.append(TemplatePartial(name: name, indentation: Array((indentation ?? "").utf8), inherits: programs))
                return true
            case "blockExpansion":
                guard let name = fields["name"] as? String, let fallback = (fields["default"] as? MustacheTemplate).flatMap(TemplateProgram.compile),
                      let indentation: String? = optional(fields["indentation"]) else { return false }
                code.append(TemplateInstruction(.block, operand: blocks.count, count: 0))
                blocks.append(TemplateBlock(name: name, fallback: fallback, indentation: Array((indentation ?? "").utf8)))
                return true
            case "contentType":
                guard let escaping = TemplateEscaping(payload) else { return false }
                code.append(TemplateInstruction(.escaping, operand: Int(escaping.rawValue), count: 0))
                return true
            default:
                return false  // dynamic partials, stray block definitions, tokens of a later version
            }
        }

        /// The index in `names` of a tag's name as swift-mustache reads it: `.`, a transform of
        /// the sequence context (`first()`), `.a.b` (the top of the stack only) or `a.b`
        /// (searched up the stack), and the transforms around it, innermost last.
        private mutating func name(_ fields: [String: Any]) -> Int? {
            guard let name = fields["name"] as? String, let transforms = fields["transforms"] as? [String] else { return nil }
            let path: TemplateName.Path
            if name == "." {
                path = .current
            } else if name.isEmpty, !transforms.isEmpty {
                path = .sequence
            } else if name.first == "." {
                path = .anchored
            } else {
                path = .searched
            }
            let partsStart = strings.count
            strings.append(contentsOf: name.split(separator: ".").map(String.init))
            let transformsStart = strings.count
            strings.append(contentsOf: transforms)
            names.append(TemplateName(path: path, parts: partsStart..<transformsStart, transforms: transformsStart..<strings.count))
            return names.count - 1
        }
    }
}

/// One step of a program: a plain value, read without copying any reference.
struct TemplateInstruction {
    enum Operation: UInt8 {
        /// Prints `count` bytes of the program's `text` from `operand`.
        case text
        /// Prints name `operand`, escaped (`{{name}}`) or as it is (`{{{name}}}`).
        case variable, rawVariable
        /// Renders the `count` instructions that follow for name `operand` (`{{#name}}`), or
        /// when it is missing, false or empty (`{{^name}}`).
        case section, inverted
        /// Renders partial `operand` of the program's `partials`.
        case partial
        /// Renders block `operand` of the program's `blocks`: the override in force, or its default.
        case block
        /// Sets the escaping to `TemplateEscaping(rawValue: operand)`.
        case escaping
    }

    let operation: Operation
    let operand: Int
    let count: Int

    init(_ operation: Operation, operand: Int, count: Int) {
        self.operation = operation
        self.operand = operand
        self.count = count
    }
}

/// A tag's name: how it is looked up, and the ranges of its program's `strings` that hold its
/// dotted parts and its transforms (innermost last).
struct TemplateName {
    enum Path: UInt8 {
        /// `.`: the top of the stack.
        case current
        /// A transform of the sequence context, such as `first()`.
        case sequence
        /// `.a.b`: from the top of the stack only.
        case anchored
        /// `a.b`: `a` searched up the stack.
        case searched
    }

    let path: Path
    let parts: Range<Int>
    let transforms: Range<Int>
}

/// `{{> name}}`, with the indentation of its standalone line (empty when none) and, for
/// `{{<name}}`, the blocks it overrides.
struct TemplatePartial {
    let name: String
    let indentation: [UInt8]
    let inherits: [String: TemplateProgram]?
}

/// `{{$name}}…{{/name}}`: the block's default program and the indentation of its standalone
/// line (empty when none).
struct TemplateBlock {
    let name: String
    let fallback: TemplateProgram
    let indentation: [UInt8]
}

extension UnsafeBufferPointer {
    /// A buffer of its own holding `elements` (plain values: freed by `deallocate()`).
    fileprivate init(copying elements: [Element]) {
        let buffer = UnsafeMutableBufferPointer<Element>.allocate(capacity: elements.count)
        _ = buffer.initialize(from: elements)
        self.init(buffer)
    }
}

/// A field of type `T?` that must be there: nil when it is missing or of another type,
/// `.some(nil)` when it holds no value.
private func optional<T>(_ field: Any?) -> T?? {
    guard let field else { return nil }
    return field as? T?
}

/// How `{{value}}` escapes, as chosen by the content type in force.
enum TemplateEscaping: UInt8 {
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
