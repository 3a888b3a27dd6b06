import Ledger

/// The file forms of free-text options (`--description-file FILE|-`): the text is read from a file or standard
/// input instead of standing on the command line, where every local user sees it in `/proc/<pid>/cmdline` while
/// the command runs and the shell's history keeps it.
///
/// Each file is read whole, as UTF-8, before the command does anything; one line end at its end (`\n` or `\r\n`)
/// is dropped, as an editor or `echo` adds one, and everything else is kept as written. The value then takes the
/// option's place, so a command reads `--description` whichever form was given.
enum ContentFile {
    /// What a free-text option's name is followed by in its file form.
    static let suffix = "-file"

    /// How the file forms work, for help texts.
    static let rule = "A --NAME-file FILE option reads --NAME's text from FILE, or from standard input for -, so it does not "
        + "stand on the command line; one line end at its end is dropped, everything else is kept. Give an option or its "
        + "file form, not both."

    /// The arguments with each file form replaced by the option it stands for, holding the file's text.
    /// - Throws: ``UsageError`` when an option and its file form are both given, or standard input is named twice;
    ///   ``LedgerError/io(operation:path:reason:)`` when a file cannot be read, ``LedgerError/invalidInput(_:)``
    ///   when it is too large or not UTF-8 text. Nothing has been written then.
    static func resolve(_ arguments: ParsedArguments) throws -> ParsedArguments {
        let forms = arguments.spec.options.filter(\.isFreeText).map(\.name).filter { arguments.values[$0 + suffix] != nil }
        guard !forms.isEmpty else { return arguments }
        for name in forms where arguments.values[name] != nil {
            throw UsageError(message: "give --\(name) or --\(name)\(suffix), not both", command: arguments.spec.name)
        }
        try checkStandardInput(arguments, forms: forms)
        var values = arguments.values
        var ordered = [(name: String, value: String)]()
        for (name, value) in arguments.ordered {
            guard name.hasSuffix(suffix), case let option = String(name.dropLast(suffix.count)), forms.contains(option) else {
                ordered.append((name, value))
                continue
            }
            let text = try read(value, for: option)
            values[option, default: []].append(text)
            values[name] = nil
            ordered.append((option, text))
        }
        return ParsedArguments(spec: arguments.spec, positionals: arguments.positionals, values: values, flags: arguments.flags, ordered: ordered)
    }

    /// Refuses a command line that reads standard input for a file form and for anything else as well.
    private static func checkStandardInput(_ arguments: ParsedArguments, forms: [String]) throws {
        let fileOptions = Set(arguments.spec.allOptions.filter { $0.valueName?.contains("FILE") ?? false }.map(\.name))
        var readers = arguments.ordered.filter { $0.value == "-" && fileOptions.contains($0.name) }.map { "--\($0.name) -" }
        if arguments.declares("guided"), arguments.flag("guided") { readers.append("--guided") }
        guard readers.count > 1, forms.contains(where: { arguments.values[$0 + suffix]?.contains("-") ?? false }) else { return }
        throw UsageError(message: "standard input can be read only once, not for \(readers.joined(separator: " and "))", command: arguments.spec.name)
    }

    /// The text of `path` for `--option`, without one final line end.
    private static func read(_ path: String, for option: String) throws -> String {
        var bytes: [UInt8]
        do {
            bytes = try InputFile.read(path, as: .text)
        } catch LedgerError.io(_, _, _) {
            let name = path == "-" ? "standard input" : path
            throw LedgerError.io(operation: "read", path: name, reason: "no such file, or not readable (--\(option)\(suffix))")
        }
        if bytes.last == 0x0A {
            bytes.removeLast()
            if bytes.last == 0x0D { bytes.removeLast() }
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw LedgerError.invalidInput("--\(option)\(suffix) \(path == "-" ? "standard input" : path) is not UTF-8 text")
        }
        return text
    }
}
