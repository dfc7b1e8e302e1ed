import Dispatch

extension Array where Element: Sendable {
    /// `map` over all cores, `batch` elements to a task (more for cheap transforms, where a task
    /// per element costs more than the work); results keep the order of the input. Inlinable,
    /// as the other: specialized where it is called, it does not go through generic witnesses
    /// for every element.
    @inlinable
    public func parallelMap<T: Sendable>(batch: Int, _ transform: @Sendable (Element) -> T) -> [T] {
        guard batch > 1, count > batch else { return batch > 1 ? map(transform) : parallelMap(transform) }
        let input = self
        let batches = [Int](stride(from: 0, to: count, by: batch)).parallelMap { start in
            input[start..<Swift.min(start + batch, input.count)].map(transform)
        }
        return batches.flatMap { $0 }
    }

    /// `map` over all cores; results keep the order of the input.
    @inlinable
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
        // Moved out, not copied: no retain and release per result.
        return (0..<count).map { results.moveElement(from: $0)! }
    }
}

/// A value handed to or back from parallel workers that the compiler cannot prove `Sendable`
/// (page jobs' closures, a parsed template, an error): made before the workers start, or on
/// one worker and read by the caller once they are done, and never mutated after.
public struct Unchecked<Value>: @unchecked Sendable {
    public let value: Value
    public init(_ value: Value) { self.value = value }
}
