import Mustache

/// A page value as the compiled templates read it: classified once, when it is looked up,
/// instead of being cast against every protocol at every tag.
enum TemplateValue {
    case string(String)
    case int(Int)
    case bool(Bool)
    case map([String: Any])
    case list([Any])
    case maps([[String: Any]])
    case strings([String])
    /// Prints its HTML; a section over it pushes it (it is never null).
    case fragment(any HTMLFragment)
    case card(LazyCard)
    case sequence(first: Bool, last: Bool, index: Int)

    /// Thrown for a value the compiled templates do not know: the page goes to swift-mustache.
    struct Unsupported: Error {}

    init(_ value: Any) throws {
        switch value {
        case let v as String: self = .string(v)
        case let v as [String: Any]: self = .map(v)
        case let v as Bool: self = .bool(v)
        case let v as Int: self = .int(v)
        case let v as [[String: Any]]: self = .maps(v)
        case let v as [String]: self = .strings(v)
        case let v as [Any]: self = .list(v)
        case let v as LazyCard: self = .card(v)
        case let v as CardHTML: self = .fragment(v)
        case let v as BodyHTML: self = .fragment(v)
        default: throw Unsupported()
        }
    }

    /// The child `name` as swift-mustache finds it: a dictionary's entry, a parent's child;
    /// strings, numbers, flags and lists have none.
    func child(_ name: String) throws -> TemplateValue? {
        switch self {
        case .map(let map): return try map[name].map(TemplateValue.init)
        case .card(let card): return try card.child(named: name).map(TemplateValue.init)
        case .string, .int, .bool, .list, .maps, .strings: return nil
        case .fragment(let f):
            // swift-mustache reflects the stored properties of other values: none is a page value.
            guard !type(of: f).storedProperties.contains(name) else { throw Unsupported() }
            return nil
        case .sequence: throw Unsupported()
        }
    }

    /// The value a transform (`empty(x)`, `index()`) makes of this one; nil when it makes none.
    func transformed(_ name: String) throws -> TemplateValue? {
        switch (self, name) {
        case (.sequence(let first, _, _), "first"): return .bool(first)
        case (.sequence(_, let last, _), "last"): return .bool(last)
        case (.sequence(_, _, let index), "index"): return .int(index)
        case (.sequence(_, _, let index), "even"): return .bool(index & 1 == 0)
        case (.sequence(_, _, let index), "odd"): return .bool(index & 1 == 1)
        case (.sequence, _): return nil
        case (.bool, _), (.card, _), (.fragment, _): return nil  // not transformable
        default: break
        }
        if case .string(let s) = self, name == "empty" { return .bool(s.isEmpty) }
        guard let count = count, name == "empty" || name == "count" else { throw Unsupported() }
        return name == "empty" ? .bool(count == 0) : .int(count)
    }

    /// The number of entries of a dictionary or list.
    private var count: Int? {
        switch self {
        case .map(let m): return m.count
        case .list(let l): return l.count
        case .maps(let l): return l.count
        case .strings(let l): return l.count
        default: return nil
        }
    }

    /// The elements of a list value.
    var elements: [TemplateValue]? {
        get throws {
            switch self {
            case .list(let l): return try l.map(TemplateValue.init)
            case .maps(let l): return l.map(TemplateValue.map)
            case .strings(let l): return l.map(TemplateValue.string)
            default: return nil
            }
        }
    }
}

/// Renders `TemplateProgram`s into UTF-8 bytes, following swift-mustache's rendering.
struct TemplateRenderer {
    let programs: [String: TemplateProgram]
    private(set) var out: [UInt8] = []
    private var stack: [TemplateValue] = []

    /// What a template's render carries besides the stack (swift-mustache's context).
    struct Context {
        var sequence: TemplateValue?
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
    mutating func render(_ values: Any, template name: String) throws -> [UInt8]? {
        guard let program = programs[name] else { return nil }
        out.removeAll(keepingCapacity: true)
        stack = [try TemplateValue(values)]
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
            case .string(let s): text = s
            case .int(let n): text = String(n)
            case .bool(let b): text = b ? "true" : "false"
            case .fragment(let f) where !escaped: return f.append(to: &out)
            case .fragment(let f): text = f.renderText
            default: throw TemplateValue.Unsupported()
            }
            guard escaped else { return out.append(contentsOf: text.utf8) }
            switch context.escaping {
            case .dossier: HTMLEscaping.append(text, to: &out)
            case .none: out.append(contentsOf: text.utf8)
            case .mustacheHTML: throw TemplateValue.Unsupported()
            }
        case .section(let name, let inner):
            guard let value = try lookup(name, context) else { return }
            if let elements = try value.elements {
                var inside = context
                for (i, element) in elements.enumerated() {
                    inside.sequence = .sequence(first: i == 0, last: i == elements.count - 1, index: i)
                    try render(inner, inside, pushing: element)
                }
            } else if case .bool(let flag) = value {
                if flag { try render(inner, context) }
            } else {
                var inside = context
                inside.sequence = nil
                try render(inner, inside, pushing: value)
            }
        case .inverted(let name, let inner):
            guard let value = try lookup(name, context) else { return try render(inner, context) }
            if let elements = try value.elements {
                guard elements.isEmpty else { return }
                var inside = context
                inside.sequence = nil
                try render(inner, inside, pushing: value)
            } else if case .bool(let flag) = value, !flag {
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

    private mutating func render(_ program: TemplateProgram, _ context: Context, pushing value: TemplateValue) throws {
        stack.append(value)
        defer { stack.removeLast() }
        try render(program, context)
    }

    /// The value a tag names, with its transforms applied (swift-mustache's `getChild`).
    private func lookup(_ name: TemplateName, _ context: Context) throws -> TemplateValue? {
        var value: TemplateValue?
        switch name.path {
        case .current:
            value = stack.last
        case .sequence:
            value = context.sequence
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
        for transform in name.transforms.reversed() {
            guard let current = value else { return nil }
            value = try current.transformed(transform)
        }
        return value
    }

    private func descend(_ value: TemplateValue, _ parts: ArraySlice<String>) throws -> TemplateValue? {
        var value = value
        for part in parts {
            guard let child = try value.child(part) else { return nil }
            value = child
        }
        return value
    }
}
