import Foundation

/// A value computed on another thread while the caller goes on; `value` waits for it. For
/// the shell's work that does not depend on the steps before it (the previous build's
/// manifest and which of its pages are still there; the analyzer, which a rebuild may not
/// need), so it overlaps with those steps.
final class Background<Value>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: Value?

    init(_ make: @escaping @Sendable () -> Value) {
        Thread.detachNewThread { [self] in
            result = make()
            done.signal()
        }
    }

    /// The value, once it is computed (waiting if it is not yet); any thread may ask.
    var value: Value {
        done.wait()
        defer { done.signal() } // for the next one who asks
        return result!
    }
}
