import Ledger

/// Reads the members of one profile object strictly: each of the right type, and no others; messages
/// name the member by its path in the profile.
struct ProfileReader {
    private let members: [String: JSONValue]
    private var read: Set<String> = []
    /// Where this object sits in the profile (empty at the top).
    let path: String

    /// Starts reading `value`, which must be an object.
    init(_ value: JSONValue, path: String) throws(ProfileError) {
        guard let members = value.objectValue else { throw .wrongType(path: path.isEmpty ? "(profile)" : path, expected: "an object") }
        self.members = members
        self.path = path
    }

    /// The path of a member of this object.
    func path(of key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    /// The member `key`, or `nil` if it is absent. Keys match in code units, never by String equality (which
    /// would also take a canonically equivalent key, such as `wee\u{212A}` for `weeK` with the KELVIN SIGN).
    mutating func optional(_ key: String) -> JSONValue? {
        read.insert(key)
        guard let index = members.index(forKey: key), members[index].key.utf8.elementsEqual(key.utf8) else { return nil }
        return members[index].value
    }

    /// The member `key`, which must be present.
    mutating func member(_ key: String) throws(ProfileError) -> JSONValue {
        guard let value = optional(key) else { throw .missingMember(path: path(of: key)) }
        return value
    }

    /// The member `key` as a non-empty string.
    mutating func string(_ key: String) throws(ProfileError) -> String {
        try Self.string(try member(key), path: path(of: key))
    }

    /// The member `key` as a non-empty string, or `nil` if absent.
    mutating func optionalString(_ key: String) throws(ProfileError) -> String? {
        guard let value = optional(key) else { return nil }
        return try Self.string(value, path: path(of: key))
    }

    /// The member `key` as an integer within `range`.
    mutating func integer(_ key: String, in range: ClosedRange<Int>) throws(ProfileError) -> Int {
        try Self.integer(try member(key), in: range, path: path(of: key))
    }

    /// The member `key` as `true` or `false`.
    mutating func bool(_ key: String) throws(ProfileError) -> Bool {
        guard let value = try member(key).boolValue else { throw .wrongType(path: path(of: key), expected: "true or false") }
        return value
    }

    /// The member `key` as an array.
    mutating func array(_ key: String) throws(ProfileError) -> [JSONValue] {
        guard let elements = try member(key).arrayValue else { throw .wrongType(path: path(of: key), expected: "an array") }
        return elements
    }

    /// The member `key` as a list of distinct roles, sorted by slug.
    mutating func roles(_ key: String) throws(ProfileError) -> [Role] {
        let slugs = try strings(key)
        var roles = [Role]()
        for (index, slug) in slugs.enumerated() {
            guard let role = Role(rawValue: slug) else { throw .unknownRole(path: "\(path(of: key))[\(index)]", slug: slug) }
            roles.append(role)
        }
        return try Self.sortedDistinct(roles, path: path(of: key))
    }

    /// The member `key` as a list of distinct values of a string enumeration, sorted by raw value.
    mutating func values<Value: RawRepresentable & Comparable & Hashable>(_ key: String, as type: Value.Type) throws(ProfileError) -> [Value]
    where Value.RawValue == String {
        var values = [Value]()
        for (index, slug) in try strings(key).enumerated() {
            guard let value = Value(rawValue: slug) else {
                throw .invalidValue(path: "\(path(of: key))[\(index)]", reason: "'\(slug)' is not one of the known values")
            }
            values.append(value)
        }
        return try Self.sortedDistinct(values, path: path(of: key))
    }

    /// The member `key` as one value of a string enumeration.
    mutating func value<Value: RawRepresentable>(_ key: String, as type: Value.Type, choices: String) throws(ProfileError) -> Value
    where Value.RawValue == String {
        let slug = try string(key)
        guard let value = Value(rawValue: slug) else {
            throw .invalidValue(path: path(of: key), reason: "'\(slug)' is not one of \(choices)")
        }
        return value
    }

    /// The member `citations` and the optional `note`, as every rule has them. A rule without citations is the
    /// school's own choice, which its note must explain.
    mutating func basis() throws(ProfileError) -> (citations: [Citation], note: String?) {
        let elements = try array("citations")
        var citations = [Citation]()
        for (index, element) in elements.enumerated() {
            citations.append(try Citation(json: element, path: "\(path(of: "citations"))[\(index)]"))
        }
        let note = try optionalString("note")
        guard !citations.isEmpty || note != nil else {
            throw .badCitation(path: path(of: "citations"), reason: "a rule needs a citation of the seed line it encodes, or a note saying it is the school's own choice")
        }
        return (citations, note)
    }

    /// Refuses any member that was not read.
    func finish() throws(ProfileError) {
        if let unknown = members.keys.sorted().first(where: { key in !read.contains { $0.utf8.elementsEqual(key.utf8) } }) {
            throw .unknownMember(path: path(of: unknown))
        }
    }

    private mutating func strings(_ key: String) throws(ProfileError) -> [String] {
        var strings = [String]()
        for (index, element) in try array(key).enumerated() {
            strings.append(try Self.string(element, path: "\(path(of: key))[\(index)]"))
        }
        return strings
    }

    static func string(_ value: JSONValue, path: String) throws(ProfileError) -> String {
        guard let text = value.stringValue else { throw .wrongType(path: path, expected: "a string") }
        guard !text.allSatisfy(\.isWhitespace) else { throw .invalidValue(path: path, reason: "it is empty") }
        return text
    }

    static func integer(_ value: JSONValue, in range: ClosedRange<Int>, path: String) throws(ProfileError) -> Int {
        guard let number = value.integerValue else { throw .wrongType(path: path, expected: "an integer") }
        guard number >= Int64(range.lowerBound), number <= Int64(range.upperBound) else {
            throw .invalidValue(path: path, reason: "\(number) is not between \(range.lowerBound) and \(range.upperBound)")
        }
        return Int(number)
    }

    private static func sortedDistinct<Value: Comparable & Hashable>(_ values: [Value], path: String) throws(ProfileError) -> [Value] {
        guard Set(values).count == values.count else {
            throw .invalidValue(path: path, reason: "a value is listed twice")
        }
        return values.sorted()
    }
}
