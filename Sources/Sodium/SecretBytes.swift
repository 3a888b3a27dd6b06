import CSodium

/// Secret bytes such as a passphrase, held in `sodium_malloc` memory from the moment they are read until
/// they are released, when `sodium_free` wipes them. Their bytes never become a Swift array or string.
///
/// Not `Sendable`: it is filled and used on one thread.
public final class SecretBytes {
    /// The most bytes a secret holds (a passphrase longer than this is refused while it is read).
    public static let capacity = 4096

    private let storage = SecureBuffer(count: SecretBytes.capacity)
    /// The number of bytes held.
    public private(set) var count = 0

    /// An empty secret, to be filled with ``append(_:)``.
    public init() {}

    /// A secret holding a copy of a string's UTF-8 bytes, for a passphrase that already is a string (an
    /// environment variable); the string itself cannot be wiped.
    /// - Parameter text: The text.
    /// - Throws: `SodiumError.invalidLength` if it is longer than ``capacity`` bytes.
    public convenience init(copying text: String) throws {
        self.init()
        for byte in text.utf8 where !append(byte) {
            throw SodiumError.invalidLength(what: "secret", expected: Self.capacity, actual: text.utf8.count)
        }
    }

    /// Appends one byte.
    /// - Parameter byte: The byte.
    /// - Returns: `false` (and holds nothing more) once ``capacity`` bytes are held.
    @discardableResult
    public func append(_ byte: UInt8) -> Bool {
        guard count < Self.capacity else { return false }
        storage.withUnsafeMutablePointer { $0[count] = byte }
        count += 1
        return true
    }

    /// The last byte, if any.
    public var last: UInt8? {
        count == 0 ? nil : storage.withUnsafePointer { $0[count - 1] }
    }

    /// Forgets the last byte (and wipes it).
    public func removeLast() {
        guard count > 0 else { return }
        count -= 1
        storage.withUnsafeMutablePointer { $0[count] = 0 }
    }

    /// Whether two secrets hold the same bytes, compared in constant time for equal lengths (`sodium_memcmp`).
    /// - Parameter other: The other secret.
    /// - Returns: `true` if they are equal.
    public func isEqual(to other: SecretBytes) -> Bool {
        guard count == other.count else { return false }
        guard count > 0 else { return true }
        return storage.withUnsafePointer { mine in
            other.storage.withUnsafePointer { theirs in sodium_memcmp(mine, theirs, count) == 0 }
        }
    }

    /// Calls `body` with the bytes held; the pointer is valid only inside `body`.
    func withUnsafeBytes<Result>(_ body: (UnsafePointer<UInt8>, Int) throws -> Result) rethrows -> Result {
        try storage.withUnsafePointer { try body($0, count) }
    }
}
