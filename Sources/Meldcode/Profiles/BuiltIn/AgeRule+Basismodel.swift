extension AgeRule {
    /// The basismodel's bands: under 12 the parents; 12 to 15 the child and/or the parent; 16 and older the child.
    static let basismodel = AgeRule(
        bands: [AgeBand(0, 11, .parents), AgeBand(12, 15, .childOrParents), AgeBand(16, nil, .child)],
        citations: [.basismodelUnderTwelve, .basismodelFromTwelve],
        note: "From 16 the melding is discussed with the child alone: the parent is named only while the child is under 16.")
}
