import Ledger

extension ParsedArguments {
    /// The file named by `--out`, checked before anything is signed or written, or `nil` without `--out`.
    /// - Throws: ``LedgerError`` when the file lies inside a logbook, exists without `--force`, or its folder is missing.
    func outputFile() throws(LedgerError) -> OutputFile? {
        try value("out").map { path throws(LedgerError) in try OutputFile(path: path, replacing: flag("force")) }
    }
}
