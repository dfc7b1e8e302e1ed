import DossierModel
import DossierSummary
import Foundation

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

/// What `stat` says of a file: where it is (device and inode), its size, and when its bytes
/// and its metadata last changed (nanoseconds). The summary cache keeps it beside an article's
/// stamp, so an article whose `stat` is the same is known unchanged without reading it, as
/// git's index does; a write changes the change time (ctime), which no tool can set back.
struct FileStat: Hashable, Sendable {
    var device: UInt64
    var inode: UInt64
    var size: Int
    var modified: Int
    var changed: Int

    /// The file's `stat`, nil when it has none.
    init?(atPath path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        self.init(info)
    }

    /// The `stat` of `name` in the folder open as `folder`, nil when it has none.
    init?(in folder: Int32, name: String) {
        var info = stat()
        guard fstatat(folder, name, &info, 0) == 0 else { return nil }
        self.init(info)
    }

    /// What `stat` (or `fstat`) gave.
    init(_ info: stat) {
        self.init(device: UInt64(info.st_dev), inode: UInt64(info.st_ino), size: Int(info.st_size),
                  modified: info.st_mtim.tv_sec * 1_000_000_000 + info.st_mtim.tv_nsec,
                  changed: info.st_ctim.tv_sec * 1_000_000_000 + info.st_ctim.tv_nsec)
    }

    init(device: UInt64, inode: UInt64, size: Int, modified: Int, changed: Int) {
        (self.device, self.inode, self.size, self.modified, self.changed) = (device, inode, size, modified, changed)
    }

    /// Whether a later write could leave this `stat` as it is: file times tick coarsely (a
    /// few milliseconds on Linux file systems, whole seconds on some), so a file changed within
    /// a tick of being looked at could change again with the same times and size. A `stat`
    /// taken at `now` (nanoseconds) is trusted only when both times are older than a tick:
    /// one second when they have no sub-second part, else 50 ms.
    func isSettled(at now: Int) -> Bool {
        let coarse = modified % 1_000_000_000 == 0 && changed % 1_000_000_000 == 0
        return max(modified, changed) < now - (coarse ? 1_000_000_000 : 50_000_000)
    }
}

/// A folder kept open while its files' `stat`s are taken: each walks the file's name alone,
/// not the whole path (a fifth of a `stat`'s cost on a deep path). Falls back to paths when the
/// folder cannot be opened.
struct OpenFolder: Sendable {
    /// The folder's path, ending in "/".
    let path: String
    private let descriptor: Int32

    init(path: String) {
        self.path = path.hasSuffix("/") ? path : path + "/"
        descriptor = open(self.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    }

    /// The path of `name` in the folder.
    func path(of name: String) -> String { path + name }

    /// The `stat` of `name` (a relative path) in the folder.
    func fileStat(_ name: String) -> FileStat? {
        descriptor >= 0 ? FileStat(in: descriptor, name: name) : FileStat(atPath: path + name)
    }

    /// The size of `name` (a relative path) in the folder when it is a regular file, else nil.
    func regularFileSize(_ name: String) -> Int? {
        var info = stat()
        guard (descriptor >= 0 ? fstatat(descriptor, name, &info, 0) : stat(path + name, &info)) == 0,
              (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return Int(info.st_size)
    }

    func close() {
        if descriptor >= 0 { _ = Foundation.close(descriptor) }
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
        /// Size and checksum of that body (the Markdown after the front matter).
        var body: FileStamp
    }

    /// The article's bytes, as analysed.
    var article: FileStamp
    /// The article's `stat` when it had those bytes, if it was settled (`FileStat.isSettled`).
    var articleStat: FileStat? = nil
    /// The summary file's `stat` when it last had the generated bytes, if it was settled: a
    /// file with that `stat` is known to be the generator's without reading it.
    var summaryStat: FileStat? = nil
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
    /// The same, known by the summary file's `stat` (the one the cache took when it last read
    /// the file): the document without its body, which is read when a page needs it.
    case unchangedUnread(SummaryDocument, body: FileStamp, [Diagnostic])
    /// The article is the same and gave no text last time: skip it again with the same warnings.
    case skipped([Diagnostic])
    /// Ingest and analyse the article, and decide about its summary file, as on a fresh build.
    case analyse

    /// `article` is the article's stamp (read from the cache when its `stat` is the cached one),
    /// `summaryStat` the summary file's `stat` now, `cacheWritten` when the cache was written
    /// (nanoseconds): a cached `stat` stands for the file only if its times are a tick older
    /// than that, as git trusts its index only for files older than the index (a file written
    /// within a tick of the cache could have changed since with the same times).
    /// `summaryFile` (the summary file's bytes, nil when there is none) is only read when the
    /// article matches the cache and the file's `stat` does not tell, so the summary of a
    /// changed article is not read twice.
    static func decide(cached: CachedSummary?, article: FileStamp, summaryStat: FileStat? = nil, cacheWritten: Int = .max,
                       summaryFile: @autoclosure () -> [UInt8]?) -> SummaryReuse {
        guard let cached, cached.article == article else { return .analyse }
        guard let generated = cached.summary else { return .skipped(cached.diagnostics) }
        if let summaryStat, summaryStat == cached.summaryStat, summaryStat.isSettled(at: cacheWritten) {
            return .unchangedUnread(generated.document, body: generated.body, cached.diagnostics)
        }
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
