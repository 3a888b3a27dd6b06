import Ledger

/// Writes a JSON value as an indented document with sorted keys, the way the files in `Schemas/` are
/// written, so a generated schema compares byte for byte with the file on disk.
enum SchemaDocument {
    /// The indented text, ending in a newline.
    static func text(_ value: JSONValue) -> String {
        var output = ""
        write(value, indent: "", to: &output)
        return output + "\n"
    }

    private static func write(_ value: JSONValue, indent: String, to output: inout String) {
        let inner = indent + "  "
        switch value {
        case .object(let members) where !members.isEmpty:
            output += "{\n"
            for (index, key) in members.keys.sorted().enumerated() {
                output += inner + scalar(.string(key)) + ": "
                write(members[key] ?? .null, indent: inner, to: &output)
                output += index + 1 < members.count ? ",\n" : "\n"
            }
            output += indent + "}"
        case .array(let elements) where elements.contains(where: isContainer):
            output += "[\n"
            for (index, element) in elements.enumerated() {
                output += inner
                write(element, indent: inner, to: &output)
                output += index + 1 < elements.count ? ",\n" : "\n"
            }
            output += indent + "]"
        case .array(let elements):
            output += "[" + elements.map(scalar).joined(separator: ", ") + "]"
        default:
            output += scalar(value)
        }
    }

    private static func isContainer(_ value: JSONValue) -> Bool {
        value.objectValue != nil || value.arrayValue != nil
    }

    private static func scalar(_ value: JSONValue) -> String {
        String(decoding: CanonicalJSON.encode(value), as: UTF8.self)
    }
}
