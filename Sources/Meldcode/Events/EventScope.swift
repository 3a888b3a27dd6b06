/// Where events of a type live.
public enum EventScope: Sendable, Equatable {
    /// In the stream of one case, `case/<id>`.
    case `case`
    /// In stream `logbook`, about the logbook as a whole (e.g. the protocol profile).
    case logbook
}
