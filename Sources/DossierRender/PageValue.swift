import DossierModel

/// A value a page template sees: text, a number, a flag, a map of named values, a list, or
/// ready HTML. Typed, so the compiled templates and page fingerprints read it with a `switch`
/// instead of casting `Any` against every type at every tag; literals build it as they would
/// a dictionary (`["name": "SCO", "count": 3]`); the site's values are built with the names
/// numbered once (`PageMap`, `PageName`): `[.name: "SCO", .count: 3]`.
enum PageValue: Sendable {
    case text(String)
    case number(Int)
    case flag(Bool)
    case map(PageMap)
    case list([PageValue])
    /// HTML printed as it is by `{{{name}}}` (a rendered body). (Boxed: the other cases are
    /// at most two words, so a value stays small enough to be copied in registers rather than
    /// through memory.)
    indirect case fragment(any HTMLFragment)
    /// A list page's card: its only child, `html`, is the card's HTML for the page.
    case card(ListCard)
    /// A value many pages show (an article's card, a story's card), built and fingerprinted
    /// once; templates see the value itself.
    case shared(SharedValue)

    /// The map of `values`, their names numbered.
    static func map(_ values: [String: PageValue]) -> PageValue { .map(PageMap(values)) }
    /// A list of maps.
    static func maps(_ maps: [PageMap]) -> PageValue { .list(maps.map(PageValue.map)) }
    /// A list of texts.
    static func texts(_ texts: [String]) -> PageValue { .list(texts.map(PageValue.text)) }
    /// The list page's card whose HTML is `html`.
    static func card(_ html: CardHTML) -> PageValue { .card(ListCard(html)) }

    /// The text, when this is text.
    var text: String? {
        if case .text(let text) = self { return text }
        return nil
    }

    /// The value itself, when this is a shared one.
    var unshared: PageValue {
        if case .shared(let shared) = self { return shared.value }
        return self
    }

    /// The value as swift-mustache reads it (plain dictionaries, arrays, strings…), for a page
    /// the compiled templates hand back.
    var mustache: Any {
        switch self {
        case .text(let v): return v
        case .number(let v): return v
        case .flag(let v): return v
        case .map(let v): return v.dictionary.mapValues(\.mustache)
        case .list(let v): return v.map(\.mustache)
        case .fragment(let v): return v
        case .card(let v): return LazyCard(html: v.html)
        case .shared(let v): return v.value.mustache
        }
    }

    /// Feeds every value a template can see into `fingerprint`, whatever the order of the keys
    /// of a map: each entry is hashed on its own and the hashes summed, without sorting keys.
    func fingerprint(into fingerprint: inout Fingerprint) {
        switch self {
        case .text(let text):
            fingerprint.add(byte: 1)
            fingerprint.add(text)
        case .number(let number):
            fingerprint.add(byte: 2)
            fingerprint.add(number)
        case .flag(let flag):
            fingerprint.add(byte: flag ? 3 : 4)
        case .map(let map):
            var sum: UInt64 = 0
            for entry in map.entries {
                var hash = Fingerprint()
                hash.add(entry.name.text)
                entry.value.fingerprint(into: &hash)
                sum &+= hash.value
            }
            fingerprint.add(byte: 5)
            fingerprint.add(map.count)
            fingerprint.add(Int(truncatingIfNeeded: sum))
        case .list(let list):
            fingerprint.add(byte: 6)
            fingerprint.add(list.count)
            for item in list { item.fingerprint(into: &fingerprint) }
        case .fragment(let fragment):
            fingerprint.add(byte: 7)
            fragment.fingerprint(into: &fingerprint)
        case .card(let card):
            fingerprint.add(byte: 8)
            card.html.fingerprint(into: &fingerprint)
        case .shared(let shared):
            fingerprint.add(byte: 9)
            fingerprint.add(Int(truncatingIfNeeded: shared.fingerprint))
        }
    }
}

/// A value shown on many pages, with its fingerprint computed once. Its fingerprint is either
/// that of the value, or a key of everything the value is built from, so that the value is
/// built only when a page that shows it is rendered (once, by the first worker that asks).
final class SharedValue: Sendable {
    let fingerprint: UInt64
    private let made: Shared<PageValue>

    /// A value built already, fingerprinted now.
    init(_ value: PageValue) {
        var fingerprint = Fingerprint()
        value.fingerprint(into: &fingerprint)
        self.fingerprint = fingerprint.value
        self.made = Shared { value }
    }

    /// A value built by `make` when first needed, whose fingerprint is `key`: a fingerprint of
    /// everything `make` reads.
    init(key: UInt64, _ make: @escaping () -> PageValue) {
        self.fingerprint = key
        self.made = Shared(make)
    }

    var value: PageValue { made.value }

    /// The map this value is (empty when it is not a map).
    var map: PageMap {
        if case .map(let map) = value { return map }
        return [:]
    }
}

extension PageValue: ExpressibleByStringLiteral, ExpressibleByStringInterpolation, ExpressibleByIntegerLiteral,
    ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral {
    init(stringLiteral value: String) { self = .text(value) }
    init(stringInterpolation: DefaultStringInterpolation) { self = .text(String(stringInterpolation: stringInterpolation)) }
    init(integerLiteral value: Int) { self = .number(value) }
    init(booleanLiteral value: Bool) { self = .flag(value) }
    init(arrayLiteral elements: PageValue...) { self = .list(elements) }
    /// The names are numbered (under a lock): the site's values use `PageMap` literals instead.
    init(dictionaryLiteral elements: (String, PageValue)...) {
        self = .map(PageMap(Dictionary(elements, uniquingKeysWith: { _, last in last })))
    }
}
