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
        guard stream.utf8.count <= 2 * maximumLength else { return false }
        var segmentLength = 0
        for byte in stream.utf8 {
            if byte == UInt8(ascii: "/") {
                guard segmentLength > 0 else { return false }
                segmentLength = 0
                continue
            }
            guard segmentLength == 0 ? isSlugStart(byte) : isSlugByte(byte) else { return false }
            segmentLength += 1
            guard segmentLength <= maximumLength else { return false }
        }
        return segmentLength > 0
    }

    private static func isSlug(_ bytes: String.UTF8View) -> Bool {
        guard let first = bytes.first, bytes.count <= maximumLength, isSlugStart(first) else { return false }
        return bytes.allSatisfy(isSlugByte)
    }

    private static func isSlugStart(_ byte: UInt8) -> Bool { isLowercaseLetter(byte) || isDigit(byte) }

    private static func isSlugByte(_ byte: UInt8) -> Bool {
        isLowercaseLetter(byte) || isDigit(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
    }

    private static func isLowercaseLetter(_ byte: UInt8) -> Bool { (0x61...0x7A).contains(byte) }
    private static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }
}
