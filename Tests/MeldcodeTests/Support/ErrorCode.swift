import Meldcode

/// The code of the error `body` throws, or `nil` if it throws none.
func code(_ body: () throws -> Void) -> String? {
    do {
        try body()
        return nil
    } catch let error as MeldcodeError {
        return error.code
    } catch {
        return "not a MeldcodeError: \(error)"
    }
}
