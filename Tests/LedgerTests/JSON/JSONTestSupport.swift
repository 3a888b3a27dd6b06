import Ledger

/// Helpers shared by the JSON tests.
enum JSONTestSupport {
    /// The UTF-8 bytes of a text.
    static func bytes(_ text: String) -> [UInt8] {
        Array(text.utf8)
    }

    /// The canonical encoding of a value, as a string.
    static func encoded(_ value: JSONValue) -> String {
        String(decoding: CanonicalJSON.encode(value), as: UTF8.self)
    }

    /// The error `parse` throws for some bytes, or `nil` if it accepts them.
    static func parseError(_ bytes: [UInt8]) -> JSONError? {
        do {
            _ = try CanonicalJSON.parse(bytes)
            return nil
        } catch {
            return error
        }
    }

    /// The error `parse` throws for a text, or `nil` if it accepts it.
    static func parseError(_ text: String) -> JSONError? {
        parseError(bytes(text))
    }

    /// The error `parseCanonical` throws for a text, or `nil` if it accepts it.
    static func canonicalError(_ text: String) -> JSONError? {
        canonicalError(bytes(text))
    }

    /// The error `parseCanonical` throws for some bytes, or `nil` if it accepts them.
    static func canonicalError(_ bytes: [UInt8]) -> JSONError? {
        do {
            _ = try CanonicalJSON.parseCanonical(bytes)
            return nil
        } catch {
            return error
        }
    }

    /// A JSON string literal holding the given bytes between quotes.
    static func quoted(_ content: [UInt8]) -> [UInt8] {
        [0x22] + content + [0x22]
    }
}
