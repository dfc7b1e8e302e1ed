import Dispatch

extension Array where Element: Sendable {
    /// `map` over all cores; results keep the order of the input.
    public func parallelMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        guard count > 1 else { return map(transform) }
        let results = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
        results.initialize(repeating: nil)
        defer { results.deallocate() }
        nonisolated(unsafe) let slots = results
        let input = self
        DispatchQueue.concurrentPerform(iterations: count) { i in
            slots[i] = transform(input[i]) // each index written by exactly one iteration
        }
        return results.map { $0! }
    }
}
