import Foundation

/// Counts finished items of a long step and reports them, at most every `stride` items;
/// safe to call from the parallel workers.
public final class StepProgress: @unchecked Sendable {
    /// Called with (step, done, total); the shell decides how (and whether) to show it.
    public typealias Report = @Sendable (_ step: String, _ done: Int, _ total: Int) -> Void

    private let lock = NSLock()
    private var done = 0
    private let step: String
    private let total: Int
    private let stride: Int
    private let report: Report?

    init(step: String, total: Int, report: Report?) {
        self.step = step
        self.total = total
        self.stride = max(1, total / 100)
        self.report = report
    }

    /// One more item finished.
    func tick() {
        guard let report else { return }
        let now: Int = lock.withLock { done += 1; return done }
        if now % stride == 0 || now == total { report(step, now, total) }
    }
}
