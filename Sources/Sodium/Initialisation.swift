import CSodium

/// The one place that initialises libsodium; every entry point of this module touches it first.
enum SodiumLibrary {
    /// Swift runs a static `let` initialiser exactly once, atomically, on first access,
    /// so `sodium_init()` is called once per process however many threads race here.
    private static let initialisation: Void = {
        precondition(sodium_init() >= 0, "sodium_init() failed; libsodium cannot be used")
    }()

    /// Makes sure `sodium_init()` has run before any other libsodium call.
    static func ensureInitialised() {
        _ = initialisation
    }
}
