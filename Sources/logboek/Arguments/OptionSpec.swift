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
    /// Whether its value is free text (a name, a reason, a description), which may also be read from a file or
    /// standard input with `--NAME-file FILE|-` (``ContentFile``), so it need not stand on the command line.
    var isFreeText = false

    /// A free-text option: its value may also come from `--NAME-file FILE|-`.
    static func freeText(_ name: String, valueName: String = "TEXT", help: String, repeatable: Bool = false) -> OptionSpec {
        OptionSpec(name: name, valueName: valueName, help: help, repeatable: repeatable, isFreeText: true)
    }

    /// The option that reads this free-text option's value from a file, or `nil` for any other option.
    var fileForm: OptionSpec? {
        guard isFreeText else { return nil }
        return OptionSpec(
            name: name + ContentFile.suffix, valueName: "FILE|-",
            help: "--\(name) read from FILE (- = standard input).", repeatable: repeatable)
    }
}
