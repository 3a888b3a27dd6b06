import Foundation
import Ledger

/// Reading the JSON files of `tools/examples/`.
enum ExampleFile {
    /// The top-level object of a JSON file.
    static func object(at url: URL) throws -> [String: JSONValue] {
        let bytes = try [UInt8](Data(contentsOf: url))
        guard let object = try CanonicalJSON.parse(bytes).objectValue else {
            throw ExampleError(description: "\(url.lastPathComponent) is not a JSON object")
        }
        return object
    }

    /// A required string member.
    static func string(_ object: [String: JSONValue], _ key: String, in file: String) throws -> String {
        guard let value = object[key]?.stringValue else { throw ExampleError(description: "\(file): '\(key)' must be a string") }
        return value
    }

    /// A required timestamp member.
    static func timestamp(_ object: [String: JSONValue], _ key: String, in file: String) throws -> Timestamp {
        guard let value = Timestamp(try string(object, key, in: file)) else {
            throw ExampleError(description: "\(file): '\(key)' must be a time like 2026-09-07T14:10:00.000Z")
        }
        return value
    }
}
