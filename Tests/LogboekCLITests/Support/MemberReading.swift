import Foundation
import Ledger
import Meldcode

/// Reads a test logbook's case content as a member would, with their passphrase: what the tests check a command
/// stored, now that the log holds it sealed.
enum MemberReading {
    /// The commands that read case content and so need a reader (`--as`).
    static let readingCommands: Set<String> = ["case", "status", "findings", "knowledge", "evaluate", "report"]

    /// Whether `arguments` read case content and name no reader yet.
    static func needsReader(_ arguments: [String]) -> Bool {
        arguments.first.map(readingCommands.contains) == true && arguments.prefix(2) != ["case", "open"]
            && !arguments.contains("--as") && !arguments.contains("--help")
    }

    /// The path to case content of an actor of a logbook.
    static func content(of directory: URL, as actor: String, passphrase: String) throws -> CaseContent {
        let layout = LogbookLayout(directory: directory)
        let keys = try KeyStore(layout: layout).keys(for: actor, passphrase: try Secret(copying: passphrase))
        return try CaseContent(writer: try LogWriter(opening: layout, lockTimeout: 30, rules: CaseAuthority()), holder: .actor(actor), secret: keys.encryption, rule: .standard)
    }
}
