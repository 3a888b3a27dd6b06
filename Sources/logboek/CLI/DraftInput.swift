import Ledger

/// Turning JSON text from the user into drafts, with messages that point at the problem.
enum DraftInput {
    /// A JSON object, strictly parsed (no floats, no duplicate keys).
    static func object(_ bytes: [UInt8], what: String) throws -> [String: JSONValue] {
        let value: JSONValue
        do {
            value = try CanonicalJSON.parse(bytes)
        } catch {
            throw LedgerError.invalidInput("\(what) is not valid JSON for the log: \(error.message)")
        }
        guard let object = value.objectValue else { throw LedgerError.invalidInput("\(what) must be a JSON object") }
        return object
    }

    /// The drafts of a JSON Lines batch, one per non-empty line.
    static func batch(_ bytes: [UInt8]) throws -> [EventDraft] {
        var drafts = [EventDraft]()
        for (index, line) in bytes.split(separator: 0x0A).enumerated() where !line.allSatisfy({ $0 == 0x20 || $0 == 0x0D }) {
            let object = try self.object(Array(line), what: "batch line \(index + 1)")
            guard let type = object["type"]?.stringValue, let stream = object["stream"]?.stringValue,
                  let payload = (object["payload"] ?? .object([:])).objectValue else {
                throw LedgerError.invalidInput("batch line \(index + 1) needs \"type\" and \"stream\" strings and a \"payload\" object")
            }
            let unknown = Set(object.keys).subtracting(["type", "stream", "payload", "expectVersion"])
            guard unknown.isEmpty else {
                throw LedgerError.invalidInput("batch line \(index + 1) has unknown members: \(unknown.sorted().joined(separator: ", "))")
            }
            let expected = try expectedVersion(object["expectVersion"], line: index + 1)
            drafts.append(EventDraft(type: type, stream: stream, payload: payload, expectedVersion: expected))
        }
        guard !drafts.isEmpty else { throw LedgerError.invalidInput("the batch holds no events") }
        return drafts
    }

    /// A batch line's `expectVersion`: absent, or a whole number of at least 0 (never a string, `null`,
    /// a Boolean or an array, which would otherwise skip the check).
    private static func expectedVersion(_ value: JSONValue?, line: Int) throws -> Int? {
        guard let value else { return nil }
        guard let version = value.integerValue, version >= 0 else {
            let shown = String(decoding: CanonicalJSON.encode(value).prefix(40), as: UTF8.self)
            throw LedgerError.invalidInput("batch line \(line): \"expectVersion\" must be a whole number of at least 0, not \(shown)")
        }
        return Int(version)
    }
}
