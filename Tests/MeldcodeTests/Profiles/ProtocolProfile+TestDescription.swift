import Testing
@testable import Meldcode

extension ProtocolProfile: CustomTestStringConvertible {
    /// Tests name a profile argument by its name.
    public var testDescription: String { name }
}
