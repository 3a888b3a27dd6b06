import Ledger

extension Array where Element == Role {
    /// The roles as a JSON array of slugs.
    var json: JSONValue { .array(map { .string($0.rawValue) }) }
}
