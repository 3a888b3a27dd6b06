import Foundation
import Ledger

/// A `logboek` command: a spec for parsing and help, and what it does.
protocol Command {
    /// How the command is called and documented.
    static var spec: CommandSpec { get }

    /// Does the command's work.
    /// - Parameters:
    ///   - arguments: The parsed command line.
    ///   - context: Where to write and what the environment says.
    /// - Returns: The exit code (most commands return ``ExitCode/success`` or throw).
    /// - Throws: Any error; ``ErrorReport`` turns it into a message and an exit code.
    static func run(_ arguments: ParsedArguments, context: Context) throws -> ExitCode
}

/// What every command may use: the console, the environment and the logbook's location.
struct Context {
    /// Where output goes.
    let console = Console()
    /// The process environment.
    let environment: [String: String]

    /// The logbook named by `--logbook`, else `$LOGBOEK_DIR`, else the current directory.
    func layout(_ arguments: ParsedArguments) -> LogbookLayout {
        let path = arguments.value("logbook") ?? environment["LOGBOEK_DIR"] ?? FileManager.default.currentDirectoryPath
        return LogbookLayout(directory: URL(fileURLWithPath: path))
    }
}
