import Glibc

/// Processor time, which a shared host's load does not inflate as it inflates wall time: the calling thread's
/// (`CLOCK_THREAD_CPUTIME_ID`) and the whole process's, every thread (`CLOCK_PROCESS_CPUTIME_ID`).
struct ProcessorTime {
    /// Seconds the calling thread has run.
    let thread: Double
    /// Seconds all the process's threads have run.
    let process: Double

    /// The times now.
    static var now: ProcessorTime {
        ProcessorTime(thread: seconds(CLOCK_THREAD_CPUTIME_ID), process: seconds(CLOCK_PROCESS_CPUTIME_ID))
    }

    /// The processor time `body` takes.
    static func of(_ body: () throws -> Void) rethrows -> ProcessorTime {
        let start = now
        try body()
        let end = now
        return ProcessorTime(thread: end.thread - start.thread, process: end.process - start.process)
    }

    private static func seconds(_ clock: clockid_t) -> Double {
        var time = timespec()
        clock_gettime(clock, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
