import ClaimsModel

/// What a speaker phrase says about its actor: the name to file it under, its kind, and how
/// the article describes it.
struct ActorReading: Sendable {
    /// "Chloe Poorkazemi", "Tasnim", "analysts"; for a pronoun, the pronoun itself.
    var name: String
    var kind: ActorKind
    /// "Bucharest-based international affairs doctoral student", "an Iranian-Swedish dentist".
    var description: String?
    /// Set for a pronoun ("he", "they") that must be resolved to an earlier actor.
    var pronoun: ExtractionVocabulary.ActorKindHint?
    /// Whether `name` is a proper name (capitalised), which can be shortened and resolved.
    var isProperName: Bool
}
