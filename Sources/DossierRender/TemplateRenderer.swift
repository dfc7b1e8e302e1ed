import Mustache

/// What the compiled templates read of a `PageValue` (swift-mustache's rules for each kind).
extension PageValue {
    /// Thrown for what the compiled templates do not print (a map or list printed as text, a
    /// transform they do not know): the page goes to swift-mustache.
    struct Unsupported: Error {}

    /// The child that part `part` of `program`'s names names, as swift-mustache finds it: a
    /// map's entry (found by the name's number), a card's `html`; texts, numbers, flags and
    /// lists have none.
    func child(_ part: Int, of program: TemplateProgram) throws -> PageValue? {
        switch self {
        case .map(let map):
            guard let found = map.value(numbered: program.numbers[part]) else { return nil }
            if case .shared(let shared) = found { return shared.value }
            return found
        case .card(let card): return program.numbers[part] == PageName.html.number ? card.fragment : nil
        case .shared(let shared): return try shared.value.child(part, of: program)
        case .text, .number, .flag, .list: return nil
        case .fragment(let f):
            // swift-mustache reflects the stored properties of other values: none is a page value.
            guard !type(of: f).storedProperties.contains(where: { $0.number == program.numbers[part] }) else { throw Unsupported() }
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
///
/// What swift-mustache carries in its context besides the stack (the sequence position, the
/// indentation, the block overrides, the escaping) is state of the renderer, set on the way
/// into a section or partial and put back on the way out.
struct TemplateRenderer {
    let programs: [String: TemplateProgram]
    private let out = PageBytes(capacity: 16 * 1024)
    private var stack: [PageValue] = []
    /// Where the innermost section over a list is; nil outside one (and in partials and blocks).
    private var sequence: Position?
    /// What every line the current template prints starts with; empty when none.
    private var indentation: [UInt8] = []
    /// The block overrides in force (`{{<parent}}…{{/parent}}`), the outermost first.
    private var inherited: [String: TemplateProgram]?
    private var escaping: TemplateEscaping = .mustacheHTML

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

    init(programs: [String: TemplateProgram]) {
        self.programs = programs
        stack.reserveCapacity(8)
    }

    /// `values` rendered through the template `name`, as UTF-8: nil when there is no such
    /// template, `Unsupported` when swift-mustache must render it.
    mutating func render(_ values: PageValue, template name: String) throws -> [UInt8]? {
        guard let program = programs[name] else { return nil }
        out.removeLast(out.count)
        stack.removeAll(keepingCapacity: true)
        stack.append(values.unshared)
        sequence = nil
        indentation = []
        inherited = nil
        escaping = .mustacheHTML
        try run(program, 0..<program.code.count)
        return out.array
    }

    /// Renders the instructions `range` of `program` as one template of swift-mustache's.
    private mutating func run(_ program: TemplateProgram, _ range: Range<Int>) throws {
        var at = range.lowerBound
        guard !indentation.isEmpty else {
            // Texts, most of the instructions, are printed here instead of through a call of `step`.
            while at < range.upperBound {
                if program.code[at].operation == .text {
                    printText(program, at)
                    at += 1
                } else {
                    at = try step(program, at)
                }
            }
            return
        }
        // swift-mustache indents an instruction's output when this template's output so far
        // ends a line: the indentation goes first, and out again when nothing follows it.
        let start = out.count
        while at < range.upperBound {
            let atLineStart = out.count > start && out[out.count - 1] == 0x0A
                && !(out.count - start >= 2 && out[out.count - 2] == 0x0D)
            if atLineStart { out.append(indentation) }
            let mark = out.count
            at = try step(program, at)
            if atLineStart, out.count == mark { out.removeLast(indentation.count) }
        }
    }

    /// Renders the instruction at `at` of `program` (with its body); returns where the next one is.
    private mutating func step(_ program: TemplateProgram, _ at: Int) throws -> Int {
        let instruction = program.code[at]
        switch instruction.operation {
        case .text:
            printText(program, at)
        case .variable, .rawVariable:
            try print(program.names[instruction.operand], of: program, escaped: instruction.operation == .variable)
        case .section:
            let body = at + 1..<at + 1 + instruction.count
            guard let value = try lookup(program.names[instruction.operand], of: program) else { return body.upperBound }
            switch value {
            case .list(let elements):
                for i in elements.indices {
                    let position = Position(first: i == 0, last: i == elements.count - 1, index: i)
                    try run(program, body, pushing: elements[i].unshared, at: position)
                }
            case .flag(let flag):
                if flag { try run(program, body, at: sequence) }
            default:
                try run(program, body, pushing: value, at: nil)
            }
            return body.upperBound
        case .inverted:
            let body = at + 1..<at + 1 + instruction.count
            switch try lookup(program.names[instruction.operand], of: program) {
            case nil: try run(program, body, at: sequence)
            case .list(let elements) where elements.isEmpty: try run(program, body, pushing: .list(elements), at: nil)
            case .flag(false): try run(program, body, at: sequence)
            default: break
            }
            return body.upperBound
        case .partial:
            let partial = program.partials[instruction.operand]
            guard let target = programs[partial.name] else { break }
            var inherited = self.inherited
            if let inherits = partial.inherits {
                inherited = inherited.map { $0.merging(inherits) { outer, _ in outer } } ?? inherits
            }
            try run(target, indented: partial.indentation, inherited: inherited, escaping: .mustacheHTML)
        case .block:
            let block = program.blocks[instruction.operand]
            try run(inherited?[block.name] ?? block.fallback, indented: block.indentation, inherited: inherited, escaping: escaping)
        case .escaping:
            escaping = TemplateEscaping(rawValue: UInt8(instruction.operand))!
        }
        return at + 1
    }

    /// Prints the text instruction at `at` of `program`.
    @inline(__always)
    private func printText(_ program: TemplateProgram, _ at: Int) {
        let instruction = program.code[at]
        out.append(UnsafeBufferPointer(rebasing: program.text[instruction.operand..<instruction.operand + instruction.count]))
    }

    /// Renders a section's body at `position`, with `value` on top of the stack if there is one.
    private mutating func run(_ program: TemplateProgram, _ body: Range<Int>, pushing value: PageValue? = nil,
                              at position: Position?) throws {
        let outer = (sequence, escaping)
        sequence = position
        if let value { stack.append(value) }
        try run(program, body)
        if value != nil { stack.removeLast() }
        (sequence, escaping) = outer
    }

    /// Renders a partial or block: a template of its own, with more indentation, the overrides
    /// `inherited` and, for a partial, swift-mustache's own escaping until its pragma.
    private mutating func run(_ program: TemplateProgram, indented: [UInt8], inherited: [String: TemplateProgram]?,
                              escaping: TemplateEscaping) throws {
        let outer = (sequence, indentation, self.inherited, self.escaping)
        sequence = nil
        if !indented.isEmpty { indentation += indented }
        self.inherited = inherited
        self.escaping = escaping
        try run(program, 0..<program.code.count)
        (sequence, indentation, self.inherited, self.escaping) = outer
    }

    /// Prints the value `name` names: text escaped as the template says (`escaped`), HTML as it is.
    private mutating func print(_ name: TemplateName, of program: TemplateProgram, escaped: Bool) throws {
        guard let value = try lookup(name, of: program) else { return }
        // Each case prints its text itself: a text value's string is printed from the value,
        // not copied out of it first.
        switch value {
        case .text(let s): try print(s, escaped: escaped)
        case .number(let n): try print(String(n), escaped: escaped)
        case .flag(let b): try print(b ? "true" : "false", escaped: escaped)
        case .fragment(let f) where !escaped: f.append(to: out)
        case .fragment(let f): try print(f.renderText, escaped: escaped)
        case .map, .list, .card, .shared: throw PageValue.Unsupported()
        }
    }

    /// Prints `text`, escaped as the template says when `escaped`.
    private func print(_ text: String, escaped: Bool) throws {
        guard escaped else { return out.append(text) }
        switch escaping {
        case .dossier: HTMLEscaping.append(text, to: out)
        case .none: out.append(text)
        case .mustacheHTML: throw PageValue.Unsupported()
        }
    }

    /// The value a tag names, with its transforms applied (swift-mustache's `getChild`).
    private func lookup(_ name: TemplateName, of program: TemplateProgram) throws -> PageValue? {
        var value: PageValue?
        var transforms = name.transforms
        switch name.path {
        case .current:
            value = stack[stack.count - 1]
        case .sequence:
            // The innermost transform reads the position; the others read what it gave.
            guard let sequence, !transforms.isEmpty else { return nil }
            transforms = transforms.dropLast()
            value = sequence.transformed(program.strings[transforms.upperBound])
        case .anchored:
            value = try descend(stack[stack.count - 1], program, name.parts)
        case .searched:
            guard !name.parts.isEmpty else { value = stack[stack.count - 1]; break }
            var level = stack.count
            while level > 0 {
                level -= 1
                if let child = try child(at: level, name.parts.lowerBound, of: program) {
                    value = name.parts.count == 1 ? child : try descend(child, program, name.parts.dropFirst())
                    break
                }
            }
        }
        for transform in transforms.reversed() {
            guard let current = value else { return nil }
            value = try current.transformed(program.strings[transform])
        }
        return value
    }

    /// `stack[level].child(part, of: program)`, a map's entries compared where they are: only
    /// the value found is copied (copying each level searched to ask it was a retain and a
    /// release per level).
    @inline(__always)
    private func child(at level: Int, _ part: Int, of program: TemplateProgram) throws -> PageValue? {
        if case .map(let map) = stack[level] { return map.value(numbered: program.numbers[part])?.unshared }
        return try stack[level].child(part, of: program)
    }

    /// The value the names `parts` of `program` lead to from `value`.
    private func descend(_ value: PageValue, _ program: TemplateProgram, _ parts: Range<Int>) throws -> PageValue? {
        var value = value
        for part in parts {
            guard let child = try value.child(part, of: program) else { return nil }
            value = child
        }
        return value
    }
}
