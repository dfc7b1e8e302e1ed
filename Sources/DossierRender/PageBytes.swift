/// The bytes a page is rendered into: memory of its own, grown by doubling, so that an append
/// is a length check and a copy (`Array.append(contentsOf:)` spent ~70 instructions a call
/// around the copy, and a page makes thousands of small appends: texts between tags, values,
/// escapes). The page is handed over as an array of its own size (`array`: one copy).
/// Used by one renderer at a time.
final class PageBytes {
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    subscript(i: Int) -> UInt8 {
        precondition(i >= 0 && i < count)
        return base[i]
    }

    /// Appends `bytes`: inlined where it is called (a page makes most of its appends from a few
    /// places: texts between tags, escaped values), with the growing kept apart.
    @inline(__always)
    func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        if count + bytes.count > capacity { grow(to: count + bytes.count) }
        (base + count).initialize(from: source, count: bytes.count)
        count += bytes.count
    }

    func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { append($0) }
    }

    /// Appends `text`'s UTF-8.
    func append(_ text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    func removeLast(_ k: Int) {
        precondition(k >= 0 && k <= count)
        count -= k
    }

    /// The bytes written so far.
    var array: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }

    /// Room for `needed` bytes at least: twice the capacity, or more.
    @inline(never)
    private func grow(to needed: Int) {
        capacity = max(capacity * 2, needed)
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        grown.initialize(from: base, count: count)
        base.deallocate()
        base = grown
    }
}
