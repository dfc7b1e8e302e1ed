import Foundation

/// Wall-clock time of each build step and the process's peak memory after it, printed when
/// DOSSIER_TIMINGS is set (for profiling; no output depends on it).
struct Laps {
    let enabled: Bool
    private let clock = ContinuousClock()
    private var last: ContinuousClock.Instant
    private var laps: [(name: String, time: Duration, peak: Int?)] = []

    init(enabled: Bool) {
        self.enabled = enabled
        self.last = clock.now
    }

    mutating func lap(_ name: String) {
        guard enabled else { return }
        let now = clock.now
        laps.append((name, now - last, Laps.peakMemoryKiB()))
        last = now
    }

    /// Written straight to standard error: asked for explicitly, so shown even with --quiet.
    func report() {
        guard enabled else { return }
        for lap in laps {
            let ms = Double(lap.time.components.seconds) * 1000 + Double(lap.time.components.attoseconds) / 1e15
            let peak = lap.peak.map { ", peak memory \($0 / 1024) MiB" } ?? ""
            FileHandle.standardError.write(Data("timing: \(lap.name) \(Int(ms.rounded())) ms\(peak)\n".utf8))
        }
    }

    /// The process's peak resident memory so far (VmHWM), where /proc tells it.
    static func peakMemoryKiB() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else { return nil }
        return Int(line.split(separator: " ").dropFirst().first ?? "")
    }
}
