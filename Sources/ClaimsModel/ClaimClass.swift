/// What kind of act a claim reports, from its cue: a fact-checker mostly wants what people and
/// bodies said or wrote, and the rest (beliefs, findings, plans, positions taken) kept apart.
public enum ClaimClass: String, Sendable, Hashable, Codable, CaseIterable {
    /// Said aloud or on the record: "said", "told", "according to", a quotation with no cue.
    case speech
    /// Put in writing or posted: "wrote", "tweeted", "reported".
    case writing
    /// A belief, expectation or perception: "believes", "expects", "seemed".
    case thought
    /// What a study, poll or count found: "found", "showed", "estimated", "in a poll".
    case finding
    /// A plan, promise or threat: "vowed", "plans", "proposed".
    case intention
    /// A position taken for or against: "criticized", "backed", "urged", "called for".
    case stance
}
