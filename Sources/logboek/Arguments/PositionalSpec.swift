/// A positional argument a command takes.
struct PositionalSpec {
    /// Its placeholder, e.g. `ID`.
    let name: String
    /// One line of help.
    let help: String
}
