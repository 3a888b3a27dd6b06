import Foundation
import Ledger

/// One example case (`tools/examples/<name>.json`): a story from the seeds told as the events staff
/// record, each at the moment it is recorded.
///
/// An event may carry a label (`"id"`); a payload refers to an earlier labelled event of the same file
/// by the string `"@label"`, which becomes that event's seq once it is in the log.
struct ExampleCase {
    /// One event of the story.
    struct Step {
        /// Its label, if later events refer to it.
        let label: String?
        /// When it is recorded.
        let at: Timestamp
        /// Who records it.
        let author: String
        /// The event type.
        let type: String
        /// The payload, with `@label` references still unresolved.
        let payload: [String: JSONValue]
    }

    /// The file's name.
    let name: String
    /// The case id (stream `case/<id>`).
    let caseID: String
    /// The events, in the order they are recorded.
    let steps: [Step]

    /// Reads an example file.
    init(at url: URL) throws {
        name = url.lastPathComponent
        let object = try ExampleFile.object(at: url)
        caseID = try ExampleFile.string(object, "case", in: name)
        steps = try (object["events"]?.arrayValue ?? []).map { [name] value in
            guard let event = value.objectValue, let payload = event["payload"]?.objectValue else {
                throw ExampleError(description: "\(name): every event needs an object 'payload'")
            }
            return Step(
                label: event["id"]?.stringValue, at: try ExampleFile.timestamp(event, "at", in: name),
                author: try ExampleFile.string(event, "as", in: name), type: try ExampleFile.string(event, "type", in: name),
                payload: payload)
        }
    }

    /// A payload with every `"@label"` string replaced by the seq of the labelled event.
    /// - Throws: ``ExampleError`` for a label not (yet) recorded.
    static func resolve(_ value: JSONValue, labels: [String: Int], in file: String) throws -> JSONValue {
        switch value {
        case .string(let text) where text.hasPrefix("@"):
            guard let seq = labels[String(text.dropFirst())] else {
                throw ExampleError(description: "\(file): \(text) names no earlier labelled event")
            }
            return .integer(Int64(seq))
        case .array(let items):
            return .array(try items.map { try resolve($0, labels: labels, in: file) })
        case .object(let members):
            return .object(try members.mapValues { try resolve($0, labels: labels, in: file) })
        default:
            return value
        }
    }
}
