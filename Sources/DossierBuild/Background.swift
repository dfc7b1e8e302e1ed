import Foundation

/// A value computed on another thread while the caller goes on; `value` waits for it. For
/// the shell's reads that do not depend on the steps before them (the previous build's
/// manifest and which of its pages are still there), so they overlap with those steps.
final class Background<Value>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: Value?

    init(_ make: @escaping @Sendable () -> Value) {
        Thread.detachNewThread { [self] in
            result = make()
            done.signal()
        }
    }

    /// The value, once it is computed (waiting if it is not yet).
    lazy var value: Value = {
        done.wait()
        return result!
    }()
}
