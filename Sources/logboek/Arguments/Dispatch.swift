import Foundation

extension CommandLine {
    /// Finds the command named by the first words, parses the rest, runs it, and maps every error to
    /// a message on standard error and an exit code.
    /// - Parameters:
    ///   - typed: The arguments after the program name; global options may stand before the command.
    ///   - commands: The known commands.
    /// - Returns: The exit code.
    static func run(_ typed: [String], commands: [any Command.Type]) -> ExitCode {
        let words = GlobalOptions.commandFirst(typed)
        let context = Context(environment: ProcessInfo.processInfo.environment)
        if words.isEmpty || words == ["--help"] || words == ["-h"] || words == ["help"] {
            context.console.out(HelpText.overview(commands.map { $0.spec }))
            return words.isEmpty ? .usage : .success
        }
        let match = commands
            .filter { words.starts(with: $0.spec.path) }
            .max { $0.spec.path.count < $1.spec.path.count }
        guard let command = match else {
            let group = commands.map { $0.spec.name }.filter { $0.hasPrefix(words[0] + " ") }
            let message = group.isEmpty
                ? "unknown command '\(words[0])'"
                : "'\(words[0])' needs a subcommand: \(group.joined(separator: ", "))"
            report(UsageError(message: message, command: ""), context)
            return .usage
        }
        do {
            let rest = Array(words.dropFirst(command.spec.path.count))
            let spec = command.spec(for: rest)
            let arguments = try ParsedArguments(rest, spec: spec)
            if arguments.flag("help") {
                context.console.out(HelpText.render(spec))
                return .success
            }
            return try command.run(try ContentFile.resolve(arguments), context: context)
        } catch {
            report(error, context, writes: command.spec.allOptions.contains { $0.name == CommonOptions.actingAs.name })
            return ErrorReport.exitCode(for: error)
        }
    }

    /// Prints an error; only a command that signs (and so may write to the log) says that nothing was written.
    private static func report(_ error: any Error, _ context: Context, writes: Bool = false) {
        for line in ErrorReport.lines(for: error, writes: writes) { context.console.err(line) }
    }
}
