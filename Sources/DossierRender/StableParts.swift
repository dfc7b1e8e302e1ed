import DossierModel

/// Splits a long list into pages of at most `size` items whose boundaries stay where they are
/// when an item arrives or leaves elsewhere in the list: content-defined chunking, as rsync and
/// backup tools cut files. Pages of a fixed `size` all shift by one item after the place where
/// one is inserted, so an article filed in the middle of a month (or among the undated, which
/// are in title order) rewrote every later page of that month's lists and print volume.
///
/// Here an item starts a new page when the page before it holds at least half of `size` items
/// and the item's identity (a hash of its slug) falls in a fixed fraction of all values (one in
/// a quarter of `size`), or when the page before is full. Whether an item starts a page then
/// depends on the item and on where the page before it starts, not on its position in the
/// list: an insertion changes the page it lands in and, only where pages were cut for being
/// full, the few after it, until a cut by identity. Pages hold from half of `size` to `size`
/// items, about two thirds on average; a last page shorter than half is joined to the one
/// before when both fit in one. A list of at most `size` items is one page.
enum StableParts {
    /// The pages of a list of `count` items, as ranges of positions in order; `identity` gives
    /// an item's identity, the same in every build (`identity(of:)`).
    static func split(count: Int, size: Int, identity: (Int) -> UInt64) -> [Range<Int>] {
        let size = max(1, size)
        guard count > size else { return [0..<count] }
        let least = (size + 1) / 2
        let fraction = UInt64(max(2, size / 4))
        var parts: [Range<Int>] = []
        parts.reserveCapacity(count / least + 1)
        var start = 0
        for i in 1..<count {
            let length = i - start
            if length >= size || (length >= least && mix(identity(i)) % fraction == 0) {
                parts.append(start..<i)
                start = i
            }
        }
        if let last = parts.last, count - start < least, count - last.lowerBound <= size {
            parts[parts.count - 1] = last.lowerBound..<count
        } else {
            parts.append(start..<count)
        }
        return parts
    }

    /// An item's identity from its slug: stable across builds and machines (FNV-1a).
    static func identity(of slug: String) -> UInt64 {
        var key = Fingerprint()
        key.add(slug)
        return key.value
    }

    /// A finaliser (SplitMix64's): every bit of the identity moves the remainder it is taken by.
    @inline(__always)
    static func mix(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9e37_79b9_7f4a_7c15
        z = (z ^ (z &>> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z &>> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z &>> 31)
    }
}
