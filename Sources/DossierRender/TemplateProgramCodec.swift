import DossierModel

/// A compiled program written for a cache and read back, so a build whose templates did not
/// change neither parses them with swift-mustache nor compiles the parse again (the build's
/// template cache). Reading checks that every instruction refers to parts the program holds:
/// what it reads is a program this one could have compiled, or nothing.
extension TemplateProgram {
    func write(to out: inout CacheWriter) {
        out.list(Array(code)) { out, instruction in
            out.int(Int(instruction.operation.rawValue))
            out.int(instruction.operand)
            out.int(instruction.count)
        }
        out.raw(Array(text))
        out.list(Array(names)) { out, name in
            out.int(Int(name.path.rawValue))
            for bound in [name.parts.lowerBound, name.parts.upperBound, name.transforms.lowerBound, name.transforms.upperBound] {
                out.int(bound)
            }
        }
        out.list(strings) { $0.text($1) }
        out.list(partials) { out, partial in
            out.text(partial.name)
            out.raw(partial.indentation)
            out.optional(partial.inherits) { out, inherits in
                out.list(inherits.keys.sorted()) { out, block in
                    out.text(block)
                    inherits[block]!.write(to: &out)
                }
            }
        }
        out.list(blocks) { out, block in
            out.text(block.name)
            block.fallback.write(to: &out)
            out.raw(block.indentation)
        }
    }

    static func read(from input: inout CacheReader) -> TemplateProgram? {
        guard let code = input.list({ reader -> TemplateInstruction? in
                  guard let operation = reader.int().flatMap({ UInt8(exactly: $0) }).flatMap(TemplateInstruction.Operation.init),
                        let operand = reader.int(), let count = reader.int() else { return nil }
                  return TemplateInstruction(operation, operand: operand, count: count)
              }),
              let text = input.raw(),
              let names = input.list({ reader -> TemplateName? in
                  guard let path = reader.int().flatMap({ UInt8(exactly: $0) }).flatMap(TemplateName.Path.init),
                        let a = reader.int(), let b = reader.int(), let c = reader.int(), let d = reader.int(),
                        a <= b, c <= d else { return nil }
                  return TemplateName(path: path, parts: a..<b, transforms: c..<d)
              }),
              let strings = input.list({ $0.text() }),
              let partials = input.list({ reader -> TemplatePartial? in
                  guard let name = reader.text(), let indentation = reader.raw(),
                        let inherits = reader.optional({ reader -> [String: TemplateProgram]? in
                            reader.list { reader -> (String, TemplateProgram)? in
                                guard let block = reader.text(), let program = TemplateProgram.read(from: &reader) else { return nil }
                                return (block, program)
                            }.map { Dictionary($0, uniquingKeysWith: { a, _ in a }) }
                        }) else { return nil }
                  return TemplatePartial(name: name, indentation: indentation, inherits: inherits)
              }),
              let blocks = input.list({ reader -> TemplateBlock? in
                  guard let name = reader.text(), let fallback = TemplateProgram.read(from: &reader),
                        let indentation = reader.raw() else { return nil }
                  return TemplateBlock(name: name, fallback: fallback, indentation: indentation)
              })
        else { return nil }
        guard names.allSatisfy({ $0.parts.upperBound <= strings.count && $0.transforms.upperBound <= strings.count && $0.parts.lowerBound >= 0 && $0.transforms.lowerBound >= 0 }),
              code.indices.allSatisfy({ refersWithin(code[$0], at: $0, code: code.count, text: text.count, names: names.count,
                                                     partials: partials.count, blocks: blocks.count) })
        else { return nil }
        return TemplateProgram(code: code, text: text, names: names, strings: strings, partials: partials, blocks: blocks)
    }

    /// Whether `instruction`, the `at`-th of `code`, refers only to parts a program of these sizes holds.
    private static func refersWithin(_ instruction: TemplateInstruction, at: Int, code: Int, text: Int, names: Int,
                                     partials: Int, blocks: Int) -> Bool {
        let operand = instruction.operand, count = instruction.count
        switch instruction.operation {
        case .text: return operand >= 0 && count >= 0 && operand <= text - count
        case .variable, .rawVariable: return (0..<names).contains(operand)
        case .section, .inverted: return (0..<names).contains(operand) && count >= 0 && count < code - at
        case .partial: return (0..<partials).contains(operand)
        case .block: return (0..<blocks).contains(operand)
        case .escaping: return UInt8(exactly: operand).flatMap(TemplateEscaping.init(rawValue:)) != nil
        }
    }
}
