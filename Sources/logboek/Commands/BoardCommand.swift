import Foundation
import Ledger
import Meldcode

/// `logboek board --log URL ...`: a board's view over its schools' published logs.
enum BoardCommand: Command {
    static let spec = CommandSpec(
        path: ["board"], abstract: "Show each school's published log: size, age, cosigners, and a stop, fork or verify failure.",
        options: [
            PublishedLogs.log, PublishedLogs.logList, PublishedLogs.logKey, PublishedLogs.witnessKey,
            OptionSpec(name: "witness", valueName: "DIR", help: "The board's witness folder: each log must extend what it cosigned."),
            OptionSpec(name: "max-age", valueName: "HOURS", help: "A checkpoint published longer ago counts as stopped (default 48)."),
            OptionSpec(name: "full", valueName: nil, help: "Also verify every published line (as `verify --tiles`)."),
            CommonOptions.json,
        ],
        discussion: """
            Reads only checkpoints and tiles (with --full also the sealed lines), never any case's content. Per log: the
            size of its newest checkpoint, when it was published (HTTP Last-Modified, or the file's time), the witnesses
            (--witness-key) that cosigned it, and what is wrong: not reachable, a bad signature, tiles that do not give
            the checkpoint's root, a fork (the log no longer extends what the --witness cosigned: log-inconsistent),
            a line that does not verify (--full), or no new checkpoint for --max-age hours. The log's key is the
            --log-key whose name is its origin, else the one the witness pinned. Exit 1 if any school needs attention.
            --json: {"logs":[{"log","origin","size","publishedAt","ageHours","cosigners":[{"name","time"}],"status","code","message"}]}.
            """)

    static func run(_ arguments: ParsedArguments, context: Context) throws -> ExitCode {
        let locations = try PublishedLogs.locations(arguments, command: spec.name)
        let logKeys = try PublishedLogs.keys(arguments, PublishedLogs.logKey)
        let witnessKeys = try PublishedLogs.keys(arguments, PublishedLogs.witnessKey)
        let witness = try arguments.value("witness").map { try Witness.open(at: URL(fileURLWithPath: $0)) }
        let maxAge = Double(try arguments.count("max-age") ?? 48) * 3600
        let now = Date()
        var rows = [BoardRow]()
        for location in locations {
            let status = PublishedLogStatus.check(
                try TileStores.open(location), logKeys: logKeys, witnessKeys: witnessKeys, witness: witness, full: arguments.flag("full"),
                rules: CaseAuthority())
            rows.append(BoardRow(status: status, now: now, maxAge: maxAge))
        }
        if arguments.flag("json") {
            context.console.json(.object(["logs": .array(rows.map(\.json))]))
        } else {
            rows.forEach { context.console.out($0.text) }
            let attention = rows.filter { $0.state != .ok }.count
            context.console.out(attention == 0 ? "Alle \(rows.count) logboeken in orde." : "\(attention) van de \(rows.count) logboeken vragen aandacht.")
        }
        return rows.allSatisfy { $0.state == .ok } ? .success : .failure
    }
}
