/// What a writer read of its log and wrote to it since it was opened, counted where the lines are read and written
/// (plain increments), so that a test can hold a command to reading each part of the log once. Opening is not counted:
/// it reads the saved head's last line and the lines of stream `logbook` (to fold the registry) and verifies the events
/// after the saved head.
public struct LogCounts: Equatable, Sendable {
    /// How many times the events of each stream were read from the log, whole or from one of them on, by stream
    /// (stream `logbook` is read once and kept: see ``LogWriter/events(inStream:)``).
    public internal(set) var streamReads: [String: Int] = [:]
    /// How many lines of each stream were read through the writer: by stream reads, by seq and as a stream's first header.
    public internal(set) var linesRead: [String: Int] = [:]
    /// How many times the whole log was read through (``LogWriter/verifyLog(rules:onEvent:)``).
    public internal(set) var passes = 0
    /// How many batches were written (each one write and one sync).
    public internal(set) var batchesWritten = 0

    /// Notes lines of one stream read.
    mutating func read(_ count: Int, of stream: String) {
        if count > 0 { linesRead[stream, default: 0] += count }
    }
}
