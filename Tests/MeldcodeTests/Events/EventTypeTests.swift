import Foundation
import Ledger
import Testing
@testable import Meldcode

/// Event types are named in code through ``EventType``, never as strings: a misspelt type is a compile error.
@Suite("Event types by name")
struct EventTypeTests {
    @Test("EventType holds exactly the catalogue's types, the registry's four and the profile's adoption")
    func casesMatchTheCatalogue() {
        let named = Set(EventType.allCases.map(\.rawValue))
        let catalogued = Set(EventCatalogue.standard.definitions.map(\.type))
        #expect(catalogued.isSubset(of: named), "missing: \(catalogued.subtracting(named).sorted())")
        let others = named.subtracting(catalogued).subtracting([ProfileAdoption.eventType.rawValue])
        #expect(others.allSatisfy(RegistryEvent.isRegistryType), "neither catalogued nor a registry type: \(others.sorted())")
        #expect(others.count == 4, "the registry has four types: \(others.sorted())")
    }

    @Test("No source file outside the catalogue, EventType and the registry writes an event type as a string literal")
    func noTypeLiteralsInSources() throws {
        let sources = CaseFixture.repositoryRoot.appendingPathComponent("Sources")
        let exempt = ["Meldcode/Events/EventCatalogue", "Meldcode/Events/EventType.swift", "Ledger/Registry/RegistryEvent.swift"]
        let literals = EventType.allCases.map { "\"\($0.rawValue)\"" }
        var found = [String]()
        let files = FileManager.default.enumerator(atPath: sources.path)?.compactMap { $0 as? String } ?? []
        for path in files where path.hasSuffix(".swift") && !exempt.contains(where: path.hasPrefix) {
            let text = try String(contentsOf: sources.appendingPathComponent(path), encoding: .utf8)
            for literal in literals where text.contains(literal) { found.append("\(path): \(literal)") }
        }
        #expect(!files.isEmpty)
        #expect(found.isEmpty, "use EventType instead: \(found)")
    }
}
