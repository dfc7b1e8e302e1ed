import DossierModel
import Foundation

/// `first()` and `second()` at once, on two cores when there are: for two independent pieces of
/// work of one step, each not worth splitting (or already on one core).
func both<A, B>(_ first: () -> A, _ second: () -> B) -> (A, B) {
    let (a, b) = both(first, parts: 1) { _ in second() }
    return (a, b[0])
}

/// `first()` and `part(k)` for each `k` in `0..<parts`, at once on all cores: whichever worker is
/// free takes the next of them, so the parts fill the time the other cores would wait for
/// `first`. Each runs once (nested in another parallel step: all on one core), and writes only
/// its own result, read once all are done; the parts' results are in order.
func both<A, B>(_ first: () -> A, parts: Int, _ part: (Int) -> B) -> (A, [B]) {
    var a: A?
    let results = UnsafeMutableBufferPointer<B?>.allocate(capacity: parts)
    results.initialize(repeating: nil)
    defer { results.deallocate() }
    withoutActuallyEscaping(first) { first in
        withoutActuallyEscaping(part) { part in
            withUnsafeMutablePointer(to: &a) { a in
                let work = Unchecked((first, part, a, results))
                DispatchQueue.concurrentPerform(iterations: parts + 1) { k in
                    if k == 0 { work.value.2.pointee = work.value.0() } else { work.value.3[k - 1] = work.value.1(k - 1) }
                }
            }
        }
    }
    return (a!, (0..<parts).map { results.moveElement(from: $0)! })
}
