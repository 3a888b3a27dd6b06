/// The exit codes of `logboek`, as the README documents them.
enum ExitCode: Int32 {
    /// The command did what was asked (for `verify`: the log verified).
    case success = 0
    /// Verification failed, or the request was refused (invalid input, not allowed, wrong passphrase).
    case failure = 1
    /// The command line is wrong: unknown command or option, missing argument.
    case usage = 2
    /// The environment failed: no logbook, no access, disk or lock trouble.
    case environment = 3
}
