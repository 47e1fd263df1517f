import ClaimsModel
import GRDB

extension ClaimStore {
    /// The actor `name` fits, with its counts, dates, aliases, outlets and corrections.
    ///
    /// - Throws: `StoreError` of kind `.badQuery` when `name` fits no actor or several.
    public func profile(of name: String) throws(StoreError) -> ActorProfile {
        try reading { db in try profile(of: try oneEntity(named: name, in: db), in: db) }
    }

    /// The profile of one entity, found by name or by id.
    func profile(of entity: (id: Int64, name: String, kind: ActorKind), in db: Database) throws
        -> ActorProfile
    {
        let counts = try Row.fetchOne(
            db,
            sql: """
                SELECT claim_count, source_count,
                    -- Articles it speaks or is a source in, plus those that mention it, less those
                    -- that do both. mentions has no index by entity (the writer appends it by
                    -- article), so the mentioning articles come from mention_count, which the
                    -- writer and corrections keep exact, and the overlap from probes by article:
                    -- a union over mentions would read the whole table.
                    (SELECT count(*) FROM (SELECT DISTINCT article_id FROM claims WHERE actor_id = ?1 OR source_id = ?1))
                    + mention_count
                    - (SELECT count(*) FROM (SELECT DISTINCT article_id FROM claims WHERE actor_id = ?1 OR source_id = ?1) a
                        WHERE EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = a.article_id AND m.entity_id = ?1)),
                    (SELECT min(date) FROM claims WHERE actor_id = ?1 OR source_id = ?1),
                    (SELECT max(date) FROM claims WHERE actor_id = ?1 OR source_id = ?1)
                FROM entities WHERE id = ?1
                """, arguments: [entity.id])!
        let aliases = try String.fetchAll(
            db, sql: "SELECT key FROM entity_aliases WHERE entity_id = ? ORDER BY length(key) DESC, key",
            arguments: [entity.id])
        let outlets = try Row.fetchAll(
            db,
            sql: """
                SELECT o.name, os.actor_count FROM outlets o
                -- Outlet by outlet through outlet_sources' key (outlet, entity): it has no index by
                -- entity, and left to itself SQLite reads all of it (0.3 s on a 1M-claim archive).
                CROSS JOIN outlet_sources os ON os.outlet_id = o.id AND os.entity_id = ?
                WHERE os.actor_count > 0 ORDER BY os.actor_count DESC, o.name
                """, arguments: [entity.id]
        ).map { ActorProfile.Outlet(name: $0[0], claims: $0[1]) }
        return ActorProfile(
            name: entity.name, kind: entity.kind, claims: counts[0], asSource: counts[1],
            articles: counts[2],
            firstDate: (counts[3] as String?).flatMap { ClaimDate(parsing: $0) },
            lastDate: (counts[4] as String?).flatMap { ClaimDate(parsing: $0) }, aliases: aliases,
            outlets: outlets, decisions: try decisions(in: db, id: nil, about: entity.id))
    }
}
