import Ledger

/// How `logboek serve` runs: the logbook, the host names it answers to, and how long a sign-in lasts.
public struct WebConfiguration: Sendable {
    /// The logbook the server owns.
    public var layout: LogbookLayout
    /// The `Host` values a request may carry (the listen address, `localhost` with the port, and the names the
    /// reverse proxy forwards); any other is refused (DNS rebinding).
    public var hosts: Set<String>
    /// Seconds without a request after which a sign-in ends and its keys are wiped (default 15 minutes).
    public var idleSeconds: Int64 = 15 * 60
    /// Seconds after which a sign-in ends however busy it is (8 hours).
    public var longestSeconds: Int64 = 8 * 60 * 60
    /// Seconds to wait for another writer (an administrator's command) to let go of the logbook.
    public var lockTimeout = 10.0

    /// A configuration.
    /// - Parameters:
    ///   - layout: The logbook.
    ///   - hosts: The `Host` values to answer.
    public init(layout: LogbookLayout, hosts: Set<String>) {
        self.layout = layout
        self.hosts = hosts
    }
}
