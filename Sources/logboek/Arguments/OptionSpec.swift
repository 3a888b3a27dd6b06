/// An option a command accepts.
struct OptionSpec {
    /// The long name, without `--`.
    let name: String
    /// The placeholder for its value, or `nil` for a flag that takes none.
    let valueName: String?
    /// One line of help.
    let help: String
    /// Whether it may be given more than once.
    var repeatable = false
}
