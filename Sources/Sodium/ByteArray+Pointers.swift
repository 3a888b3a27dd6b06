/// Pointer access to byte arrays for libsodium calls whose buffer parameters are declared `nonnull`.
extension Array where Element == UInt8 {
    /// Calls `body` with a pointer to the bytes and their count.
    ///
    /// The pointer is never nil, even for an empty array. It is valid only inside `body`.
    func withNonNullBytes<Result>(
        _ body: (UnsafePointer<UInt8>, Int) throws -> Result
    ) rethrows -> Result {
        try self[...].withNonNullBytes(body)
    }

    /// Calls `body` with a mutable pointer to the bytes and their count.
    ///
    /// The pointer is never nil, even for an empty array. It is valid only inside `body`.
    mutating func withNonNullMutableBytes<Result>(
        _ body: (UnsafeMutablePointer<UInt8>, Int) throws -> Result
    ) rethrows -> Result {
        try withUnsafeMutableBufferPointer { buffer in
            if let base = buffer.baseAddress {
                return try body(base, buffer.count)
            }
            var placeholder: UInt8 = 0
            return try Swift.withUnsafeMutablePointer(to: &placeholder) { try body($0, 0) }
        }
    }
}

/// Pointer access to slices of byte arrays, so parts of a buffer can be hashed without copying them.
extension ArraySlice where Element == UInt8 {
    /// Calls `body` with a pointer to the bytes and their count.
    ///
    /// The pointer is never nil, even for an empty slice. It is valid only inside `body`.
    func withNonNullBytes<Result>(
        _ body: (UnsafePointer<UInt8>, Int) throws -> Result
    ) rethrows -> Result {
        try withUnsafeBufferPointer { buffer in
            if let base = buffer.baseAddress {
                return try body(base, buffer.count)
            }
            let placeholder: UInt8 = 0
            return try Swift.withUnsafePointer(to: placeholder) { try body($0, 0) }
        }
    }
}
