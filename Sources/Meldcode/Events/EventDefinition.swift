import Ledger

/// One meldcode event type: its name, where it lives, its step and its payload description.
public struct EventDefinition: Sendable, Equatable {
    /// The type, e.g. `signal.recorded`.
    public let type: String
    /// The Dutch name of what it records, e.g. `signaal vastgelegd`.
    public let dutchName: String
    /// The meldcode step it belongs to (`1`–`6`, or `–` outside the steps, `any` for every step).
    public let step: String
    /// What it records, in English.
    public let summary: String
    /// Where events of this type live.
    public let scope: EventScope
    /// Its payload.
    public let payload: PayloadSchema

    /// Creates a definition.
    /// - Parameters:
    ///   - type: The event type.
    ///   - dutchName: What it records, in Dutch.
    ///   - step: The meldcode step.
    ///   - summary: What it records, in English.
    ///   - scope: Where its events live.
    ///   - payload: The payload description.
    public init(_ type: String, dutchName: String, step: String, summary: String, scope: EventScope = .case, payload: PayloadSchema) {
        self.type = type
        self.dutchName = dutchName
        self.step = step
        self.summary = summary
        self.scope = scope
        self.payload = payload
    }

    /// The base of every event schema's `$id`.
    public static let schemaBase = "https://logboek.invalid/schemas/events/"

    /// Validates a payload (a draft's, or a recorded one with its `salt`) against this type.
    /// - Parameters:
    ///   - payload: The payload object.
    ///   - recordedAt: The moment of recording, against which dates of observation are checked.
    /// - Returns: The `seq` references the payload makes and the world dates it gives.
    /// - Throws: ``MeldcodeError/refused(_:_:)`` naming the first member at fault.
    public func validate(_ payload: [String: JSONValue], recordedAt: Timestamp) throws(MeldcodeError) -> CheckedPayload {
        var check = PayloadCheck(type: type, recordedAt: recordedAt)
        try check.check(payload: payload, against: self.payload)
        return CheckedPayload(references: check.references, worldDates: check.worldDates.map { CheckedPayload.Dated(path: $0.path, day: $0.day) })
    }

    /// The JSON Schema 2020-12 of this type's payload, as `Schemas/events/<type>.schema.json` holds it.
    public var jsonSchema: JSONValue {
        var schema = payload.jsonSchema(adding: ["salt": .object(["type": .string("string")])])
        schema["$schema"] = .string("https://json-schema.org/draft/2020-12/schema")
        schema["$id"] = .string("\(Self.schemaBase)\(type).schema.json")
        schema["title"] = .string(type)
        schema["description"] = .string("\(dutchName) (step \(step)) — \(summary) The logbook adds 'salt'.")
        return .object(schema)
    }

    /// ``jsonSchema`` as the indented text of the schema file.
    public var schemaText: String { SchemaDocument.text(jsonSchema) }
}
