import Testing
@testable import Meldcode
