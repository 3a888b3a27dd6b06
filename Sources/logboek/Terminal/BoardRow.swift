import Foundation
import Ledger

/// One line of `logboek board`: a published log's status, judged against the time now, in Dutch and JSON.
struct BoardRow {
    /// What the board makes of a log.
    enum State: String {
        case ok, stopped, fork, unreachable, failed

        /// The Dutch word the board shows.
        var dutch: String {
            switch self {
            case .ok: "in orde"
            case .stopped: "GESTOPT MET PUBLICEREN"
            case .fork: "GESPLITST (fork): herschreven geschiedenis"
            case .unreachable: "NIET BEREIKBAAR"
            case .failed: "CONTROLE MISLUKT"
            }
        }
    }

    let status: PublishedLogStatus
    let state: State
    let age: TimeInterval?

    init(status: PublishedLogStatus, now: Date, maxAge: TimeInterval) {
        self.status = status
        age = status.lastModified.map { max(0, now.timeIntervalSince($0)) }
        state =
            if status.isFork { .fork }
            else if status.checkpoint == nil { .unreachable }
            else if status.problem != nil { .failed }
            else if let age, age > maxAge { .stopped }
            else { .ok }
    }

    var text: String {
        var parts = [status.location + ":", state.dutch]
        if let checkpoint = status.checkpoint { parts.append("\(checkpoint.size) gebeurtenissen") }
        if let age { parts.append("gepubliceerd \(Self.dutchAge(age)) geleden") }
        parts.append(status.cosigners.isEmpty ? "door geen getuige medeondertekend" : "medeondertekend door " + status.cosigners.map(\.name).joined(separator: ", "))
        var line = parts.joined(separator: " · ")
        if let problem = status.problem { line += "\n    \(problem.code): \(problem.message)" }
        return line
    }

    var json: JSONValue {
        .object([
            "log": .string(status.location), "origin": status.checkpoint.map { .string($0.origin) } ?? .null,
            "size": status.checkpoint.map { .integer(Int64($0.size)) } ?? .null,
            "publishedAt": status.lastModified.map { .integer(Int64($0.timeIntervalSince1970)) } ?? .null,
            "ageHours": age.map { .integer(Int64($0 / 3600)) } ?? .null,
            "cosigners": .array(status.cosigners.map { .object(["name": .string($0.name), "time": .integer(Int64($0.time.timeIntervalSince1970))]) }),
            "status": .string(state.rawValue),
            "code": status.problem.map { .string($0.code) } ?? .null, "message": status.problem.map { .string($0.message) } ?? .null,
        ])
    }

    private static func dutchAge(_ seconds: TimeInterval) -> String {
        let minutes = Int(seconds / 60)
        if minutes < 60 { return "\(minutes) min" }
        if minutes < 48 * 60 { return "\(minutes / 60) uur" }
        return "\(minutes / (24 * 60)) dagen"
    }
}
