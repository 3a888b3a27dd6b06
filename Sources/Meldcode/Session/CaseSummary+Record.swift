import Ledger

extension CaseSummary {
    /// The format of the stored summary this code writes and reads; a summary of another format is rebuilt.
    static let format: Int64 = 1

    /// The summary as stored (before sealing), with what it was judged against:
    /// `{"format", "judging", "version", "id", "child"?, "phase", "firstSeq", "lastSeq", "day", "pending": [{"kind","seq","due"}],
    /// "findings": [{"code","severity","seqs","message","seed","firstLine","lastLine","quote","details"}]}`.
    /// - Parameters:
    ///   - version: The number of the case's events it covers.
    ///   - judging: What it was judged against (the profile in force and the actors' roles, see ``CaseSummaries``).
    func record(version: Int, judging: String) -> JSONValue {
        var members: [String: JSONValue] = [
            "format": .integer(Self.format), "judging": .string(judging), "version": .integer(Int64(version)), "id": .string(id),
            "phase": .string(phase.rawValue), "firstSeq": .integer(Int64(firstSeq)), "lastSeq": .integer(Int64(lastSeq)),
            "day": .string(day.description),
            "pending": .array(pendingActions.map { action in
                .object(["kind": .string(action.kind.rawValue), "seq": .integer(Int64(action.seq)), "due": .string(action.due.description)])
            }),
            "findings": .array(findings.map { finding in
                .object([
                    "code": .string(finding.code.rawValue), "severity": .string(finding.severity.rawValue),
                    "seqs": .array(finding.seqs.map { .integer(Int64($0)) }), "message": .string(finding.message),
                    "seed": .string(finding.citation.seed.rawValue), "firstLine": .integer(Int64(finding.citation.firstLine)),
                    "lastLine": .integer(Int64(finding.citation.lastLine)), "quote": .string(finding.citation.quote),
                    "details": .array(finding.details.map(JSONValue.string)),
                ])
            }),
        ]
        if let child {
            var payload = [String: JSONValue](fields: [
                .childRef: .string(child.ref), .childName: .string(child.name), .birthDate: .string(child.birthDate.description),
            ])
            if let group = child.group { payload[.group] = .string(group) }
            members["child"] = .object(payload)
        }
        return .object(members)
    }

    /// Reads a stored summary of this format, judged against `judging`.
    /// - Parameters:
    ///   - record: What ``record(version:judging:)`` wrote.
    ///   - judging: What the reader judges against now.
    /// - Returns: The summary and the number of the case's events it covers, or `nil` for another format, another
    ///   judging, or anything that does not read (the summary is then rebuilt from the case's events).
    static func read(_ record: JSONValue, judging: String) -> (summary: CaseSummary, version: Int)? {
        guard let members = record.objectValue, members["format"]?.integerValue == format, members["judging"]?.stringValue == judging,
              let version = members["version"]?.integerValue, let id = members["id"]?.stringValue,
              let phase = members["phase"]?.stringValue.flatMap(CasePhase.init(rawValue:)),
              let firstSeq = members["firstSeq"]?.integerValue, let lastSeq = members["lastSeq"]?.integerValue,
              let day = members["day"]?.stringValue.flatMap(CalendarDay.init),
              let pending = members["pending"]?.arrayValue?.map(pendingAction), !pending.contains(where: { $0 == nil }),
              let findings = members["findings"]?.arrayValue?.map({ finding($0, caseID: id) }), !findings.contains(where: { $0 == nil })
        else { return nil }
        let child: ChildRecord?
        if let payload = members["child"] {
            guard let object = payload.objectValue, let record = ChildRecord(payload: object) else { return nil }
            child = record
        } else {
            child = nil
        }
        let summary = CaseSummary(
            id: id, child: child, phase: phase, firstSeq: Int(firstSeq), lastSeq: Int(lastSeq), pendingActions: pending.compactMap { $0 },
            findings: findings.compactMap { $0 }, day: day)
        return (summary, Int(version))
    }

    private static func pendingAction(_ value: JSONValue) -> PendingAction? {
        guard let members = value.objectValue, let kind = members["kind"]?.stringValue.flatMap(PendingActionKind.init(rawValue:)),
              let seq = members["seq"]?.integerValue, let due = members["due"]?.stringValue.flatMap(CalendarDay.init)
        else { return nil }
        return PendingAction(kind: kind, seq: Int(seq), due: due)
    }

    private static func finding(_ value: JSONValue, caseID: String) -> Finding? {
        guard let members = value.objectValue, let code = members["code"]?.stringValue.flatMap(FindingCode.init(rawValue:)),
              let severity = members["severity"]?.stringValue.flatMap(FindingSeverity.init(rawValue:)),
              let seqs = members["seqs"]?.arrayValue?.compactMap(\.integerValue), let message = members["message"]?.stringValue,
              let seed = members["seed"]?.stringValue.flatMap(Seed.init(rawValue:)),
              let firstLine = members["firstLine"]?.integerValue, let lastLine = members["lastLine"]?.integerValue,
              let quote = members["quote"]?.stringValue, let details = members["details"]?.arrayValue?.compactMap(\.stringValue)
        else { return nil }
        return Finding(
            code, caseID: caseID, seqs: seqs.map { Int($0) }, message: message, severity: severity,
            citation: Citation(seed, Int(firstLine), Int(lastLine), quote), details: details)
    }
}
