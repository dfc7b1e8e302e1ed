import Foundation

/// Wall-clock time of each build step, the CPU time the process spent in it (all threads:
/// twice the wall time means both cores were busy) and the peak memory after it, printed when
/// DOSSIER_TIMINGS is set (for profiling; no output depends on it).
struct Laps {
    let enabled: Bool
    private let clock = ContinuousClock()
    private var last: ContinuousClock.Instant
    private var lastCPU: Double
    private var laps: [(name: String, time: Duration, cpu: Double, peak: Int?)] = []

    init(enabled: Bool) {
        self.enabled = enabled
        self.last = clock.now
        self.lastCPU = Laps.cpuSeconds()
    }

    mutating func lap(_ name: String) {
        guard enabled else { return }
        let now = clock.now
        let cpu = Laps.cpuSeconds()
        laps.append((name, now - last, cpu - lastCPU, Laps.peakMemoryKiB()))
        last = now
        lastCPU = cpu
    }

    /// Written straight to standard error: asked for explicitly, so shown even with --quiet.
    func report() {
        guard enabled else { return }
        for lap in laps {
            let ms = Double(lap.time.components.seconds) * 1000 + Double(lap.time.components.attoseconds) / 1e15
            let peak = lap.peak.map { ", peak memory \($0 / 1024) MiB" } ?? ""
            let cpu = ", CPU \(Int((lap.cpu * 1000).rounded())) ms"
            FileHandle.standardError.write(Data("timing: \(lap.name) \(Int(ms.rounded())) ms\(cpu)\(peak)\n".utf8))
        }
    }

    /// User and system CPU time of the whole process so far, in seconds.
    static func cpuSeconds() -> Double {
        var usage = rusage()
        #if canImport(Glibc)
        getrusage(RUSAGE_SELF.rawValue, &usage)
        #else
        getrusage(RUSAGE_SELF, &usage)
        #endif
        let seconds = { (t: timeval) in Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    /// The process's peak resident memory so far (VmHWM), where /proc tells it.
    static func peakMemoryKiB() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else { return nil }
        return Int(line.split(separator: " ").dropFirst().first ?? "")
    }
}
