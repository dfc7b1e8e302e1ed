import DossierModel
import DossierRender
import Foundation

/// The files of a dossier's content folder (the imperative edge: every read happens here).
struct ContentFolder {
    let root: URL

    var articles: URL { root.appendingPathComponent("articles") }
    var summaries: URL { root.appendingPathComponent("summaries") }
    var configFile: URL { root.appendingPathComponent("dossier.yml") }
    /// What summarize remembers between runs (`SummaryCacheCodec`). Hidden, so never listed
    /// as content, and outside the output, so never published and untouched by its swap.
    var summaryCache: URL { root.appendingPathComponent(".dossier-cache/summaries") }
    /// What the build remembers of rendered bodies (`BodyCache`), beside it.
    var bodyCache: URL { root.appendingPathComponent(".dossier-cache/bodies") }
    /// The templates' compiled programs (`TemplateStep`), beside them.
    var templateCache: URL { root.appendingPathComponent(".dossier-cache/templates") }
    /// Where a build sets rendered bodies' HTML aside (`BodySpill`: a file unlinked once made).
    var scratch: URL { root.appendingPathComponent(".dossier-cache") }

    /// The cached summaries written under `key`; empty when there is no cache or it cannot be
    /// used (another program or configuration, damaged, unreadable): everything is analysed.
    /// A `stat` it holds is trusted only if its times are a tick older than when its entry was
    /// written (`CacheJournal.written`, `SummaryReuse.decide`).
    func loadSummaryCache(key: String) -> CacheJournal<String, CachedSummary>.Loaded {
        load(SummaryCacheCodec.journal(key: key), from: summaryCache)
    }

    /// Brings the summary cache to the `count` entries `all()` gives (by name), appending
    /// `changes` to the file as `previous` read it when few changed.
    func saveSummaryCache(_ changes: CacheJournal<String, CachedSummary>.Changes, count: Int, all: () -> [(name: String, entry: CachedSummary)],
                          key: String, previous: CacheJournal<String, CachedSummary>.Loaded) {
        save(SummaryCacheCodec.journal(key: key), changes, count: count, all: { SummaryCacheCodec.byName(all()) }, to: summaryCache,
             previous: previous)
    }

    /// The cached body outlines and words written under `key` (empty when there are none to use).
    func loadBodyCache(key: String) -> CacheJournal<FileStamp, BodyCache.Entry>.Loaded {
        load(BodyCache.journal(key: key), from: bodyCache)
    }

    /// A cache file as `journal` reads it, with the file's `stat` taken before it was read.
    private func load<Key, Entry>(_ journal: CacheJournal<Key, Entry>, from file: URL) -> CacheJournal<Key, Entry>.Loaded {
        guard let stat = FileStat(atPath: file.path), let bytes = try? FileIO.bytesIfPresent(atPath: file.path) else { return .init() }
        var loaded = journal.read(bytes)
        loaded.file = stat
        return loaded
    }

    /// Brings the body cache to `entries`, appending to the file as `previous` read it when few
    /// changed; `held` is what it holds (`previous.entries`).
    func saveBodyCache(_ entries: [FileStamp: BodyCache.Entry], key: String, previous: CacheJournal<FileStamp, BodyCache.Entry>.Loaded,
                       held: [FileStamp: BodyCache.Entry]) {
        save(BodyCache.journal(key: key), BodyCache.changes(from: held, to: entries), count: entries.count,
             all: { BodyCache.listed(entries) }, to: bodyCache, previous: previous)
    }

    /// Writes a cache file: a segment appended to it, stamped with the file's modification time,
    /// when the file is still the one `previous` read (the same file, length and times), else
    /// the whole file by a rename,
    /// so a reader sees the old file or the new one, never a mix. Not synced to disk: a file cut short by a crash fails its checksum
    /// (an append: that segment only) and is ignored. Failing to write is not an error (the
    /// next build does what it must).
    private func save<Key, Entry>(_ journal: CacheJournal<Key, Entry>, _ changes: CacheJournal<Key, Entry>.Changes, count: Int,
                                  all: () -> [(key: Key, entry: Entry)], to file: URL, previous: CacheJournal<Key, Entry>.Loaded) {
        switch journal.write(changes, previous: previous, stamp: previous.file?.modified ?? 0, count: count, all: all) {
        case nil: return
        case .append(let segment):
            if let read = previous.file, FileIO.append(segment, atPath: file.path, ifStill: read, size: previous.soundLength) { return }
            save(journal.whole(all()), to: file)
        case .whole(let bytes):
            save(bytes, to: file)
        }
    }

