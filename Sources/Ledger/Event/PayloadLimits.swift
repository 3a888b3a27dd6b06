/// What a payload may hold so that it encodes canonically and stays a reasonable line.
public enum PayloadLimits {
    /// The largest integer magnitude the format allows (2^53 − 1: exact in every JSON reader).
    public static let maximumInteger: Int64 = (1 << 53) - 1
    /// The largest canonical payload, in bytes.
    public static let maximumBytes = 1 << 20

    /// Checks a payload's integers, nesting and size.
    /// - Parameter payload: The payload object.
    /// - Returns: Its canonical bytes.
    /// - Throws: ``LedgerError/invalidInput(_:)`` naming the problem.
    static func check(_ payload: [String: JSONValue]) throws(LedgerError) -> [UInt8] {
        try checkValues(.object(payload), depth: 2)
        let bytes = CanonicalJSON.encode(.object(payload))
        guard bytes.count <= maximumBytes else {
            throw .invalidInput("the payload is \(bytes.count) bytes; at most \(maximumBytes) are allowed")
        }
        return bytes
    }

    /// Depth counts the event line's own object as 1, so the payload object is at depth 2.
    private static func checkValues(_ value: JSONValue, depth: Int) throws(LedgerError) {
        guard depth <= CanonicalJSON.maximumDepth else {
            throw .invalidInput("the payload nests deeper than \(CanonicalJSON.maximumDepth - 1) levels")
        }
        switch value {
        case .integer(let number) where number > maximumInteger || number < -maximumInteger:
            throw .invalidInput("the payload holds \(number), beyond ±(2^53−1), the largest integers the format allows")
        case .array(let items):
            for item in items { try checkValues(item, depth: depth + 1) }
        case .object(let members):
            for member in members.values { try checkValues(member, depth: depth + 1) }
        default:
            break
        }
    }
}
