import Foundation
import Ledger

/// `logboek tiles DIR`: publishes the logbook as C2SP tlog-tiles.
enum TilesCommand: Command {
    static let spec = CommandSpec(
        path: ["tiles"], abstract: "Publish the log's tiles and newest checkpoint in DIR (C2SP tlog-tiles), for any web server or object store.",
        positionals: [PositionalSpec(name: "DIR", help: "The publication folder (outside the logbook).")],
        options: [
            OptionSpec(
                name: "cosigned-by", valueName: "URL|DIR", help: "A witness's publication prefix: its cosignature of the checkpoint is added.",
                repeatable: true),
            PublishedLogs.witnessKey, CommonOptions.json,
        ],
        discussion: """
            Writes checkpoint (the newest checkpoint an administrator signed, see `logboek checkpoint`), tile/<L>/<N>
            and partial tiles tile/<L>/<N>.p/<W>, entry bundles tile/entries/<N> (each entry the event's canonical
            header, whose RFC 6962 leaf hash is the event hash) and line bundles tile/lines/<N> (the stored lines,
            sealed payloads and signatures as in log.jsonl), for the tree of the checkpoint and of the log as it is
            now. No case content is ever in plain text. Each file is written to a temporary file, synced and renamed;
            full tiles are never written again; the checkpoint is written last. Sync DIR as it is to a web server
            or object store (rsync, aws s3 sync, rclone). --cosigned-by PREFIX with --witness-key VKEY adds the
            cosignature the witness published at PREFIX/<origin>/checkpoint. Refused (log-inconsistent) when DIR
            publishes a history the log does not extend. --json: {"size","checkpointSize","filesWritten","cosigners"}.
            """)

    static func run(_ arguments: ParsedArguments, context: Context) throws -> ExitCode {
        let layout = try context.layout(arguments)
        let directory = URL(fileURLWithPath: arguments.positionals[0]).resolvingSymlinksInPath()
        let logbook = layout.directory.resolvingSymlinksInPath()
        guard !directory.path.hasPrefix(logbook.path + "/"), directory.path != logbook.path else {
            throw LedgerError.insideLogbook(path: directory.path, folder: layout.directory.path)
        }
        let witnesses = try PublishedLogs.keys(arguments, PublishedLogs.witnessKey)
        let cosigned = try arguments.all("cosigned-by").compactMap { try cosignedCopy(at: $0, layout: layout) }
        let outcome = try TilePublisher.publish(layout, to: directory, cosigned: cosigned, witnesses: witnesses)
        let cosigners = witnesses.filter { (try? outcome.checkpoint.note.verify($0)) != nil }.map(\.name)
        if arguments.flag("json") {
            context.console.json(.object([
                "size": .integer(Int64(outcome.size)), "checkpointSize": .integer(Int64(outcome.checkpoint.checkpoint.size)),
                "filesWritten": .integer(Int64(outcome.filesWritten)), "cosigners": .array(cosigners.map { .string($0) }),
            ]))
        } else {
            context.console.out(
                "Published \(outcome.size) events in \(directory.path) (\(outcome.filesWritten) new full tiles and bundles); checkpoint of size \(outcome.checkpoint.checkpoint.size)"
                    + (cosigners.isEmpty ? "" : ", cosigned by \(cosigners.joined(separator: ", "))"))
        }
        return .success
    }

    /// The copy of the newest checkpoint a witness published, if it published one.
    private static func cosignedCopy(at prefix: String, layout: LogbookLayout) throws -> SignedNote? {
        guard let newest = try CheckpointIssuer.signedBefore(layout).last, let path = TilePath.cosigned(origin: newest.checkpoint.origin),
              let resource = try TileStores.open(prefix).read(path)
        else { return nil }
        return try SignedNote(parsing: resource.bytes)
    }
}
