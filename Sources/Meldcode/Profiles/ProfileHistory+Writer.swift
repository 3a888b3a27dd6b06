import Ledger

extension ProfileHistory {
    /// The profiles a logbook adopted, read from its `logbook` stream through the writer's saved state.
    /// - Parameter writer: The logbook's writer.
    /// - Throws: ``LedgerError`` if the log cannot be read, ``ProfileError`` for an adoption that does not read.
    public init(adoptedIn writer: LogWriter) throws {
        self = try ProfileHistory(try writer.events(inStream: RegistryEvent.stream).filter { $0.header.type == ProfileAdoption.eventType })
    }
}
