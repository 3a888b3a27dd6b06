import Foundation

/// Standard base64 with padding (RFC 4648 §4), as the log format writes signatures and keys.
enum Base64 {
    /// The base64 text of `bytes`.
    static func encode(_ bytes: [UInt8]) -> String {
        Data(bytes).base64EncodedString()
    }

    /// The bytes of base64 text, or `nil` unless the text is the one canonical spelling of them.
    static func decode(_ text: String) -> [UInt8]? {
        guard let data = Data(base64Encoded: text) else { return nil }
        let bytes = [UInt8](data)
        return encode(bytes) == text ? bytes : nil
    }
}
