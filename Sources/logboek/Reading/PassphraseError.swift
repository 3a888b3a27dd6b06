/// A passphrase could not be had: none was given and there is no terminal to ask on.
struct PassphraseError: Error, Equatable {
    /// What is wrong and how to supply one.
    let message: String
    /// A stable code for the kind of error.
    let code: String
}
