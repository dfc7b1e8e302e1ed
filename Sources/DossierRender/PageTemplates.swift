import DossierModel
import Mustache

/// The site's templates: swift-mustache's library, and the programs compiled from it that
/// render the pages (`TemplateProgram`). A page whose values or templates the programs do
/// not know is rendered by the library instead, with the same result.
struct PageTemplates: @unchecked Sendable {
    let library: MustacheLibrary
    /// Every template of the library compiled, or none (partials refer across templates).
    let programs: [String: TemplateProgram]

    /// `compiled: false` renders everything through the library (the reference the tests
    /// compare the programs with).
    init(_ library: MustacheLibrary, compiled: Bool = true) {
        self.library = library
        self.programs = compiled ? PageTemplates.compile(library) ?? [:] : [:]
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