    /// Replaces the template cache (`TemplateStep`) with `bytes`.
    func saveTemplateCache(_ bytes: [UInt8]) {
        save(bytes, to: templateCache)
    }

    /// Replaces a cache file by a rename (see above), in a cache folder kept out of git.
    private func save(_ bytes: [UInt8], to file: URL) {
        let folder = file.deletingLastPathComponent()
        let prefix = file.lastPathComponent + ".tmp-"  // FileIO's temporary files for it
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            // Content folders are often kept in git: the cache keeps itself out of it.
            let ignore = folder.appendingPathComponent(".gitignore")
            if !FileManager.default.fileExists(atPath: ignore.path) { try Data("*\n".utf8).write(to: ignore) }
            _ = FileIO.writeAtomically(bytes, atPath: file.path)  // it removes its temporary file when it fails
        } catch {}
        // Temporary files of builds that were killed before their rename.
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] {
            guard name.hasPrefix(prefix), let pid = Int32(name.dropFirst(prefix.count)),
                  !OutputFolder.isRunning(pid) else { continue }
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
    }

    /// Names of the raw articles (`*.txt`), sorted, so every run sees them in the same order.
    func articleNames() throws -> [String] {
        try names(in: articles, step: "articles", suffix: ".txt")
    }

    /// Names of the summary files (`*.md`), in no order.
    func summaryNames() throws -> [String] {
        guard FileManager.default.fileExists(atPath: summaries.path) else { return [] }
        return try names(in: summaries, step: "summaries", suffix: ".md", sorted: false)
    }

    private func names(in folder: URL, step: String, suffix: String, sorted: Bool = true) throws -> [String] {
        do {
            let names = try FileIO.names(atPath: folder.path).filter { $0.hasSuffix(suffix) && !$0.hasPrefix(".") }
            return sorted ? TextOrder.sorted(names) : names
        } catch {
            throw DossierError(step: step, file: folder.path, "cannot list the folder: \(error.localizedDescription)")
        }
    }
}

