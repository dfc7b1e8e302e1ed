import DossierAnalysis
import DossierIngest
@testable import DossierModel
import DossierRender
import DossierSummary
import Foundation
import PropertyBased
import Testing

/// Properties every stage keeps on any input: no crash, one-line blocks, summaries that read
/// back unedited, one rendered paragraph per source paragraph, no markup from the article.
struct StageProperties {
    static let analyzer = Analyzer(config: .builtIn)

    /// `scripts/fuzz` sets this: random inputs, that many per property, shrunk on failure.
    /// Without it (the test suite, CI) every property runs 300 inputs from a fixed seed, so a
    /// run is repeatable and CI never turns red by chance.
    static let fuzzCases = Int(ProcessInfo.processInfo.environment["DOSSIER_FUZZ_COUNT"] ?? "")

    /// Checks `body` on inputs from `generator`: fuzzing or the fixed, repeatable set.
    static func check<Value, Shrinks: Sequence>(_ generator: Generator<Value, Shrinks>, _ body: @escaping (Value) -> Void) async {
        if let count = fuzzCases {
            await propertyCheck(count: count, input: generator, perform: body)
        } else {
            var rng = SplitMix64(seed: 20_261_122)!
            for _ in 0..<300 { body(generator.run(using: &rng)) }
        }
    }

    /// Pieces that stress the stages: markup, quotes, dates, datelines, boilerplate, odd
    /// Unicode (RTL, combining marks, emoji, zero-width, BOM, NUL), line endings.
    static let fragments = [
        "Putin", " said", " Li Qiang", "Chinese Premier ", "\"", "“", "”", "'", "‘", "’", "«", "»", ". ", ", ", ": ",
        " — ", "-", "\n", "\n\n", "\r\n", "\r", "\t", " ", "  ", "#", "##", "*", "_", "`", "[", "](", ")", "<", ">",
        "&", "&amp;", "|", "~~", "!", "1.", "2)", "- ", "+ ", "> ", "<script>alert(1)</script>", "javascript:alert(1)",
        "<img src=x onerror=alert(1)>", "\"><svg onload=alert(1)>", " date 2025-11-19 ", "Moscow, March 3, 2026 — ",
        "BEIJING, Nov. 18 (Xinhua) -- ", "Advertisement", "Comments are closed.", "Share this article",
        "https://t.co/abc", "pic.twitter.com/x", "— MFA (@mfa) November 20, 2025", "SCO", "visa-free", "trade",
        "energy", "The", "talks", "were", "held", "in", "Moscow", "مرحبا", "שלום", "e\u{301}", "🇷🇺", "😀",
        "\u{200B}", "\u{FEFF}", "\u{0}", "\u{2028}", "\u{85}", "null", "yes", "---", "...", "%", "\\", "{{", "}}",
        "{", "}", "? ", "&a ", "*a", "!!binary ", "!!str ", "|", ">-", "\n- ", "\n  ", "'",
    ]

    static let nastyText = Gen<String?>.element(of: fragments).array(of: 0...80).map { $0.compactMap { $0 }.joined() }
    static let bytes = Gen.uint8().array(of: 0...1_500)
    static let nastyPair = nastyText.array(of: 2)

