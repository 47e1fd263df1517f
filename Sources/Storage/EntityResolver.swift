import ClaimsModel
import GRDB

/// Finds or creates the entity a name stands for, so one person is one entity across articles.
///
/// Joining is conservative: a claim filed under the wrong person is worse than two entities for
/// one. A name is looked up by its full key ("nebojsa stefanovic"); a person's full name joins
/// another only when the two are compatible as full names (same first and last word, middle
/// names agreeing word for word or by initial: "Donald Trump" = "Donald J. Trump"). A surname,
/// a title with a surname or a description never joins anyone. An unnamed speaker ("a senior
/// official") gets an entity of its own article, never shared.
///
/// Keys resolved in this process are cached; the cache forgets what a rolled-back article added.
final class EntityResolver {
    private let folder: NameFolder
    /// Name as written, plus kind, to entity id: most names recur, and folding costs more than this.
    private var byName: [NameAndKind: ResolvedEntity] = [:]
    private var byKey: [String: Int64] = [:]
    private var outletsByKey: [String: Int64] = [:]
    /// Outlet name as written to its key: a pure function of the name, so never undone.
    private var outletKeys: [String: String] = [:]
    /// What the current article added to the caches, to undo if it rolls back.
    private var journal: [Undo] = []

    private struct NameAndKind: Hashable {
        var name: String
        var kind: ActorKind
    }

    private enum Undo {
        case name(NameAndKind), key(String), outlet(String)
    }

    /// Past this many cached names the caches start over, keeping memory bounded on huge ingests.
    private static let cacheLimit = 200_000

    init(folder: NameFolder) {
        self.folder = folder
    }

    /// Forgets everything: after a failed transaction nothing cached can be trusted.
    func reset() {
        byName.removeAll(keepingCapacity: true)
        byKey.removeAll(keepingCapacity: true)
        outletsByKey.removeAll(keepingCapacity: true)
        outletKeys.removeAll(keepingCapacity: true)
        journal.removeAll()
    }

    /// Starts an article: what it adds to the caches can be undone.
    func beginArticle() {
        journal.removeAll(keepingCapacity: true)
        if byName.count > Self.cacheLimit { reset() }
    }

    /// Undoes the cache entries of an article whose savepoint rolled back.
    func rollBackArticle() {
        for undo in journal {
            switch undo {
            case .name(let name): byName[name] = nil
            case .key(let key): byKey[key] = nil
            case .outlet(let key): outletsByKey[key] = nil
            }
        }
        journal.removeAll(keepingCapacity: true)
    }

    /// The key an outlet's name is stored and found under.
    func outletKey(_ name: String) -> String {
        if let key = outletKeys[name] { return key }
        let key = folder.key(OutletName.cleaned(name), kind: .outlet)
        outletKeys[name] = key
        return key
    }

    /// The id of the outlet named `name`, created if new; `nil` for a name without letters.
    func outlet(named name: String, domain: String?, in db: ResolverStatements) throws -> Int64? {
        let key = outletKey(name)
        guard !key.isEmpty else { return nil }
        if let id = outletsByKey[key] { return id }
        let id: Int64
        db.findOutlet.bind(1, key)
        if let found = try db.findOutlet.firstInteger() {
            id = found
            if let domain {
                db.setOutletDomain.bind(1, domain)
                db.setOutletDomain.bind(2, id)
                try db.setOutletDomain.run()
            }
        } else {
            db.insertOutlet.bind(1, OutletName.cleaned(name))
            db.insertOutlet.bind(2, key)
            db.insertOutlet.bind(3, domain)
            try db.insertOutlet.run()
            id = db.lastInsertedRowID
        }
        outletsByKey[key] = id
        journal.append(.outlet(key))
        return id
    }

    /// The entity `name` stands for, created if new; `nil` for a name without letters.
    ///
    /// With `article`, the name is an unnamed speaker's description ("a spokesman"): the entity
    /// belongs to that article alone, so every "a spokesman" of the archive is not one person.
    func entity(named name: String, kind: ActorKind, article: Int64? = nil, in db: ResolverStatements)
        throws -> ResolvedEntity?
    {
        if let article { return try unnamed(name, kind: kind, article: article, in: db) }
        let nameAndKind = NameAndKind(name: name, kind: kind)
        if let entity = byName[nameAndKind] { return entity }
        let words = folder.words(name, kind: kind)
        guard !words.isEmpty else { return nil }
        let key = words.joined(separator: " ")
        let id = try byKey[key] ?? resolve(name: name, key: key, words: words, kind: kind, in: db)
        let entity = ResolvedEntity(id: id, key: key)
        byName[nameAndKind] = entity
        journal.append(.name(nameAndKind))
        return entity
    }