/// Small file helpers for the shell.
enum FileIO {
    static func bytes(_ url: URL) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: url))
    }

    /// The file's bytes, or nil when there is no such file.
    static func bytesIfPresent(_ url: URL) throws -> [UInt8]? {
        do {
            return try bytes(url)
        } catch CocoaError.fileReadNoSuchFile {
            return nil
        }
    }

    /// `bytes(_:)` for a path, read with one open, fstat and read (a `URL` and `Data` cost
    /// several system calls and copies per file). Anything unusual (not a regular file, empty,
    /// an error) is left to Foundation, so errors and edge cases are what they always were.
    static func bytes(atPath path: String) throws -> [UInt8] {
        try bytes(path, in: AT_FDCWD, path: path)
    }

    /// `bytesIfPresent(_:)` for a path, the same way.
    static func bytesIfPresent(atPath path: String) throws -> [UInt8]? {
        try bytesIfPresent(path, in: AT_FDCWD, path: path)
    }

    /// `bytes(atPath:)` for `name` in the folder open as `folder` (`AT_FDCWD`: `name` is a
    /// path): the kernel walks `name` alone, not the folder's path again. `path` is the whole
    /// path, for Foundation's read and its errors.
    static func bytes(_ name: String, in folder: Int32, path: @autoclosure () -> String) throws -> [UInt8] {
        if case .read(let bytes, _) = readRegularFile(name, in: folder) { return bytes }
        return try bytes(URL(fileURLWithPath: path(), isDirectory: false))
    }

    /// `bytes(_:in:path:)` with the file's `stat` taken before its bytes are read: the open
    /// file's (`fstat`, no second walk of the name), or the name's when Foundation reads it
    /// (nil when it has none).
    static func bytesAndStat(_ name: String, in folder: Int32, path: @autoclosure () -> String) throws -> (bytes: [UInt8], stat: FileStat?) {
        if case .read(let bytes, let stat) = readRegularFile(name, in: folder) { return (bytes, stat) }
        let stat = FileStat(in: folder, name: name) // `fstatat`: by the whole path when `folder` is AT_FDCWD
        return (try bytes(URL(fileURLWithPath: path(), isDirectory: false)), stat)
    }

    /// `bytesIfPresent(atPath:)` for `name` in the folder open as `folder`, the same way.
    static func bytesIfPresent(_ name: String, in folder: Int32, path: @autoclosure () -> String) throws -> [UInt8]? {
        switch readRegularFile(name, in: folder) {
        case .read(let bytes, _): return bytes
        case .missing: return nil
        case .other: return try bytesIfPresent(URL(fileURLWithPath: path(), isDirectory: false))
        }
    }

    private enum DirectRead {
        case read([UInt8], FileStat)
        case missing
        case other
    }

    private static func readRegularFile(_ name: String, in folder: Int32) -> DirectRead {
        let fd = openat(folder, name, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return errno == ENOENT ? .missing : .other }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, info.st_size > 0 else { return .other }
        let size = Int(info.st_size)
        var complete = true
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            while count < size {
                let n = read(fd, buffer.baseAddress! + count, size - count)
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { break }
                count += n
            }
            var probe: UInt8 = 0
            complete = count == size && read(fd, &probe, 1) == 0 // not grown meanwhile
        }
        return complete ? .read(bytes, FileStat(info)) : .other
    }

    /// The names in a folder, listed with `readdir` (Foundation's listing costs a few times
    /// as much); an error is Foundation's, so its message is what it always was.
    static func names(atPath path: String) throws -> [String] {
        guard let folder = opendir(path) else { return try FileManager.default.contentsOfDirectory(atPath: path) }
        defer { closedir(folder) }
        var names: [String] = []
        // The name is read where it is, up to its NUL: a record can be shorter than `dirent`
        // (copying the whole struct read past the end of `readdir`'s buffer).
        let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!
        while let entry = readdir(folder) {
            let name = String(cString: UnsafeRawPointer(entry).advanced(by: nameOffset).assumingMemoryBound(to: CChar.self))
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    static func text(_ url: URL) throws -> String? {
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        let data = try Data(contentsOf: url)
        return String(decoding: data, as: UTF8.self)
    }

    /// `writeAtomically(_:to:)` for `name` in the existing folder open as `folder` (`AT_FDCWD`:
    /// `name` is a path), with open, write and rename (Foundation's URL and atomic write cost
    /// several system calls more per file); false when anything failed, for the caller to try
    /// the Foundation way, whose errors it reports.
    static func writeAtomically(_ text: String, _ name: String, in folder: Int32) -> Bool {
        var text = text
        return text.withUTF8 { put(UnsafeRawBufferPointer($0), atomicallyTo: name, in: folder) }
    }

    /// The same for bytes (without the copy into `Data` that Foundation's write needs).
    static func writeAtomically(_ bytes: [UInt8], atPath path: String) -> Bool {
        bytes.withUnsafeBytes { put($0, atomicallyTo: path, in: AT_FDCWD) }
    }

    /// `bytes` appended to the file at `path` if it is the file `read` describes (device, inode,
    /// times), `size` bytes long: the file a reader read, not changed or replaced since. False
    /// when it is not, or the write failed (what it wrote is then cut off again).
    static func append(_ bytes: [UInt8], atPath path: String, ifStill read: FileStat, size: Int) -> Bool {
        let fd = open(path, O_WRONLY | O_APPEND | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, Int(info.st_size) == size,
              FileStat(info) == FileStat(device: read.device, inode: read.inode, size: size, modified: read.modified, changed: read.changed)
        else { return false }
        let complete = bytes.withUnsafeBytes { raw -> Bool in
            var offset = 0
            while offset < raw.count {
                let n = write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { return false }
                offset += n
            }
            return true
        }
        if !complete { _ = ftruncate(fd, off_t(size)) }
        return complete
    }

    /// This process's ID, asked once (glibc's `getpid` is a system call each time).
    private static let processID = getpid()

    /// `bytes` written to `<name>.tmp-<pid>`, then renamed to `name` (both in `folder`).
    private static func put(_ bytes: UnsafeRawBufferPointer, atomicallyTo name: String, in folder: Int32) -> Bool {
        let temporary = name + ".tmp-\(processID)"
        let fd = openat(folder, temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return false }
        var written = true
        var offset = 0
        while offset < bytes.count {
            let n = write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { written = false; break }
            offset += n
        }
        guard close(fd) == 0, written, renameat(folder, temporary, folder, name) == 0 else {
            unlinkat(folder, temporary, 0)
            return false
        }
        return true
    }

    /// Writes through a temporary file and a rename, so a reader never sees half a file.
    static func writeAtomically(_ text: String, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url, options: .atomic)
    }
}
