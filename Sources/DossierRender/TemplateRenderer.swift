import Mustache

/// What the compiled templates read of a `PageValue` (swift-mustache's rules for each kind).
extension PageValue {
    /// Thrown for what the compiled templates do not print (a map or list printed as text, a
    /// transform they do not know): the page goes to swift-mustache.
    struct Unsupported: Error {}

    /// The child `name` as swift-mustache finds it: a map's entry, a card's `html`; texts,
    /// numbers, flags and lists have none.
    func child(_ name: String) throws -> PageValue? {
        switch self {
        case .map(let map): return map[name]?.unshared
        case .card(let card): return name == "html" ? .fragment(card) : nil
        case .shared(let shared): return try shared.value.child(name)
        case .text, .number, .flag, .list: return nil
        case .fragment(let f):
            // swift-mustache reflects the stored properties of other values: none is a page value.
            guard !type(of: f).storedProperties.contains(name) else { throw Unsupported() }
            return nil
        }
    }

    /// The value a transform (`empty(x)`, `count(x)`) makes of this one; nil when it makes none.
    func transformed(_ name: String) throws -> PageValue? {
        switch (self, name) {
        case (.flag, _), (.card, _), (.fragment, _): return nil  // not transformable
        case (.shared(let shared), _): return try shared.value.transformed(name)
        case (.text(let s), "empty"): return .flag(s.isEmpty)
        case (.map(let m), "empty"): return .flag(m.isEmpty)
        case (.map(let m), "count"): return .number(m.count)
        case (.list(let l), "empty"): return .flag(l.isEmpty)
        case (.list(let l), "count"): return .number(l.count)
        default: throw Unsupported()
        }
    }
}

/// Renders `TemplateProgram`s into UTF-8 bytes, following swift-mustache's rendering.
struct TemplateRenderer {
    let programs: [String: TemplateProgram]
    private(set) var out: [UInt8] = []
    private var stack: [PageValue] = []

    /// Where a section over a list is (swift-mustache's sequence context).
    struct Position {
        var first: Bool
        var last: Bool
        var index: Int

        /// The `first()`, `last()`, `index()`, `even()` or `odd()` transform.
        func transformed(_ name: String) -> PageValue? {
            switch name {
            case "first": return .flag(first)
            case "last": return .flag(last)
            case "index": return .number(index)
            case "even": return .flag(index & 1 == 0)
            case "odd": return .flag(index & 1 == 1)
            default: return nil
            }
        }
    }

    /// What a template's render carries besides the stack (swift-mustache's context).
    struct Context {
        var sequence: Position?
        var indentation: [UInt8]?
        var inherited: [String: TemplateProgram]?
        var escaping: TemplateEscaping = .mustacheHTML
    }

    init(programs: [String: TemplateProgram]) {
        self.programs = programs
        out.reserveCapacity(16 * 1024)
    }

    /// `values` rendered through the template `name`, as UTF-8: nil when there is no such
    /// template, `Unsupported` when swift-mustache must render it.
    mutating func render(_ values: PageValue, template name: String) throws -> [UInt8]? {
        guard let program = programs[name] else { return nil }
        out.removeAll(keepingCapacity: true)
        stack = [values.unshared]
        try render(program, Context())
        return out
    }

    private mutating func render(_ program: TemplateProgram, _ context: Context) throws {
        var context = context
        guard let indentation = context.indentation, !indentation.isEmpty else {
            for node in program.nodes { try render(node, &context) }
            return
        }
        // swift-mustache indents a node's output when this template's output so far ends a line.
        let start = out.count
        for node in program.nodes {
            let atLineStart = out.count > start && out[out.count - 1] == 0x0A
                && !(out.count - start >= 2 && out[out.count - 2] == 0x0D)
            let mark = out.count
            try render(node, &context)
            if atLineStart, out.count > mark { out.insert(contentsOf: indentation, at: mark) }
        }
    }

    private mutating func render(_ node: TemplateNode, _ context: inout Context) throws {
        switch node {
        case .text(let bytes):
            out.append(contentsOf: bytes)
        case .variable(let name, let escaped):
            guard let value = try lookup(name, context) else { return }
            let text: String
            switch value {
            case .text(let s): text = s
            case .number(let n): text = String(n)
            case .flag(let b): text = b ? "true" : "false"
            case .fragment(let f) where !escaped: return f.append(to: &out)
            case .fragment(let f): text = f.renderText
            case .map, .list, .card, .shared: throw PageValue.Unsupported()
            }
            guard escaped else { return out.append(contentsOf: text.utf8) }
            switch context.escaping {
            case .dossier: HTMLEscaping.append(text, to: &out)
            case .none: out.append(contentsOf: text.utf8)
            case .mustacheHTML: throw PageValue.Unsupported()
            }
        case .section(let name, let inner):
            guard let value = try lookup(name, context) else { return }
            if case .list(let elements) = value {
                var inside = context
                for (i, element) in elements.enumerated() {
                    inside.sequence = Position(first: i == 0, last: i == elements.count - 1, index: i)
                    try render(inner, inside, pushing: element.unshared)
                }
            } else if case .flag(let flag) = value {
                if flag { try render(inner, context) }
            } else {
                var inside = context
                inside.sequence = nil
                try render(inner, inside, pushing: value)
            }
        case .inverted(let name, let inner):
            guard let value = try lookup(name, context) else { return try render(inner, context) }
            if case .list(let elements) = value {
                guard elements.isEmpty else { return }
                var inside = context
                inside.sequence = nil
                try render(inner, inside, pushing: value)
            } else if case .flag(let flag) = value, !flag {
                try render(inner, context)
            }
        case .partial(let name, let indented, let inherits):
            guard let program = programs[name] else { return }
            var inside = context
            inside.sequence = nil
            if let indented { inside.indentation = (context.indentation ?? []) + indented }
            if let inherits {
                inside.inherited = context.inherited.map { $0.merging(inherits) { outer, _ in outer } } ?? inherits
            }
            inside.escaping = .mustacheHTML
            try render(program, inside)
        case .block(let name, let fallback, let indented):
            var inside = context
            inside.sequence = nil
            if let indented { inside.indentation = (context.indentation ?? []) + indented }
            try render(context.inherited?[name] ?? fallback, inside)
        case .escaping(let escaping):
            context.escaping = escaping
        }
    }

    private mutating func render(_ program: TemplateProgram, _ context: Context, pushing value: PageValue) throws {
        stack.append(value)
        defer { stack.removeLast() }
        try render(program, context)
    }

    /// The value a tag names, with its transforms applied (swift-mustache's `getChild`).
    private func lookup(_ name: TemplateName, _ context: Context) throws -> PageValue? {
        var value: PageValue?
        var transforms = name.transforms[...]
        switch name.path {
        case .current:
            value = stack.last
        case .sequence:
            // The innermost transform reads the position; the others read what it gave.
            guard let position = context.sequence, let innermost = transforms.popLast() else { return nil }
            value = position.transformed(innermost)
        case .anchored(let parts):
            value = try descend(stack[stack.count - 1], parts[...])
        case .searched(let parts):
            guard let first = parts.first else { value = stack.last; break }
            for object in stack.reversed() {
                if let child = try object.child(first) {
                    value = try descend(child, parts.dropFirst())
                    break
                }
            }
        }
        for transform in transforms.reversed() {
            guard let current = value else { return nil }
            value = try current.transformed(transform)
        }
        return value
    }

    private func descend(_ value: PageValue, _ parts: ArraySlice<String>) throws -> PageValue? {
        var value = value
        for part in parts {
            guard let child = try value.child(part) else { return nil }
            value = child
        }
        return value
    }
}
