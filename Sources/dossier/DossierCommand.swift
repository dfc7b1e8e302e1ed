import ArgumentParser
import DossierBuild
import Foundation
import Logging

/// `dossier`: raw news articles in, a briefing dossier out.
@main
struct DossierCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dossier",
        abstract: "Turn raw news articles into a briefing dossier: Markdown summaries and a static site.",
        subcommands: [BuildCommand.self, SummarizeCommand.self],
        defaultSubcommand: BuildCommand.self)
}

/// Options every command shares.
struct ContentOptions: ParsableArguments {
    @Option(help: "The content folder: dossier.yml, articles/, summaries/.")
    var content: String = "Content"

    @Flag(name: .shortAndLong, help: "Print only warnings and errors.")
    var quiet = false
}

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build", abstract: "Summarize the articles, then render the site into the output folder.")

    @OptionGroup var options: ContentOptions

    @Option(help: "The templates folder: *.mustache and assets/.")
    var templates: String = "Templates"

    @Option(help: "The output folder; changed only when the build succeeds.")
    var output: String = "Output"

    func run() throws {
        let logger = Console.logger(quiet: options.quiet)
        let paths = Dossier.Paths(content: Console.url(options.content), templates: Console.url(templates),
                                  output: Console.url(output))
        try Console.run {
            let built = try Dossier.build(paths, logger: logger, progress: Console.progress(quiet: options.quiet))
            Console.exit(keeping: built.memory)
        }
    }
}

struct SummarizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summarize", abstract: "Write Content/summaries/*.md from Content/articles/*.txt (edited summaries are kept).")

    @OptionGroup var options: ContentOptions

    func run() throws {
        let logger = Console.logger(quiet: options.quiet)
        try Console.run {
            _ = try Dossier.summarize(content: Console.url(options.content), logger: logger,
                                      progress: Console.progress(quiet: options.quiet))
        }
    }
}
