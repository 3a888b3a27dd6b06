import Ledger

/// `logboek log`: shows events.
enum LogCommand: Command {
    static let spec = CommandSpec(
        path: ["log"], abstract: "Show the events of the log, oldest first.",
        options: [
            OptionSpec(name: "stream", valueName: "S", help: "Only events of stream S."),
            OptionSpec(name: "from", valueName: "SEQ", help: "Only events from seq SEQ on."),
            OptionSpec(name: "json", valueName: nil, help: "Print each event as its canonical JSON line (JSON Lines)."),
        ],
        discussion: "The chain is checked while reading; run `logboek verify` to check the signatures too.")

    static func run(_ arguments: ParsedArguments, context: Context) throws -> ExitCode {
        let stream = arguments.value("stream")
        let from = try arguments.count("from") ?? 0
        let json = arguments.flag("json")
        _ = try LogbookReading.read(arguments, context) { event in
            guard event.header.seq >= from, stream == nil || event.header.stream == stream else { return }
            if json { context.console.jsonLine(Array(event.line.dropLast())) } else { context.console.out(EventSummary.text(event)) }
        }
        return .success
    }
}
