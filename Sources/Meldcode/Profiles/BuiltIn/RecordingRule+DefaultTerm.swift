extension RecordingRule {
    /// No seed sets a term for recording; the logbook's default.
    static func defaultTerm(_ citations: [Citation]) -> RecordingRule {
        RecordingRule(
            lateAfterWorkingDays: 5, citations: citations,
            note: "No seed sets a term for recording; the seeds ask that signals, contacts, steps and decisions be recorded. "
                + "Five working days is this logbook's default, the term the afwegingskader gives Veilig Thuis (002, line 249).")
    }
}
