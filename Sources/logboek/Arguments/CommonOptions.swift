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
    static let asOf = OptionSpec(name: "as-of", valueName: "SEQ", help: "The log up to and including event SEQ (default: the whole log).")
    /// `--known-on DAY`: replay what the log held at the end of that day.
    static let knownOn = OptionSpec(
        name: "known-on", valueName: "YYYY-MM-DD", help: "Everything recorded by the end of this day (Dutch time): what the log knew then.")
    /// `--on DAY`: the day deadlines are judged on.
    static let on = OptionSpec(
        name: "on", valueName: "YYYY-MM-DD",
        help: "The day deadlines are judged on (default: the --known-on day, else the day of --as-of's event, else today).")
    /// The three ways to name a moment: `--as-of`, `--known-on`, `--on`.
    static let moment = [asOf, knownOn, on]
    /// `--lock-timeout SECONDS`.
    static let lockTimeout = OptionSpec(
        name: "lock-timeout", valueName: "SECONDS", help: "Wait this long for another writer to finish (default 30).")

    /// `--force`: replace an existing `--out` file.
    static let force = OptionSpec(name: "force", valueName: nil, help: "Replace the --out file if it exists.")

    /// `--out FILE` with `help`, and `--force`.
    static func output(help: String) -> [OptionSpec] {
        [OptionSpec(name: "out", valueName: "FILE", help: help + " Never inside a logbook; an existing file only with --force."), force]
    }

    /// `--as ID` for commands that read case content.
    static let readingAs = OptionSpec(
        name: "as", valueName: "ID",
        help: "Read as this actor (required: case content is sealed, and only a case's members read it; each read is recorded as case.viewed).")

    /// The options of commands that read case content: `--as`, `--passphrase-file`, `--lock-timeout`.
    static let reading = [readingAs, passphraseFile, lockTimeout]

    /// The signing options: `--as`, `--passphrase-file`, `--lock-timeout`.
    static let signing = [actingAs, passphraseFile, lockTimeout]
}
