extension CanonicalJSON {
    /// Checks that bytes are exactly the RFC 8785 canonical encoding of one JSON value of the subset,
    /// without building the value.
    ///
    /// It accepts exactly what ``parseCanonical(_:)-(ArraySlice<UInt8>)`` accepts and refuses the rest
    /// with the same error, code and offset, as it makes the same checks in the same order. It builds
    /// no strings, arrays or dictionaries; only an object with non-ASCII keys, an object key with
    /// escapes, or refused input costs more (refused input takes the parser's slow path to find
    /// the first byte that differs from the canonical encoding).
    /// - Parameter bytes: The UTF-8 text; error offsets count from its start.
    /// - Throws: ``JSONError``: `not-canonical`, at the first byte that differs from the canonical
    ///   encoding, if the text is valid but not canonical; any other code if the text is not
    ///   acceptable at all (that problem wins over non-canonical form).
    public static func validateCanonical(_ bytes: ArraySlice<UInt8>) throws(JSONError) {
        do {
            try CanonicalValidator(bytes: bytes).validateDocument()
        } catch where error.code == .notCanonical {
            throw try CanonicalMismatch.locate(in: bytes, fallback: error)
        }
    }
}
