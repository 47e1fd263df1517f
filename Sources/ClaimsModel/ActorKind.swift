/// What kind of thing makes a claim or carries it.
public enum ActorKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// A named or described individual: "Bahman", "a senior official".
    case person
    /// A government body, company, party or other institution: "Kosovo's Security Council".
    case organization
    /// Several people spoken of together: "analysts", "two officials familiar with the talks".
    case group
    /// A news medium speaking for itself or carrying a claim: "Tasnim", "Reuters".
    case outlet
    /// A poll, report, study or filing no one is named as issuing: "a new poll", "the study".
    case document
    /// Not known.
    case unknown
}
