/// Failed sign-ins slowed per actor and per client: after three failures within a quarter of an hour, each further
/// attempt waits twice as long as the one before (2 s, 4 s, … at most 5 minutes); a success clears the actor's count.
struct SignInThrottle {
    private struct Failures {
        var count: Int
        var last: Int64
    }

    private var failures: [String: Failures] = [:]
    /// Failures forgotten after this long, in milliseconds.
    static let memory: Int64 = 15 * 60 * 1_000
    /// Failures allowed before waiting.
    static let free = 3

    /// Seconds to wait before `keys` may try again at `now` (0: go ahead).
    func wait(for keys: [String], at now: Int64) -> Int64 {
        keys.compactMap { failures[$0] }.map { entry in
            guard entry.count >= Self.free, now - entry.last < Self.memory else { return 0 }
            let delay = min(Int64(1) << min(entry.count - Self.free + 1, 9), 300) * 1_000
            return max(0, (entry.last + delay - now + 999) / 1_000)
        }.max() ?? 0
    }

    /// Notes a failure of each key.
    mutating func fail(_ keys: [String], at now: Int64) {
        for key in keys {
            let earlier = failures[key].flatMap { now - $0.last < Self.memory ? $0.count : nil } ?? 0
            failures[key] = Failures(count: earlier + 1, last: now)
        }
        if failures.count > 10_000 { failures = failures.filter { now - $0.value.last < Self.memory } }
    }

    /// Clears a key after a success.
    mutating func clear(_ key: String) { failures[key] = nil }
}
