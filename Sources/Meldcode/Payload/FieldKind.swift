/// What kind of value a payload field holds. The one description both the validator and the JSON
/// Schema generator read.
public indirect enum FieldKind: Sendable, Equatable {
    /// Free text: a non-empty string.
    case text
    /// A short string on one line (a name, a role, a reference), at most ``FieldKind/lineLimit`` characters.
    case line
    /// A civil date `YYYY-MM-DD`; `notInFuture` dates (when something was observed, held, received)
    /// may not lie after the moment the event is recorded.
    case date(notInFuture: Bool)
    /// A whole number of at least `minimum`.
    case integer(minimum: Int64)
    /// `true` or `false`.
    case boolean
    /// One of a fixed list of values.
    case choice([Choice])
    /// The `seq` of an earlier event in the same case, of one of `types` (any type when empty).
    case reference(types: [String])
    /// An actor id of this logbook, e.g. `ib.devries`.
    case actor
    /// A nested object with its own fields.
    case object(PayloadSchema)
    /// A list of values of one kind, with at least `minimum` elements.
    case list(FieldKind, minimum: Int)

    /// Whether a value of this kind refers to earlier events of the case (a reference, or one inside a list or an
    /// object): entering it shows the case's events to choose from.
    public var refersToEvents: Bool {
        switch self {
        case .reference: true
        case .list(let kind, _): kind.refersToEvents
        case .object(let schema): schema.fields.contains { $0.kind.refersToEvents }
        default: false
        }
    }

    /// The longest value a ``FieldKind/line`` field accepts.
    public static let lineLimit = 200
}
