extension EventDefinition {
    /// The member every case event may carry when it is entered after the fact from paper notes: where the
    /// paper record is kept. The late-record finding leaves such events out (000 lines 260-262: the school keeps
    /// a logbook of its steps; a paper logbook kept on time is one).
    public static let paperRecordField = FieldSpec(
        "recordedFromPaper", .line, required: false, label: "overgenomen van papier: waar ligt het papieren verslag",
        summary: "For a record entered after the fact from paper notes: where the paper record is kept (e.g. dossierkast IB, map 2026-014).")

    /// This definition with ``paperRecordField`` as its last optional member.
    func addingPaperRecord() -> EventDefinition {
        EventDefinition(
            type, dutchName: dutchName, step: step, summary: summary, scope: scope,
            payload: PayloadSchema(payload.fields + [Self.paperRecordField], conditions: payload.conditions))
    }
}
