import Meldcode

/// Reads what the school decided for a parents' report from the command line: `--safe-to-share TEXT`,
/// `--release SEQ --reason TEXT` and `--redact SEQ --reason TEXT` (each `--reason` belongs to the `--release` or
/// `--redact` just before it), and `--contact TEXT`.
enum ParentsArguments {
    /// The options, for the report command's spec.
    static let options = [
        OptionSpec.freeText(
            "safe-to-share", help: "ouders only: why the school judges the report safe to share although talking with the parents was skipped for safety."),
        OptionSpec(name: "release", valueName: "SEQ", help: "ouders only: show the item SEQ whole; give the reason with --reason right after it.", repeatable: true),
        OptionSpec(
            name: "redact", valueName: "SEQ", help: "ouders only: show the item SEQ without names, roles, third parties and Veilig Thuis; --reason right after it.",
            repeatable: true),
        OptionSpec.freeText("reason", help: "The reason for the --release or --redact just before it (recorded in report.issued).", repeatable: true),
        OptionSpec.freeText("contact", help: "ouders only: the contact person at school and how to reach them, as the parents read it."),
    ]

    /// The school's choices.
    /// - Parameters:
    ///   - arguments: The parsed command line.
    ///   - kind: The report asked for.
    /// - Returns: The choices.
    /// - Throws: ``UsageError`` for an option that applies only to the parents, a seq that is no number, a release or
    ///   redaction without its reason, or a reason without one.
    static func choices(_ arguments: ParsedArguments, kind: ReportKind) throws(UsageError) -> ParentsChoices {
        let names = ["safe-to-share", "release", "redact", "reason", "contact"]
        if kind != .ouders, let given = names.first(where: { !arguments.all($0).isEmpty }) {
            throw UsageError(message: "--\(given) applies only to ouders", command: arguments.spec.name)
        }
        var releases = [Int: String]()
        var redactions = [Int: String]()
        var open: (name: String, seq: Int)?
        func close() throws(UsageError) {
            if let open { throw UsageError(message: "--\(open.name) \(open.seq) needs --reason TEXT right after it", command: arguments.spec.name) }
        }
        for (name, value) in arguments.ordered where ["release", "redact", "reason"].contains(name) {
            if name == "reason" {
                guard let item = open, !value.isEmpty else {
                    throw UsageError(message: "--reason belongs right after a --release SEQ or --redact SEQ", command: arguments.spec.name)
                }
                if item.name == "release" { releases[item.seq] = value } else { redactions[item.seq] = value }
                open = nil
                continue
            }
            try close()
            guard let seq = Int(value), seq >= 0 else { throw UsageError(message: "--\(name) takes a seq, not '\(value)'", command: arguments.spec.name) }
            open = (name, seq)
        }
        try close()
        if let both = Set(releases.keys).intersection(redactions.keys).min() {
            throw UsageError(message: "#\(both) is both released and redacted: choose one", command: arguments.spec.name)
        }
        return ParentsChoices(
            judgedSafe: arguments.value("safe-to-share"), releases: releases, redactions: redactions, contact: arguments.value("contact"))
    }
}