    /// The entity of an unnamed speaker in one article: found again by the same description
    /// there, never joined to anything else. Not cached: it recurs only within its article.
    private func unnamed(_ name: String, kind: ActorKind, article: Int64, in db: ResolverStatements)
        throws -> ResolvedEntity?
    {
        let words = NameFolder.foldedWords(name)
        guard !words.isEmpty else { return nil }
        let description = words.joined(separator: " ")
        let key = description + " @" + String(article)
        db.findEntity.bind(1, key)
        if let row = try db.findEntity.firstRow(columns: 2) { return ResolvedEntity(id: row[0], key: key) }
        db.insertUnnamed.bind(1, kind.rawValue)
        db.insertUnnamed.bind(2, name)
        db.insertUnnamed.bind(3, key)
        db.insertUnnamed.bind(4, article)
        try db.insertUnnamed.run()
        let id = db.lastInsertedRowID
        try addAlias(description, id, in: db)
        return ResolvedEntity(id: id, key: key)
    }

    private func resolve(
        name: String, key: String, words: [String], kind: ActorKind, in db: ResolverStatements
    )
        throws -> Int64
    {
        let id =
            try existing(key: key, words: words, kind: kind, in: db)
            ?? create(name: name, key: key, words: words, kind: kind, in: db)
        byKey[key] = id
        journal.append(.key(key))
        return id
    }

    private func existing(key: String, words: [String], kind: ActorKind, in db: ResolverStatements)
        throws -> Int64?
    {
        db.findEntity.bind(1, key)
        if let row = try db.findEntity.firstRow(columns: 2) {
            let id = row[0]
            if row[1] == 1 && kind != .unknown {
                db.setEntityKind.bind(1, kind.rawValue)
                db.setEntityKind.bind(2, id)
                try db.setEntityKind.run()
            }
            return id
        }
        if let findDecidedAlias = db.findDecidedAlias {
            findDecidedAlias.bind(1, key)
            if let id = try findDecidedAlias.firstInteger() { return id }
        }
        // A short form an article defined for an organisation ("IMF").
        if kind == .organization || kind == .unknown {
            db.findOrganizationAlias.bind(1, key)
            if let id = try db.findOrganizationAlias.firstInteger() { return id }
        }
        guard kind == .person || kind == .unknown, words.count >= 2 else { return nil }
        // Full names filed under the same first and last word: the first compatible one.
        db.findPeopleByFirstAndLast.bind(1, words[0] + " " + words[words.count - 1])
        for (id, otherKey) in try db.findPeopleByFirstAndLast.idsAndKeys(limit: 16)
        where Self.compatible(words, otherKey.split(separator: " ").map(String.init)) {
            try addAlias(key, id, in: db)
            return id
        }
        return nil
    }

    /// Whether two full names with the same first and last word can name one person: their
    /// middle names, where both have them, agree word for word or by initial ("j" = "john").
    static func compatible(_ a: [String], _ b: [String]) -> Bool {
        guard a.count >= 2, b.count >= 2, a[0] == b[0], a[a.count - 1] == b[b.count - 1] else {
            return false
        }
        let (short, long) =
            a.count <= b.count
            ? (a.dropFirst().dropLast(), b.dropFirst().dropLast())
            : (b.dropFirst().dropLast(), a.dropFirst().dropLast())
        guard !short.isEmpty else { return true }
        // Every middle of the shorter name, in order, matches one of the longer's.
        var rest = long[...]
        for word in short {
            guard let match = rest.firstIndex(where: { agree(word, $0) }) else { return false }
            rest = rest[(match + 1)...]
        }
        return true
    }

    private static func agree(_ a: String, _ b: String) -> Bool {
        a == b || (a.count == 1 && b.hasPrefix(a)) || (b.count == 1 && a.hasPrefix(b))
    }

    private func create(
        name: String, key: String, words: [String], kind: ActorKind, in db: ResolverStatements
    )
        throws -> Int64
    {
        db.insertEntity.bind(1, kind.rawValue)
        db.insertEntity.bind(2, name)
        db.insertEntity.bind(3, key)
        try db.insertEntity.run()
        let id = db.lastInsertedRowID
        try addAlias(key, id, in: db)
        if words.count > 1 && (kind == .person || kind == .unknown) {
            // "Donald John Trump" is found by "donald trump" for the next full name to join.
            if words.count > 2 { try addAlias(words[0] + " " + words[words.count - 1], id, in: db) }
            // A surname alone finds the people it may mean in search; it never joins a name.
            try addAlias(words[words.count - 1], id, in: db)
        }
        return id
    }

