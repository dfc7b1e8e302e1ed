import DossierModel
import Foundation
import Mustache

/// The site's templates: swift-mustache's library, and the programs compiled from it that
/// render the pages (`TemplateProgram`). A page whose values or templates the programs do
/// not know is rendered by the library instead, with the same result.
public struct PageTemplates: @unchecked Sendable {
    private let source: LibrarySource
    /// Every template of the library compiled, or none (partials refer across templates).
    let programs: [String: TemplateProgram]

    /// swift-mustache's library (parsed now if the programs were read from a cache).
    var library: MustacheLibrary { source.library }

    /// `library` and its programs; `compiled: false` renders everything through the library
    /// (the reference the tests compare the programs with).
    public init(_ library: MustacheLibrary, compiled: Bool = true) {
        self.source = LibrarySource(library)
        self.programs = compiled ? PageTemplates.compile(library) ?? [:] : [:]
    }

    /// Programs written by `writePrograms(to:)`, and the library they were compiled from,
    /// parsed by `parse` only if a page needs it; nil unless `input` holds programs.
    public init?(cached input: inout CacheReader, parse: @escaping @Sendable () -> MustacheLibrary) {
        guard let programs = input.list({ reader -> (String, TemplateProgram)? in
            guard let name = reader.text(), let program = TemplateProgram.read(from: &reader) else { return nil }
            return (name, program)
        }), !programs.isEmpty, input.isAtEnd else { return nil }
        self.source = LibrarySource(parse: parse)
        self.programs = Dictionary(programs, uniquingKeysWith: { a, _ in a })
    }

    /// Writes the programs for `init(cached:parse:)`; false, writing nothing, when there are
    /// none (the library renders every page).
    public func writePrograms(to out: inout CacheWriter) -> Bool {
        guard !programs.isEmpty else { return false }
        out.list(programs.keys.sorted()) { out, name in
            out.text(name)
            programs[name]!.write(to: &out)
        }
        return true
    }

    /// Whether there is a template `name`.
    func has(_ name: String) -> Bool {
        programs.isEmpty ? library.getTemplate(named: name) != nil : programs[name] != nil
    }

    private static func compile(_ library: MustacheLibrary) -> [String: TemplateProgram]? {
        guard let templates = Mirror(reflecting: library).descendant("templates") as? [String: MustacheTemplate] else { return nil }
        let names = templates.keys.sorted()
        let compiled = names.parallelMap { name in Unchecked(TemplateProgram.compile(templates[name]!)) } // on all cores
        var programs: [String: TemplateProgram] = [:]
        for (name, program) in zip(names, compiled) {
            guard let program = program.value else { return nil }
            programs[name] = program
        }
        return programs
    }

    /// `values` rendered through the template `name`, as UTF-8; nil when there is no such template.
    func render(_ values: PageMap, withTemplate name: String) -> [UInt8]? {
        if !programs.isEmpty {
            var renderer = TemplateRenderer(programs: programs)
            if let page = try? renderer.render(.map(values), template: name) { return page }
        }
        return library.render(PageValue.map(values).mustache, withTemplate: name).map { Array($0.utf8) }
    }

    /// The same for values keyed by name.
    func render(_ values: [String: PageValue], withTemplate name: String) -> [UInt8]? {
        render(PageMap(values), withTemplate: name)
    }
}

/// swift-mustache's library of the templates, as given or parsed when first asked for (under
/// a lock: any worker rendering a page may be the first).
private final class LibrarySource: @unchecked Sendable {
    private let given: MustacheLibrary?
    private let parse: (@Sendable () -> MustacheLibrary)?
    private let lock = NSLock()
    private var parsed: MustacheLibrary?

    init(_ library: MustacheLibrary) {
        given = library
        parse = nil
    }

    init(parse: @escaping @Sendable () -> MustacheLibrary) {
        given = nil
        self.parse = parse
    }

    var library: MustacheLibrary {
        if let given { return given }
        return lock.withLock {
            if let parsed { return parsed }
            let library = parse!()
            parsed = library
            return library
        }
    }
}
