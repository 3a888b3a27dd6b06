import Foundation
import Ledger
import Meldcode

/// What every command may use: the console, the environment, the logbook's location and the way to its cases.
struct Context {
    /// Where output goes.
    let console = Console()
    /// The process environment.
    let environment: [String: String]
    /// How a command opens its case session, as a signer whose keys are open, on the logbook the arguments name:
    /// ``CaseReading/open(as:_:_:)``. A test that runs a command in-process keeps the session it opens, to count what
    /// the command read and decrypted through it.
    var openSession: (Signer, ParsedArguments, Context) throws -> CaseSession = CaseReading.open

    /// The logbook named by `--logbook`, else `$LOGBOEK_DIR`, else the current directory.
    /// - Throws: ``UsageError`` when `--logbook` or `$LOGBOEK_DIR` is empty (it never silently means the current directory).
    func layout(_ arguments: ParsedArguments) throws(UsageError) -> LogbookLayout {
        if arguments.value("logbook") == "" {
            throw UsageError(message: "--logbook is empty: name the logbook's folder (use --logbook . for the current one)", command: arguments.spec.name)
        }
        if arguments.value("logbook") == nil, environment["LOGBOEK_DIR"] == "" {
            throw UsageError(message: "LOGBOEK_DIR is empty: set it to the logbook's folder, or unset it", command: arguments.spec.name)
        }
        let path = arguments.value("logbook") ?? environment["LOGBOEK_DIR"] ?? FileManager.default.currentDirectoryPath
        return LogbookLayout(directory: URL(fileURLWithPath: path))
    }
}
