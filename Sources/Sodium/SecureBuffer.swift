import CSodium

/// Secret bytes in `sodium_malloc` memory (guard pages, canary, locked against swapping where possible).
///
/// `sodium_free` wipes and releases the memory in `deinit`. The bytes are reachable only inside
/// the `withUnsafe…` closures; they never become a Swift array.
final class SecureBuffer {
    /// The number of bytes in the buffer.
    let count: Int
    private let start: UnsafeMutablePointer<UInt8>

    /// Allocates `count` bytes; their contents are unspecified until written.
    init(count: Int) {
        precondition(count > 0, "a SecureBuffer holds at least one byte")
        SodiumLibrary.ensureInitialised()
        guard let raw = sodium_malloc(count) else {
            preconditionFailure("sodium_malloc(\(count)) failed: out of memory")
        }
        self.start = raw.bindMemory(to: UInt8.self, capacity: count)
        self.count = count
    }

    /// Allocates a buffer holding a copy of `bytes`, which must not be empty.
    convenience init(copying bytes: [UInt8]) {
        self.init(count: bytes.count)
        withUnsafeMutablePointer { destination in
            destination.initialize(from: bytes, count: bytes.count)
        }
    }

    deinit {
        sodium_free(start)
    }

    /// Calls `body` with read access to the ``count`` bytes; the pointer is valid only inside `body`.
    func withUnsafePointer<Result>(_ body: (UnsafePointer<UInt8>) throws -> Result) rethrows -> Result {
        try body(UnsafePointer(start))
    }

    /// Calls `body` with write access to the ``count`` bytes; the pointer is valid only inside `body`.
    func withUnsafeMutablePointer<Result>(_ body: (UnsafeMutablePointer<UInt8>) throws -> Result) rethrows -> Result {
        try body(start)
    }

    /// Calls `body` with write access to the bytes as a buffer; the pointer is valid only inside `body`.
    func withUnsafeMutableBufferPointer<Result>(
        _ body: (UnsafeMutableBufferPointer<UInt8>) throws -> Result
    ) rethrows -> Result {
        try body(UnsafeMutableBufferPointer(start: start, count: count))
    }
}
