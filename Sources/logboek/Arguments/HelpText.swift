/// Renders help for a command and for the whole tool.
enum HelpText {
    /// The help of one command: usage line, abstract, arguments, options and discussion.
    static func render(_ spec: CommandSpec) -> String {
        var usage = "logboek \(spec.name)"
        for positional in spec.positionals { usage += " \(positional.name)" }
        for option in spec.options { usage += " " + synopsis(option) }
        var text = "\(spec.abstract)\n\nUsage: \(usage)\n"
        if !spec.positionals.isEmpty {
            text += "\nArguments:\n" + table(spec.positionals.map { ($0.name, $0.help) })
        }
        text += "\nOptions:\n" + table(spec.allOptions.map { (label($0), $0.help) })
        if let discussion = spec.discussion { text += "\n\(discussion)\n" }
        if spec.options.contains(where: \.isFreeText) { text += "\n\(ContentFile.rule)\n" }
        return text
    }

    /// The overview: every command with its abstract, the exit codes and the environment.
    static func overview(_ specs: [CommandSpec]) -> String {
        """
        logboek — a tamper-evident, signed, hash-chained logbook for the meldcode.

        Usage: logboek COMMAND [ARGUMENTS] [--logbook DIR]

        Commands:
        \(table(specs.map { ($0.name, $0.abstract) }))
        Run `logboek COMMAND --help` for a command's arguments and options.

        Exit codes: 0 ok; 1 verification failed or request refused; 2 usage error; 3 environment or I/O error.

        Environment:
          LOGBOEK_DIR             the logbook directory when --logbook is not given
          LOGBOEK_PASSPHRASE      the passphrase of the actor named by --as (else --passphrase-file, else a prompt)
          LOGBOEK_NEW_PASSPHRASE  the passphrase for a newly issued key (else --new-passphrase-file, else a prompt)

        """
    }

    private static func synopsis(_ option: OptionSpec) -> String {
        let word = option.valueName.map { "--\(option.name) \($0)" } ?? "--\(option.name)"
        return option.repeatable ? "[\(word) ...]" : "[\(word)]"
    }

    private static func label(_ option: OptionSpec) -> String {
        option.valueName.map { "--\(option.name) \($0)" } ?? "--\(option.name)"
    }

    private static func table(_ rows: [(String, String)]) -> String {
        let width = min(28, (rows.map(\.0.count).max() ?? 0) + 2)
        return rows.map { left, right in
            let padding = String(repeating: " ", count: max(2, width - left.count))
            return "  \(left)\(padding)\(right)\n"
        }.joined()
    }
}
