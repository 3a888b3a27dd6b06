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

    /// The draft on one line of a JSON Lines batch, or `nil` for a blank line.
    /// - Parameters:
    ///   - line: The line, without its line end.
    ///   - number: Its 1-based line number, for messages.
    /// - Throws: ``BatchLineError`` naming the line.
    static func batchLine(_ line: ArraySlice<UInt8>, number: Int) throws -> EventDraft? {
        guard !line.allSatisfy({ $0 == 0x20 || $0 == 0x0D }) else { return nil }
        do {
            let object = try self.object(Array(line), what: "the line")
            guard let type = object["type"]?.stringValue, let stream = object["stream"]?.stringValue,
                  let payload = (object["payload"] ?? .object([:])).objectValue else {
                throw LedgerError.invalidInput("a batch line needs \"type\" and \"stream\" strings and a \"payload\" object")
            }
            let unknown = Set(object.keys).subtracting(["type", "stream", "payload", "expectVersion"])
            guard unknown.isEmpty else {
                throw LedgerError.invalidInput("unknown members: \(unknown.sorted().joined(separator: ", "))")
            }
            return EventDraft(type: type, stream: stream, payload: payload, expectedVersion: try expectedVersion(object["expectVersion"]))
        } catch {
            throw BatchLineError(line: number, underlying: error)
        }
    }

    /// A batch line's `expectVersion`: absent, or a whole number of at least 0 (never a string, `null`,
    /// a Boolean or an array, which would otherwise skip the check).
    private static func expectedVersion(_ value: JSONValue?) throws -> Int? {
        guard let value else { return nil }
        guard let version = value.integerValue, version >= 0 else {
            let shown = String(decoding: CanonicalJSON.encode(value).prefix(40), as: UTF8.self)
            throw LedgerError.invalidInput("\"expectVersion\" must be a whole number of at least 0, not \(shown)")
        }
        return Int(version)
    }
}
