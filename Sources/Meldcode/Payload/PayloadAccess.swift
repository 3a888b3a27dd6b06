import Ledger

extension Dictionary where Key == String, Value == JSONValue {
    /// A payload built from typed members: `[String: JSONValue](fields: [.through: .integer(7)])`.
    /// - Parameter fields: The members by field.
    public init(fields: [PayloadField: JSONValue]) {
        self.init(uniqueKeysWithValues: fields.map { ($0.key.rawValue, $0.value) })
    }

    /// A payload's member, or `nil` where it is absent (for members a type may leave out); setting `nil` removes it.
    public subscript(_ field: PayloadField) -> JSONValue? {
        get { self[field.rawValue] }
        set { self[field.rawValue] = newValue }
    }

    /// A member that must be present, as text.
    /// - Parameter field: The member.
    /// - Throws: ``MeldcodeError/undecodable(_:)`` when it is absent or not text.
    public func text(_ field: PayloadField) throws(MeldcodeError) -> String {
        guard let text = self[field]?.stringValue else { throw .undecodable("the payload has no text '\(field.rawValue)'") }
        return text
    }

    /// A member that must be present, as a seq (a reference to an event).
    /// - Parameter field: The member.
    /// - Throws: ``MeldcodeError/undecodable(_:)`` when it is absent or not a whole number.
    public func seq(_ field: PayloadField) throws(MeldcodeError) -> Int {
        guard let seq = self[field]?.integerValue else { throw .undecodable("the payload has no seq '\(field.rawValue)'") }
        return Int(seq)
    }

    /// The texts of a list member; a list a type may leave out reads as empty when absent.
    /// - Parameter field: The member.
    public func texts(_ field: PayloadField) -> [String] { self[field].texts }

    /// The seqs of a list of references; a list a type may leave out reads as empty when absent.
    /// - Parameter field: The member.
    public func seqs(_ field: PayloadField) -> [Int] { self[field].seqs }
}

extension Optional where Wrapped == JSONValue {
    /// The texts of a list member (the actors of a list, the names of parties); empty when it is absent.
    public var texts: [String] { (self?.arrayValue ?? []).compactMap(\.stringValue) }

    /// The seqs of a list of references; empty when it is absent.
    public var seqs: [Int] { (self?.arrayValue ?? []).compactMap { $0.integerValue.map(Int.init) } }
}

extension JSONValue {
    /// A member of an object inside a payload (e.g. a signal's `source`), or `nil`.
    public subscript(_ field: PayloadField) -> JSONValue? { self[field.rawValue] }
}
