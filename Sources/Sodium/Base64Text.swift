import CSodium

/// Standard base64 with padding (RFC 4648 §4) by libsodium (`sodium_bin2base64`, `sodium_base64_VARIANT_ORIGINAL`):
/// the encoder on the hot path of sealing every payload, where a byte-by-byte encoder in Swift costs more than the
/// seal itself. Decoding, which must accept only the canonical spelling, is the ledger's own.
public enum Base64Text {
    /// The base64 text of `bytes` as ASCII bytes, with padding.
    /// - Parameter bytes: The bytes to encode.
    /// - Returns: `(bytes.count + 2) / 3 * 4` ASCII bytes.
    public static func encode(_ bytes: [UInt8]) -> [UInt8] {
        let variant = Int32(sodium_base64_VARIANT_ORIGINAL)
        let length = sodium_base64_encoded_len(bytes.count, variant)
        // `sodium_base64_encoded_len` counts the terminating NUL, which is written and then dropped.
        var text = [UInt8](repeating: 0, count: length)
        text.withNonNullMutableBytes { output, outputCount in
            bytes.withNonNullBytes { input, inputCount in
                _ = sodium_bin2base64(UnsafeMutableRawPointer(output).assumingMemoryBound(to: CChar.self), outputCount, input, inputCount, variant)
            }
        }
        text.removeLast()
        return text
    }
}
