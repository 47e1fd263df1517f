/// A named person, organisation or outlet that an article names, whether or not it makes a claim.
///
/// Mentions let a search for someone who is named but never quoted say so instead of "nothing".
public struct Mention: Sendable, Hashable {
    /// The full name as resolved within the article ("Nebojša Stefanović").
    public var name: String
    public var kind: ActorKind
    /// Where the name stands in the body, as written.
    public var span: TextSpan

    public init(name: String, kind: ActorKind, span: TextSpan) {
        self.name = name
        self.kind = kind
        self.span = span
    }
}
