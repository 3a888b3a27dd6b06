import Foundation
import Ledger

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
