import Foundation

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

    /// The bytes of `name` (a relative path) in the folder (`FileIO.bytes(atPath:)`).
    func bytes(_ name: String) throws -> [UInt8] {
        let (folder, relative) = at(name)
        return try FileIO.bytes(relative, in: folder, path: path + name)
    }

    /// The bytes of `name` (a relative path) in the folder and its `stat`, taken before they
    /// were read (`FileIO.bytesAndStat`).
    func bytesAndStat(_ name: String) throws -> (bytes: [UInt8], stat: FileStat?) {
        let (folder, relative) = at(name)
        return try FileIO.bytesAndStat(relative, in: folder, path: path + name)
    }

    /// The bytes of `name` in the folder, nil when there is no such file (`FileIO.bytesIfPresent(atPath:)`).
    func bytesIfPresent(_ name: String) throws -> [UInt8]? {
        let (folder, relative) = at(name)
        return try FileIO.bytesIfPresent(relative, in: folder, path: path + name)
    }

    /// `text` written as `name` in the folder through a temporary file and a rename
    /// (`FileIO.writeAtomically(_:_:in:)`); false when anything failed.
    func writeAtomically(_ text: String, as name: String) -> Bool {
        let (folder, relative) = at(name)
        return FileIO.writeAtomically(text, relative, in: folder)
    }

    /// Where the system calls (`openat`, `mkdirat`…) find `name`: relative to the open folder,
    /// or by its whole path when the folder could not be opened.
    func at(_ name: String) -> (folder: Int32, name: String) {
        descriptor >= 0 ? (descriptor, name) : (AT_FDCWD, path + name)
    }

    /// The size of `name` (a relative path) in the folder when it is a regular file, else nil.
    func regularFileSize(_ name: String) -> Int? {
        guard descriptor >= 0 else { return OutputFolder.size(of: path + name) }
        var info = stat()
        guard fstatat(descriptor, name, &info, 0) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return Int(info.st_size)
    }

    func close() {
        if descriptor >= 0 { _ = Foundation.close(descriptor) }
    }
}
