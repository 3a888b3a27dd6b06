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

    /// The spec to parse and document a particular command line with; most commands have one spec,
    /// `record` has one per event type.
    /// - Parameter words: The words after the command's name.
    static func spec(for words: [String]) -> CommandSpec
}

extension Command {
    static func spec(for words: [String]) -> CommandSpec { spec }
}