    /// Runs every pure stage on `text` and checks the properties.
    static func checkStages(_ text: String) {
        let article = Ingest.article(from: text, sourceFile: "articles/x.txt")
        for block in article.blocks {
            #expect(!block.text.isEmpty)
            let oneLine = !block.text.contains { $0.isNewline }
            #expect(oneLine, "a block is one line")
        }
        let brief = analyzer.brief(for: article)
        #expect(brief.summary.allSatisfy { (1...max(1, article.paragraphs.count)).contains($0.paragraph) })
        let markdown = SummaryWriter.markdown(for: brief)
        #expect(markdown == SummaryWriter.markdown(for: brief), "deterministic")
        let generated = SummaryWriter.generated(for: brief)
        #expect(generated.markdown == markdown)
        #expect(generated.checksum == SummaryReader.storedChecksum(in: markdown), "the checksum a reader finds")
        #expect(generated.body == SummaryDocument.body(ofGenerated: markdown), "the body a reader finds")
        let document: SummaryDocument
        do {
            document = try SummaryReader.read(markdown, file: "summaries/x.md")
        } catch {
            Issue.record("a generated summary must read back: \(error)")
            return
        }
        #expect(!document.isEdited)
        #expect(document.title == SummaryWriter.title(brief.title))
        #expect(!document.title.isEmpty)
        #expect(document.actors == brief.actors)
        #expect(document.quotes.map(\.text) == brief.quotes.map(\.text))
        let rendered = Markdown.render(document.body)
        let source = rendered.section("Source text")?.html ?? ""
        #expect(source.components(separatedBy: "<p id=\"p").count - 1 == article.paragraphs.count,
                "each source paragraph renders as exactly one paragraph")
        let html = rendered.html.lowercased()
        #expect(!html.contains("<script") && !html.contains("<img") && !html.contains("<svg"))
        #expect(!html.contains("href=\"javascript:"))
    }

    /// Inputs the fuzzing found, kept so they stay fixed.
    @Test(arguments: ["[a, b]: 1", "? {k: v}\n: 1", "\u{064B}", ">\u{0591}A", ". — MFA (@mfa) November 20, 2025 said", "\u{FEFF}", "#\u{301} heading?", "\u{FFFE}A"])
    func earlierFindings(_ text: String) {
        StageProperties.checkStages(text)
    }

    @Test func stagesHoldOnNastyText() async {
        await StageProperties.check(StageProperties.nastyText) { text in
            StageProperties.checkStages(text)
        }
    }

    /// ASCII text, file names' characters and separators most often.
    static let asciiText = Gen<String?>.element(of: ["a", "Z", "0", "9", "_", "-", " ", "'", ".", "\t", "\u{7F}", "\u{0}", "con", "index", "--"])
        .array(of: 0...90).map { $0.compactMap { $0 }.joined() }

    @Test func asciiSlugsAreTheScalarPathsSlugs() async {
        await StageProperties.check(StageProperties.asciiText) { text in
            for maxLength in [3, 80] {
                #expect(Slug.makeASCII(text, fallback: "f", maxLength: maxLength) == Slug.makeScalars(text, fallback: "f", maxLength: maxLength))
            }
        }
    }

    @Test func stagesHoldOnRandomBytes() async {
        await StageProperties.check(StageProperties.bytes) { bytes in
            let decoded = Ingest.decode(bytes, sourceFile: "articles/x.txt")
            #expect(decoded.diagnostics.allSatisfy { $0.file == "articles/x.txt" })
            StageProperties.checkStages(decoded.text ?? "")
        }
    }

    @Test func frontMatterReaderNeverCrashes() async {
        await StageProperties.check(StageProperties.nastyPair) { pair in
            let (head, body) = (pair[0], pair[1])
            // Fragments land in values, in flow lists and at the start of lines (as keys).
            let text = "---\ntitle: \(head)\ndate: 2025-11-19\nsource_file: a.txt\nactors: [\(head)]\n\(body)\n---\n\(body)"
            do {
                let document = try SummaryReader.read(text, file: "summaries/x.md")
                #expect(document.isEdited, "no checksum: counts as edited")
            } catch let error as SummaryError {
                #expect(error.file == "summaries/x.md")
            } catch {
                Issue.record("unexpected error type: \(error)")
            }
        }
    }

    @Test func frontMatterRoundTripsAnyText() async {
        await StageProperties.check(StageProperties.nastyPair) { pair in
            let (title, actor) = (pair[0], pair[1])
            let brief = Brief(sourceFile: "articles/x.txt", title: title, date: nil, source: actor,
                              actors: [actor], quotes: [Quote(speaker: actor, text: title, paragraph: 1)])
            let document = try? SummaryReader.read(SummaryWriter.markdown(for: brief), file: "s.md")
            // A byte-order mark does not survive YAML; everything else does.
            let bare = { (s: String) in String(s.unicodeScalars.filter { $0 != "\u{FEFF}" }) }
            #expect(document?.title == bare(SummaryWriter.title(title)))
            #expect(document?.actors == [bare(actor)])
            #expect(document?.quotes.first?.text == bare(title))
            #expect(document?.isEdited == false)
        }
    }
}

/// A small, fast, seedable generator (SplitMix64) for the repeatable runs.
struct SplitMix64: SeededRandomNumberGenerator {
    var currentSeed: UInt64

    init?(seed: UInt64) { currentSeed = seed }
    init() { currentSeed = UInt64.random(in: .min ... .max) }

    mutating func next() -> UInt64 {
        currentSeed &+= 0x9E37_79B9_7F4A_7C15
        var z = currentSeed
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
