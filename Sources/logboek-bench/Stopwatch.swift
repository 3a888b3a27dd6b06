import Dispatch

/// Timing loops.
enum Stopwatch {
    /// Runs `body` repeatedly for about `seconds` and returns runs per second.
    static func rate(seconds: Double, _ body: () -> Void) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        var runs = 0
        var elapsed = 0.0
        repeat {
            for _ in 0..<16 { body() }
            runs += 16
            elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        } while elapsed < seconds
        return Double(runs) / elapsed
    }

    /// The seconds `body` takes.
    static func time(_ body: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }
}
