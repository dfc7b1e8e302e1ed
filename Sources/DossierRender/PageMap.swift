/// The named values of a map (`PageValue.map`): a few entries, each found by the number of its
/// name (`PageName`). A map of page values holds a score of entries at most, where comparing
/// numbers one after the other is cheaper than hashing the name looked up (which was most of
/// what the compiled templates spent finding values). Setting a name already there replaces
/// its value. The order of the entries never shows: templates look them up by name, and
/// fingerprints sum a hash of each entry.
struct PageMap: Sendable {
    struct Entry: Sendable {
        let name: PageName
        var value: PageValue
    }

    /// The entries, each name once, in the order they were first set.
    private(set) var entries: [Entry]

    /// The map of `values`, its names numbered.
    init(_ values: [String: PageValue]) {
        entries = values.map { Entry(name: PageName($0.key), value: $0.value) }
    }

    var count: Int { entries.count }
    var isEmpty: Bool { entries.isEmpty }

    /// Makes room for `capacity` entries in all, so that setting them grows the storage once.
    mutating func reserveCapacity(_ capacity: Int) { entries.reserveCapacity(capacity) }

    /// The value named `name`; setting nil removes it.
    subscript(name: PageName) -> PageValue? {
        get { value(numbered: name.number) }
        set {
            switch (index(numbered: name.number), newValue) {
            case (let i?, let value?): entries[i].value = value
            case (let i?, nil): entries.remove(at: i)
            case (nil, let value?): entries.append(Entry(name: name, value: value))
            case (nil, nil): break
            }
        }
    }

    /// The value whose name has `number` (a template's compiled name): nil when there is none.
    /// Inlined (with `index`), so that a map read where it is is searched without a call that
    /// would make the caller copy it first.
    @inline(__always)
    func value(numbered number: Int32) -> PageValue? {
        index(numbered: number).map { entries[$0].value }
    }

    @inline(__always)
    private func index(numbered number: Int32) -> Int? {
        for i in entries.indices where entries[i].name.number == number { return i }
        return nil
    }

    /// The entries by name, as swift-mustache (through `PageValue.mustache`) and tests read them.
    var dictionary: [String: PageValue] {
        Dictionary(uniqueKeysWithValues: entries.map { ($0.name.text, $0.value) })
    }
}

extension PageMap: ExpressibleByDictionaryLiteral {
    /// A later entry of a name replaces an earlier one, as in a dictionary literal.
    init(dictionaryLiteral elements: (PageName, PageValue)...) {
        entries = []
        entries.reserveCapacity(elements.count)
        for (name, value) in elements { self[name] = value }
    }
}
