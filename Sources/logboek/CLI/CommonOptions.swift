/// Options several commands share, defined once.
enum CommonOptions {
    /// `--as ID`: the actor who signs.
    static let actingAs = OptionSpec(name: "as", valueName: "ID", help: "The actor who signs (their key must be in this logbook).")
    /// `--passphrase-file FILE`.
    static let passphraseFile = OptionSpec(
        name: "passphrase-file", valueName: "FILE", help: "Read the signer's passphrase from the first line of FILE.")
    /// `--new-passphrase-file FILE`.
    static let newPassphraseFile = OptionSpec(
        name: "new-passphrase-file", valueName: "FILE", help: "Read the passphrase for the new key from the first line of FILE.")
    /// `--json`.
    static let json = OptionSpec(name: "json", valueName: nil, help: "Print machine-readable JSON.")
    /// `--as-of SEQ`: replay the log up to and including that seq.
    static let asOf = OptionSpec(name: "as-of", valueName: "SEQ", help: "Show things as they stood after event SEQ (default: now).")
    /// `--on DAY`: the day deadlines are judged on.
    static let on = OptionSpec(
        name: "on", valueName: "YYYY-MM-DD", help: "Judge deadlines on this day (default: the day of --as-of's event, else today).")
    /// `--lock-timeout SECONDS`.
    static let lockTimeout = OptionSpec(
        name: "lock-timeout", valueName: "SECONDS", help: "Wait this long for another writer to finish (default 30).")

    /// `--force`: replace an existing `--out` file.
    static let force = OptionSpec(name: "force", valueName: nil, help: "Replace the --out file if it exists.")

    /// `--out FILE` with `help`, and `--force`.
    static func output(help: String) -> [OptionSpec] {
        [OptionSpec(name: "out", valueName: "FILE", help: help + " Never inside a logbook; an existing file only with --force."), force]
    }

    /// The signing options: `--as`, `--passphrase-file`, `--lock-timeout`.
    static let signing = [actingAs, passphraseFile, lockTimeout]
}
