/// The keys of one article's paragraphs (or subheads) seen so far, as a `Set<String>` holds them
/// (found by `==`): in a list while there are at most `listLimit`, hashed beyond. Most articles
/// have a few paragraphs, and comparing a key with a few others (mostly of other lengths) costs
/// less than hashing all of its bytes.
struct KeySet {
    /// The most keys kept in the list.
    static let listLimit = 24
    private var list: [String] = []
    private var hashed: Set<String>?

    /// Inserts `key`; false when it was there already.
    @discardableResult
    mutating func insert(_ key: String) -> Bool {
        if hashed != nil { return hashed!.insert(key).inserted }
        if list.contains(key) { return false }
        list.append(key)
        if list.count > Self.listLimit {
            hashed = Set(list)
            list = []
        }
        return true
    }

    mutating func remove(_ key: String) {
        if hashed != nil {
            hashed!.remove(key)
        } else if let i = list.firstIndex(of: key) {
            list.remove(at: i)
        }
    }

    func contains(_ key: String) -> Bool { hashed?.contains(key) ?? list.contains(key) }
}
