import CSodium

/// Compares two byte arrays in time independent of their contents (`sodium_memcmp`).
///
/// Use it for hashes, MACs and other values an attacker may probe byte by byte.
/// Only the lengths, which are not secret, are compared in variable time.
/// - Parameters:
///   - lhs: The first byte array.
///   - rhs: The second byte array.
/// - Returns: `true` if both arrays have the same length and the same bytes; `false` when the lengths differ.
public func constantTimeEquals(_ lhs: [UInt8], _ rhs: [UInt8]) -> Bool {
    SodiumLibrary.ensureInitialised()
    guard lhs.count == rhs.count else {
        return false
    }
    let status = lhs.withNonNullBytes { lhsPointer, count in
        rhs.withNonNullBytes { rhsPointer, _ in
            sodium_memcmp(lhsPointer, rhsPointer, count)
        }
    }
    return status == 0
}