    /// Makes the short form an article defines ("IMF" for "the International Monetary Fund
    /// (IMF)") find and file under the full name's entity in later articles, unless the short
    /// form is already an actor of its own (`claims actors merge` joins the two then).
    func defineAbbreviation(_ short: String, for full: String, in db: ResolverStatements) throws {
        let key = folder.key(short, kind: .organization)
        guard !key.isEmpty, byKey[key] == nil,
            let entity = try entity(named: full, kind: .organization, in: db), entity.key != key
        else { return }
        db.findEntity.bind(1, key)
        if try db.findEntity.firstRow(columns: 2) != nil { return }
        try addAlias(key, entity.id, in: db)
    }

    private func addAlias(_ key: String, _ id: Int64, in db: ResolverStatements) throws {
        db.insertAlias.bind(1, key)
        db.insertAlias.bind(2, id)
        try db.insertAlias.run()
    }
}

/// The statements entity resolution runs, prepared once per write batch on its connection.
struct ResolverStatements {
    let db: Database
    let findOutlet: StatementBinding
    let setOutletDomain: StatementBinding
    let insertOutlet: StatementBinding
    let findEntity: StatementBinding
    /// Set only when the archive holds alias decisions.
    let findDecidedAlias: StatementBinding?
    let setEntityKind: StatementBinding
    let findPeopleByFirstAndLast: StatementBinding
    let findOrganizationAlias: StatementBinding
    let insertEntity: StatementBinding
    let insertUnnamed: StatementBinding
    let insertAlias: StatementBinding

    init(_ db: Database) throws {
        self.db = db
        func prepare(_ sql: String) throws -> StatementBinding {
            StatementBinding(try db.makeStatement(sql: sql))
        }
        findOutlet = try prepare("SELECT id FROM outlets WHERE key = ?")
        setOutletDomain = try prepare("UPDATE outlets SET domain = ? WHERE id = ? AND domain IS NULL")
        insertOutlet = try prepare("INSERT INTO outlets (name, key, domain) VALUES (?, ?, ?)")
        // A merged entity's name files under the entity it joined.
        findEntity = try prepare(
            "SELECT coalesce(merged_into, id), kind = 'unknown' FROM entities WHERE key = ?")
        // An alias a person added files under its entity; most archives have none, and then
        // no name pays for the lookup.
        let hasAliases = try Bool.fetchOne(
            db,
            sql: "SELECT EXISTS (SELECT 1 FROM entity_decisions WHERE action = 'alias' AND undone_at IS NULL)"
        )
        findDecidedAlias =
            hasAliases == true
            ? try prepare(
                """
                SELECT entity_id FROM entity_decisions
                WHERE action = 'alias' AND detail = ? AND undone_at IS NULL LIMIT 1
                """) : nil
        setEntityKind = try prepare("UPDATE entities SET kind = ? WHERE id = ?")
        findPeopleByFirstAndLast = try prepare(
            """
            SELECT e.id, e.key FROM entity_aliases a JOIN entities e ON e.id = a.entity_id
            WHERE a.key = ? AND e.kind IN ('person', 'unknown') AND e.article_id IS NULL
                AND e.merged_into IS NULL
            ORDER BY e.id LIMIT 16
            """)
        insertEntity = try prepare("INSERT INTO entities (kind, name, key) VALUES (?, ?, ?)")
        insertUnnamed = try prepare(
            "INSERT INTO entities (kind, name, key, article_id) VALUES (?, ?, ?, ?)")
        insertAlias = try prepare("INSERT OR IGNORE INTO entity_aliases (key, entity_id) VALUES (?, ?)")
        findOrganizationAlias = try prepare(
            """
            SELECT e.id FROM entity_aliases a JOIN entities e ON e.id = a.entity_id
            WHERE a.key = ? AND e.key <> a.key AND e.kind = 'organization' AND e.article_id IS NULL
                AND e.merged_into IS NULL
            ORDER BY e.id LIMIT 1
            """)
    }

    /// The rowid of the last row inserted on the connection.
    var lastInsertedRowID: Int64 { db.lastInsertedRowID }
}

/// An entity found for a name: its id, and the folded key of the name as written.
struct ResolvedEntity {
    var id: Int64
    var key: String
}
