import Foundation
import Ledger

/// The options that name published logs and their keys, shared by `witness follow` and `board`.
enum PublishedLogs {
    /// `--log URL|DIR` (repeatable).
    static let log = OptionSpec(name: "log", valueName: "URL|DIR", help: "A log's published tiles: its URL prefix or folder.", repeatable: true)
    /// `--log-list FILE`: one location per line.
    static let logList = OptionSpec(
        name: "log-list", valueName: "FILE", help: "A file with one published log (URL prefix or folder) per line; # starts a comment.")
    /// `--log-key VKEY` (repeatable).
    static let logKey = OptionSpec(
        name: "log-key", valueName: "VKEY", help: "A log's verifier key (text or file), matched to its log by origin.", repeatable: true)
    /// `--witness-key VKEY` (repeatable).
    static let witnessKey = OptionSpec(
        name: "witness-key", valueName: "VKEY", help: "A witness's cosignature key (text or file).", repeatable: true)

    /// The locations `--log` and `--log-list` name, in order; at least one.
    static func locations(_ arguments: ParsedArguments, command: String) throws -> [String] {
        var locations = arguments.all("log")
        if let list = arguments.value("log-list") {
            let text = String(decoding: try InputFile.read(list), as: UTF8.self)
            locations += text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && !$0.hasPrefix("#") }
        }
        guard !locations.isEmpty else { throw UsageError(message: "name at least one published log with --log URL|DIR or --log-list FILE", command: command) }
        return locations
    }

    /// The keys of a repeatable key option.
    static func keys(_ arguments: ParsedArguments, _ option: OptionSpec) throws -> [NoteVerifierKey] {
        try arguments.all(option.name).map(CheckpointInput.verifierKey)
    }
}
