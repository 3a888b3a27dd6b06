/// The spelling rules for the names the log uses: actor ids, event types and streams.
///
/// Names are plain lowercase ASCII so that they read the same in every tool and never need escaping.
public enum Names {
    /// The longest actor id, event type or stream segment accepted.
    public static let maximumLength = 64

    /// Whether `id` is an actor id: a lowercase slug `[a-z0-9][a-z0-9._-]*`, at most 64 characters.
    /// - Parameter id: The candidate id.
    /// - Returns: `true` if it is well formed.
    public static func isActorID(_ id: String) -> Bool {
        isSlug(id.utf8)
    }

    /// Whether `type` is an event type: dot-separated words `[a-z][a-z0-9_]*`, e.g. `actor.key_rotated`.
    /// - Parameter type: The candidate type.
    /// - Returns: `true` if it is well formed.
    public static func isEventType(_ type: String) -> Bool {
        var atWordStart = true
        var count = 0
        for byte in type.utf8 {
            count += 1
            if atWordStart {
                guard isLowercaseLetter(byte) else { return false }
                atWordStart = false
            } else if byte == UInt8(ascii: ".") {
                atWordStart = true
            } else {
                guard isLowercaseLetter(byte) || isDigit(byte) || byte == UInt8(ascii: "_") else { return false }
            }
        }
        return !atWordStart && count <= maximumLength
    }

    /// Whether `stream` is a stream name: slugs joined by `/`, e.g. `logbook` or `case/2026-004`.
    /// - Parameter stream: The candidate stream.
    /// - Returns: `true` if it is well formed.
    public static func isStream(_ stream: String) -> Bool {
        stream.utf8.count <= 2 * maximumLength
            && stream.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false).allSatisfy(isSlug)
    }

    private static func isSlug<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Bool {
        guard let first = bytes.first, bytes.count <= maximumLength, isLowercaseLetter(first) || isDigit(first) else {
            return false
        }
        return bytes.allSatisfy { byte in
            isLowercaseLetter(byte) || isDigit(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_")
                || byte == UInt8(ascii: "-")
        }
    }

    private static func isLowercaseLetter(_ byte: UInt8) -> Bool { (0x61...0x7A).contains(byte) }
    private static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }
}
