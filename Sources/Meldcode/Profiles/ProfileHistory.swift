import Ledger

/// The protocol profiles a logbook adopted, folded from its `profile.adopted` events, so the profile in
/// force can be found as of any seq. Before the first adoption the basismodel is in force.
public struct ProfileHistory: Sendable, Equatable {
    /// One adoption: the seq of its event, who adopted, and the profile.
    public struct Adoption: Sendable, Equatable {
        /// The seq of the `profile.adopted` event.
        public let seq: Int
        /// The administrator who adopted the profile.
        public let author: String
        /// The profile adopted.
        public let profile: ProtocolProfile
    }

    /// The adoptions so far, in log order.
    public private(set) var adoptions: [Adoption] = []

    /// A history with no adoption (the basismodel in force).
    public init() {}

    /// Folds a sequence of events (any types; only `profile.adopted` in stream `logbook` count).
    /// - Parameter events: Events in log order.
    /// - Throws: ``ProfileError`` if an adoption's payload is not a valid profile.
    public init(_ events: some Sequence<Event>) throws(ProfileError) {
        for event in events { try fold(event) }
    }

    /// Folds one event; events other than `profile.adopted` in stream `logbook` leave the history unchanged.
    /// The author's right was checked when the event was appended (``ProfileAdoption/validate(_:author:registry:)``).
    /// - Parameter event: The next event of the log.
    /// - Throws: ``ProfileError`` if an adoption's payload is not a valid profile; the history is then unchanged.
    public mutating func fold(_ event: Event) throws(ProfileError) {
        guard event.header.type == ProfileAdoption.eventType, event.header.stream == RegistryEvent.stream else { return }
        let profile = try ProfileAdoption.profile(inPayload: event.payload, allowingSalt: true)
        adoptions.append(Adoption(seq: event.header.seq, author: event.header.author, profile: profile))
    }

    /// The profile in force after the event at `seq` (the last adoption at or before it), or the basismodel.
    /// - Parameter seq: A seq of the log.
    /// - Returns: The profile in force as of that seq.
    public func profile(asOf seq: Int) -> ProtocolProfile {
        adoptions.last { $0.seq <= seq }?.profile ?? .basismodel
    }

    /// The profile in force after the last event folded.
    public var current: ProtocolProfile { adoptions.last?.profile ?? .basismodel }
}
