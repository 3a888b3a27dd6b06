import Ledger
import Testing

@Suite("Validating agrees with parsing on random texts")
struct ValidateCanonicalFuzzTests {
    @Test("Random canonical texts are accepted by both", arguments: 0..<4)
    func randomValues(seed: UInt64) {
        var random = RandomJSON(generator: SeededRandom(seed: seed))
        for round in 0..<100 {
            let bytes = CanonicalJSON.encode(round % 2 == 0 ? random.value() : random.document())
            #expect(throws: Never.self) { try CanonicalJSON.validateCanonical(bytes[...]) }
            JSONTestSupport.expectAgreement(bytes[...])
        }
    }

    @Test("Mutated texts get the same verdict and error from both", arguments: 0..<8)
    func mutations(seed: UInt64) {
        var random = RandomJSON(generator: SeededRandom(seed: 1_000 + seed))
        for _ in 0..<30 {
            let bytes = CanonicalJSON.encode(random.document())
            for round in 0..<16 {
                let once = random.mutation(of: bytes)
                JSONTestSupport.expectAgreement(once[...])
                if round % 4 == 0 { JSONTestSupport.expectAgreement(random.mutation(of: once)[...]) }
            }
        }
    }

    @Test("Single mutations of a realistic line get the same verdict and error from both")
    func lineMutations() {
        var random = RandomJSON(generator: SeededRandom(seed: 7))
        let line = CanonicalJSON.encode(TopLevelMemberTests.line)
        for _ in 0..<1_500 {
            JSONTestSupport.expectAgreement(random.mutation(of: line)[...])
        }
    }
}
