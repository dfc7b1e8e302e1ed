import DossierModel
import DossierSummary

/// The size and checksum of a file's bytes: how the summary cache recognises an article it
/// has analysed before, and a summary file that is still exactly what the generator wrote.
struct FileStamp: Hashable, Sendable {
    var size: Int
    /// FNV-1a 64 over the bytes' 8-byte words, then the bytes left (`Checksum.wordwise`).
    var hash: UInt64

    init(size: Int, hash: UInt64) {
        self.size = size
        self.hash = hash
    }

    init(_ bytes: some Collection<UInt8>) {
        let hash = bytes.withContiguousStorageIfAvailable { Checksum.wordwise(UnsafeRawBufferPointer($0)) }
            ?? Array(bytes).withUnsafeBytes { Checksum.wordwise($0) }
        self.init(size: bytes.count, hash: hash)
    }
}

/// What summarize learnt from one article the last time it analysed it: enough to publish the
/// article again without ingest or analysis, as long as the article's bytes are the same and
/// its summary file is still the generator's own.
struct CachedSummary: Equatable, Sendable {
    /// The summary the generator wrote for the article.
    struct Generated: Equatable, Sendable {
        /// Size and checksum of the generated Markdown (the summary file's bytes when unedited).
        var stamp: FileStamp
        /// `SummaryDocument(brief:markdown:)` without its `body`, which is read back from the file.
        var document: SummaryDocument
    }

    /// The article's bytes, as analysed.
    var article: FileStamp
    /// nil when the article gave no text and was skipped.
    var summary: Generated?
    /// What ingest and analysis reported for the article, in order.
    var diagnostics: [Diagnostic]
}

/// Whether an article can be published from the cache; pure, tested on values.
enum SummaryReuse: Equatable {
    /// The article and its summary file are what the cache describes: publish this document
    /// (the cached one, with the file's body) and the cached warnings; nothing to write.
    case unchanged(SummaryDocument, [Diagnostic])
    /// The article is the same and gave no text last time: skip it again with the same warnings.
    case skipped([Diagnostic])
    /// Ingest and analyse the article, and decide about its summary file, as on a fresh build.
    case analyse

    /// `summaryFile` (the summary file's bytes, nil when there is none) is only read when the
    /// article matches the cache, so the summary of a changed article is not read twice.
    static func decide(cached: CachedSummary?, article: FileStamp, summaryFile: @autoclosure () -> [UInt8]?) -> SummaryReuse {
        guard let cached, cached.article == article else { return .analyse }
        guard let generated = cached.summary else { return .skipped(cached.diagnostics) }
        // A missing file is written again and an edited one kept as now: both go the fresh
        // way, the only one that has the generated Markdown to write or compare.
        guard let bytes = summaryFile(), FileStamp(bytes) == generated.stamp else { return .analyse }
        var document = generated.document
        document.body = bytes.withUnsafeBufferPointer { SummaryDocument.body(ofGenerated: $0) }
        return .unchanged(document, cached.diagnostics)
    }

    /// What every cached result depends on besides its article's bytes: this program (its
    /// checksum) and the effective configuration (the parsed `dossier.yml` over the built-in
    /// defaults, every field). A cache written under another key is not used at all.
    static func key(config: DossierConfig, program: String) -> String {
        var fingerprint = Fingerprint()
        fingerprint.add(String(reflecting: config)) // every field, nested ones too
        return "program \(program) config \(String(fingerprint.value, radix: 16))"
    }
}
