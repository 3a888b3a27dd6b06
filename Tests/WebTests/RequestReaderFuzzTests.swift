import Foundation
import Ledger
import Testing
@testable import Web

/// A short fuzz of the request reader (tools/stress runs a long one against the server): mutated and random
/// requests, fed whole and in pieces, never crash, never hang, and every answer is a request or a 4xx.
/// `LOGBOEK_FUZZ_RUNS` sets the number of requests (default 2 500), `LOGBOEK_FUZZ_SEED` the seed.
@Suite("HTTP request reader fuzz")
struct RequestReaderFuzzTests {
    static let environment = ProcessInfo.processInfo.environment
    static let runs = Int(environment["LOGBOEK_FUZZ_RUNS"] ?? "") ?? 2_500
    static let seed = UInt64(environment["LOGBOEK_FUZZ_SEED"] ?? "") ?? 24

    static let seeds: [[UInt8]] = [
        "GET /dossier/2026-014?x=1 HTTP/1.1\r\nHost: 127.0.0.1:8080\r\nCookie: logboek=abc\r\n\r\n",
        "POST /vastleggen/2026-014/signal.recorded HTTP/1.1\r\nHost: a\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 11\r\n\r\nnaam=a%20b+",
        "HEAD / HTTP/1.0\r\n\r\n",
    ].map { Array($0.utf8) }

    static let interesting: [UInt8] = Array("\r\n :%+?&=/#\t\0\u{7F}HTTP/1.1GETPOSTContent-Length0123456789".utf8) + [0xC3, 0xA9, 0xFF, 0xFE]

    static func mutate(_ bytes: [UInt8], _ random: inout SeededRandom) -> [UInt8] {
        var bytes = bytes
        for _ in 0..<Int(random.next() % 4 + 1) {
            let position = bytes.isEmpty ? 0 : Int(random.next() % UInt64(bytes.count))
            switch random.next() % 5 {
            case 0 where !bytes.isEmpty: bytes.remove(at: position)
            case 1: bytes.insert(interesting[Int(random.next() % UInt64(interesting.count))], at: position)
            case 2 where !bytes.isEmpty: bytes[position] = UInt8(truncatingIfNeeded: random.next())
            case 3: bytes.insert(contentsOf: bytes.prefix(Int(random.next() % 64)), at: position)
            default: bytes = Array(bytes.prefix(position))
            }
        }
        return bytes
    }

    @Test("Mutated requests (four in five) and random bytes: a request or a 4xx, never a crash")
    func fuzz() {
        var random = SeededRandom(seed: Self.seed)
        var outcomes = [String: Int]()
        for round in 0..<Self.runs {
            let bytes: [UInt8] = round % 5 != 4
                ? Self.mutate(Self.seeds[round % Self.seeds.count], &random)
                : (0..<Int(random.next() % 512)).map { _ in UInt8(truncatingIfNeeded: random.next()) }
            let chunk = Int(random.next() % 16) + 1
            switch RequestReaderTests.read(bytes, chunk: round % 2 == 0 ? nil : chunk) {
            case .complete(let request):
                #expect(["GET", "HEAD", "POST"].contains(request.method) && request.path.hasPrefix("/"))
                outcomes["complete", default: 0] += 1
            case .failed(let status):
                #expect((400..<500).contains(status.rawValue))
                outcomes["\(status.rawValue)", default: 0] += 1
            case .needMore:
                outcomes["incomplete", default: 0] += 1
            }
        }
        #expect(outcomes["complete", default: 0] > 0 && outcomes["400", default: 0] > 0)
    }
}
