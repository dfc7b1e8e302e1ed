import DossierModel
import Foundation

/// A value computed once, by the first worker that asks for it.
final class Shared<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var make: (() -> Value)?
    private var computed: Value?

    init(_ make: @escaping () -> Value) { self.make = make }

    var value: Value {
        lock.withLock {
            if let computed { return computed }
            let value = make!()
            computed = value
            make = nil
            return value
        }
    }
}

/// Every page of a site, ready to render: see `SiteRenderer.plan`.
public struct SitePlan: Sendable {
    /// One page: where it goes, its template, how to build its values (on the worker that
    /// renders it) and, for pages whose values are costly, a fingerprint of everything they are
    /// built from, which stands for the values' fingerprint (so an unchanged page is kept
    /// without building them).
    typealias Job = Unchecked<(path: String, template: String, key: (() -> UInt64)?, values: () -> PageMap)>

    let jobs: [Job]
    /// The order to render the jobs in: every index of `jobs` once.
    let order: [Int]

    /// `results`, one per job in render order, put back in plan order.
    func inPlanOrder<T>(_ results: [T]) -> [T] {
        precondition(results.count == order.count, "one result per job")
        var seen = [Bool](repeating: false, count: order.count)
        for k in order {
            precondition(k >= 0 && k < order.count && !seen[k], "the render order holds each job once")
            seen[k] = true
        }
        return Array(unsafeUninitializedCapacity: results.count) { placed, count in
            // `order` holds every index once (checked above), so each place is initialized once.
            for k in results.indices { (placed.baseAddress! + order[k]).initialize(to: results[k]) }
            count = results.count
        }
    }
}
