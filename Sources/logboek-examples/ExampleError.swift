/// Why an example could not be built.
struct ExampleError: Error, CustomStringConvertible {
    /// What went wrong, and where.
    let description: String
}
