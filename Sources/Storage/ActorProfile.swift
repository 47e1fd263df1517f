import ClaimsModel

/// Everything the archive knows of one actor, as `claims actors show` prints it.
public struct ActorProfile: Sendable, Hashable {
    /// An outlet and how many of the actor's claims it carries.
    public struct Outlet: Sendable, Hashable {
        public var name: String
        public var claims: Int
    }

    public var name: String
    public var kind: ActorKind
    public var claims: Int
    /// Claims that reached an article through this actor.
    public var asSource: Int
    /// Articles that quote, credit or mention the actor.
    public var articles: Int
    public var firstDate: ClaimDate?
    public var lastDate: ClaimDate?
    /// The folded names the actor is found and filed under ("barack obama", "obama").
    public var aliases: [String]
    /// The outlets that quote the actor, most claims first.
    public var outlets: [Outlet]
    /// The corrections made about the actor, oldest first.
    public var decisions: [EntityDecision]
}
