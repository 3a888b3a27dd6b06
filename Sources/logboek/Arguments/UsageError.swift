/// A mistake on the command line, with what to type instead.
struct UsageError: Error, Equatable {
    /// What is wrong.
    let message: String
    /// The command whose help explains the fix (e.g. `actor add`), or empty for the top level.
    let command: String

    /// A stable code for the kind of error.
    var code: String { "usage" }
}
