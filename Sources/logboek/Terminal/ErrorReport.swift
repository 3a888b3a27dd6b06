import Ledger
import Meldcode

/// The one place that turns any error into the message printed on standard error and an exit code.
enum ErrorReport {
    /// The exit code for an error.
    static func exitCode(for error: any Error) -> ExitCode {
        switch error {
        case let error as BatchLineError: exitCode(for: error.underlying)
        case is UsageError, is PassphraseError: .usage
        case let error as LedgerError: exitCode(for: error)
        case is ProfileError: .failure
        case MeldcodeError.unknownType: .usage
        case is MeldcodeError: .failure
        case is ProofError: .failure
        case is ReportError: .failure
        default: .environment
        }
    }

    /// The lines to print for an error: `error: <message> (<code>)`, then what to do.
    /// - Parameters:
    ///   - error: The error.
    ///   - writes: Whether the command writes to the log (only then does it say that nothing was written).
    static func lines(for error: any Error, writes: Bool) -> [String] {
        let lines = lines(for: error)
        return writes ? lines : lines.filter { $0 != nothingWritten }
    }

    private static let nothingWritten = "Nothing was written to the log."

    private static func lines(for error: any Error) -> [String] {
        switch error {
        case let error as BatchLineError:
            var lines = lines(for: error.underlying)
            if let line = error.line, let first = lines.first, first.hasPrefix("error: ") {
                lines[0] = "error: batch line \(line): " + first.dropFirst("error: ".count)
            }
            guard let committed = error.committed else { return lines }
            let resume = committed.lines.upperBound + 1
            return lines.filter { $0 != nothingWritten } + [
                "Batch lines \(committed.lines.lowerBound)–\(committed.lines.upperBound) were committed before this "
                    + "(seq \(committed.seqs.lowerBound)–\(committed.seqs.upperBound)) and stay in the log; nothing from line \(resume) on was written.",
                "Fix the problem, then append the rest with `--from-line \(resume)`.",
            ]
        case let error as UsageError:
            let help = error.command.isEmpty ? "logboek --help" : "logboek \(error.command) --help"
            return ["error: \(error.message) (\(error.code))", "Zie `\(help)`."]
        case let error as PassphraseError:
            return ["error: \(error.message) (\(error.code))"]
        case let error as LedgerError:
            return ["error: \(error.message) (\(error.code))"] + hint(for: error)
        case let error as ProfileError:
            return ["error: \(error.message) (\(error.code))", "See `logboek profile list`.", nothingWritten]
        case let error as MeldcodeError:
            return ["error: \(error.message) (\(error.code))"] + (error.seed.map { ["Rule from \($0)."] } ?? [])
                + [nothingWritten]
        case let error as ProofError:
            return ["error: \(error.message) (\(error.code))"]
        case let error as ReportError:
            return ["error: \(error.message) (\(error.code))", "Nothing was written."]
        default:
            return ["error: \(error) (internal)"]
        }
    }

    private static func exitCode(for error: LedgerError) -> ExitCode {
        switch error {
        case .invalidInput, .refused, .keyMismatch, .versionConflict, .wrongPassphrase, .alreadyExists, .damagedLog,
             .outputExists, .insideLogbook, .noAccess, .keyNotShared, .keyring(.unavailable), .keyring(.notLoginSession), .keyring(.unusableEntry):
            .failure
        case .locked, .notALogbook, .io, .missingKey, .damagedKeyFile, .unreadablePayload, .keyring(.failed):
            .environment
        }
    }

    private static func hint(for error: LedgerError) -> [String] {
        switch error {
        case .wrongPassphrase:
            ["Check LOGBOEK_PASSPHRASE or --passphrase-file; nothing was written."]
        case .refused, .invalidInput, .keyMismatch, .versionConflict, .noAccess, .keyNotShared:
            [nothingWritten]
        case .keyring(.unusableEntry):
            [nothingWritten]
        case .keyring(.notLoginSession):
            ["Nothing was unlocked. Start a shell with a session keyring of its own (`keyctl session -`, or log in through PAM "
                + "with pam_keyinit) and unlock there, or give --user-wide to accept this; every command still works, asking "
                + "the passphrase each time."]
        case .keyring:
            ["Nothing was unlocked; every command still works, asking the passphrase each time."]
        default:
            []
        }
    }
}
