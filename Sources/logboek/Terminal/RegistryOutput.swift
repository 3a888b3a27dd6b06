import Ledger

/// How registry commands report the event they recorded.
enum RegistryOutput {
    /// Prints the recorded event's seq and a summary, or JSON with `--json`.
    static func report(_ event: Event, summary: String, _ arguments: ParsedArguments, _ context: Context) {
        if arguments.flag("json") {
            context.console.json(EventSummary.json(event))
        } else {
            context.console.out("\(summary) (seq \(event.header.seq))")
        }
    }
}
