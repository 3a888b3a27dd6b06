/// Everything the parser and the help text need to know about a command.
struct CommandSpec {
    /// The words that name it, e.g. `["actor", "add"]`.
    let path: [String]
    /// One line saying what it does.
    let abstract: String
    /// Its positional arguments, all required, in order.
    var positionals: [PositionalSpec] = []
    /// Its own options (the global ones are added by the parser).
    var options: [OptionSpec] = []
    /// More explanation, shown after the options.
    var discussion: String?

    /// The command's name as typed, e.g. `actor add`.
    var name: String { path.joined(separator: " ") }

    /// The options every command accepts.
    static let globalOptions = [
        OptionSpec(name: "logbook", valueName: "DIR", help: "The logbook directory (default: $LOGBOEK_DIR, else the current directory)."),
        OptionSpec(name: "help", valueName: nil, help: "Show this help."),
    ]

    /// The command's options, each free-text one followed by its file form (`--NAME-file`), then the global ones.
    var allOptions: [OptionSpec] { options.flatMap { [$0] + ($0.fileForm.map { [$0] } ?? []) } + Self.globalOptions }
}
