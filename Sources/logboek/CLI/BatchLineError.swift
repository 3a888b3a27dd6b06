/// An error about one line of an `append --batch` input: reported with that line's number, and with the
/// code and exit status of the error itself.
struct BatchLineError: Error {
    /// The 1-based line number in the batch input.
    let line: Int
    /// What was wrong with it.
    let underlying: any Error
}
