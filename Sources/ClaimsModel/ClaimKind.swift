/// How a claim is reported.
public enum ClaimKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// The actor's own words inside quotation marks.
    case direct
    /// The reporter's paraphrase: "X said that ...", "according to X, ...".
    case indirect
    /// A paraphrase with quoted fragments.
    case mixed
}
