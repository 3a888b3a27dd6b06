/// A JSON value in the integer-only subset of Logboek's format.
///
/// There are no floating-point numbers: integers lie within ±(2^53 − 1), the range RFC 8785
/// (JCS) serialises exactly. Object members are held in a dictionary, so their order carries no
/// meaning; ``CanonicalJSON/encode(_:)`` writes them sorted.
///
/// Strings compare (and hash) the way Swift strings do, by Unicode canonical equivalence, while
/// the encoding keeps their exact scalars. Two object keys that differ only by normalisation
/// cannot both live in one object; the parser refuses such input as `duplicate-key`.
public enum JSONValue: Sendable, Hashable {
    /// The literal `null`.
    case null
    /// The literal `true` or `false`.
    case bool(Bool)
    /// An integer within ±(2^53 − 1).
    case integer(Int64)
    /// A string of Unicode scalars.
    case string(String)
    /// An ordered list of values.
    case array([JSONValue])
    /// A set of members with distinct keys.
    case object([String: JSONValue])
}
