extension JSONValue {
    /// The string, if this value is a string.
    /// - Returns: The string, or `nil` for any other case.
    public var stringValue: String? {
        guard case .string(let string) = self else { return nil }
        return string
    }

    /// The integer, if this value is an integer.
    /// - Returns: The integer, or `nil` for any other case.
    public var integerValue: Int64? {
        guard case .integer(let integer) = self else { return nil }
        return integer
    }

    /// The Boolean, if this value is `true` or `false`.
    /// - Returns: The Boolean, or `nil` for any other case.
    public var boolValue: Bool? {
        guard case .bool(let bool) = self else { return nil }
        return bool
    }

    /// The elements, if this value is an array.
    /// - Returns: The elements, or `nil` for any other case.
    public var arrayValue: [JSONValue]? {
        guard case .array(let elements) = self else { return nil }
        return elements
    }

    /// The members, if this value is an object.
    /// - Returns: The members by key, or `nil` for any other case.
    public var objectValue: [String: JSONValue]? {
        guard case .object(let members) = self else { return nil }
        return members
    }

    /// The member of an object with the given key.
    /// - Parameter key: The member's key.
    /// - Returns: The member's value, or `nil` if this is not an object or has no such member.
    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members[key]
    }
}
