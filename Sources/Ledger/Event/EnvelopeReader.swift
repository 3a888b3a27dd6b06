/// Reads the members of one JSON object strictly: each member once, of the right type, and no others.
struct EnvelopeReader {
    private let members: [String: JSONValue]
    private var readCount = 0
    private let what: String

    /// Starts reading `value`, which must be an object.
    /// - Parameters:
    ///   - value: The value to read.
    ///   - what: How messages name the object ("the header").
    init(_ value: JSONValue, what: String) throws(EventProblem) {
        guard let members = value.objectValue else { throw Self.malformed("\(what) is not a JSON object") }
        self.members = members
        self.what = what
    }

    /// The member `key`, whatever its type. The key must match in code units: a Swift dictionary also finds
    /// a canonically equivalent key (`public\u{212A}ey` for `publicKey`, with the KELVIN SIGN), which another
    /// reader of the log would not.
    mutating func member(_ key: String) throws(EventProblem) -> JSONValue {
        guard let index = members.index(forKey: key), members[index].key.utf8.elementsEqual(key.utf8) else {
            throw Self.malformed("\(what) has no '\(key)'")
        }
        readCount += 1
        return members[index].value
    }

    /// Whether the object has the member `key` (matched in code units, as ``member(_:)``); reads nothing.
    func has(_ key: String) -> Bool {
        guard let index = members.index(forKey: key) else { return false }
        return members[index].key.utf8.elementsEqual(key.utf8)
    }

    /// The member `key` as an object.
    mutating func object(_ key: String) throws(EventProblem) -> [String: JSONValue] {
        guard let object = try member(key).objectValue else { throw Self.malformed("'\(key)' is not an object") }
        return object
    }

    /// The member `key` as an integer of at least `minimum`.
    mutating func integer(_ key: String, minimum: Int64 = .min, maximum: Int64 = .max) throws(EventProblem) -> Int64 {
        guard let number = try member(key).integerValue, number >= minimum, number <= maximum else {
            throw Self.malformed(maximum == .max
                ? "'\(key)' is not an integer of at least \(minimum)"
                : "'\(key)' is not an integer from \(minimum) to \(maximum)")
        }
        return number
    }

    /// The member `key` as a string.
    mutating func string(_ key: String) throws(EventProblem) -> String {
        guard let text = try member(key).stringValue else { throw Self.malformed("'\(key)' is not a string") }
        return text
    }

    /// The member `key` as a string of at least one character.
    mutating func nonEmptyString(_ key: String) throws(EventProblem) -> String {
        let text = try string(key)
        guard !text.isEmpty else { throw Self.malformed("'\(key)' is empty") }
        return text
    }

    /// The member `key` as lowercase hex of exactly `length` bytes.
    mutating func hex(_ key: String, length: Int) throws(EventProblem) -> [UInt8] {
        guard let bytes = Hex.decode(try string(key)), bytes.count == length else {
            throw Self.malformed("'\(key)' is not \(length) bytes in lowercase hex")
        }
        return bytes
    }

    /// The member `key` as canonical base64 of exactly `length` bytes.
    mutating func base64(_ key: String, length: Int) throws(EventProblem) -> [UInt8] {
        guard let bytes = Base64.decode(try string(key)), bytes.count == length else {
            throw Self.malformed("'\(key)' is not \(length) bytes in base64")
        }
        return bytes
    }

    /// The member `key` as a timestamp in the log's one spelling.
    mutating func timestamp(_ key: String) throws(EventProblem) -> Timestamp {
        let text = try string(key)
        guard let moment = Timestamp(text) else {
            throw Self.malformed("'\(key)' is not a UTC time like 2026-11-23T10:15:02.123Z: '\(text)'")
        }
        return moment
    }

    /// The member `key` as a name that passes `valid`.
    mutating func name(_ key: String, valid: (String) -> Bool) throws(EventProblem) -> String {
        let text = try string(key)
        guard valid(text) else { throw Self.malformed("'\(key)' is not a well-formed name: '\(text)'") }
        return text
    }

    /// Refuses members that were not read. (Each member is read at most once, so counting suffices.)
    func requireNoOtherMembers() throws(EventProblem) {
        guard readCount < members.count else { return }
        throw Self.malformed("\(what) has \(members.count - readCount) unexpected member(s): \(members.keys.sorted().joined(separator: ", ")) where fewer were expected")
    }

    private static func malformed(_ message: String) -> EventProblem {
        EventProblem(code: .malformedEvent, message: message)
    }
}

extension EnvelopeReader {
    /// The member `key` as an array of strings.
    mutating func strings(_ key: String) throws(EventProblem) -> [String] {
        guard let items = try member(key).arrayValue else { throw Self.malformedMember(key, "is not an array") }
        var strings = [String]()
        for item in items {
            guard let text = item.stringValue else { throw Self.malformedMember(key, "holds something other than text") }
            strings.append(text)
        }
        return strings
    }

    /// Marks `key` as read if present, so ``requireNoOtherMembers()`` allows it.
    mutating func allow(_ key: String) {
        if let index = members.index(forKey: key), members[index].key.utf8.elementsEqual(key.utf8) { readCount += 1 }
    }

    private static func malformedMember(_ key: String, _ problem: String) -> EventProblem {
        EventProblem(code: .malformedEvent, message: "'\(key)' \(problem)")
    }
}
