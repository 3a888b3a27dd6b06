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
