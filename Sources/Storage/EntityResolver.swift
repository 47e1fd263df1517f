import ClaimsModel
import GRDB

/// Finds or creates the entity a name stands for, so one person is one entity across articles.
///
/// A name is first looked up by its full key ("nebojsa stefanovic"). A lone surname
/// ("Defense Minister Stefanović" → `stefanovic`) joins the one person known by that surname; a
/// full name whose surname alone was stored earlier takes that entity over and completes it.
/// Otherwise a new entity is made, findable by its key and, for a person, its surname.
///
/// Keys resolved in this process are cached; the cache forgets what a rolled-back article added.
final class EntityResolver {
    private let folder: NameFolder
    /// Name as written, plus kind, to entity id: most names recur, and folding costs more than this.
    private var byName: [NameAndKind: ResolvedEntity] = [:]
    private var byKey: [String: Int64] = [:]
    private var outletsByKey: [String: Int64] = [:]
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

    /// The id of the outlet named `name`, created if new; `nil` for a name without letters.
    func outlet(named name: String, domain: String?, in db: ResolverStatements) throws -> Int64? {
        let key = folder.key(name, kind: .outlet)
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
            db.insertOutlet.bind(1, name)
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
    func entity(named name: String, kind: ActorKind, in db: ResolverStatements) throws -> ResolvedEntity? {
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

    private func resolve(
        name: String, key: String, words: [String], kind: ActorKind, in db: ResolverStatements
    )
        throws -> Int64
    {
        let id =
            try existing(name: name, key: key, words: words, kind: kind, in: db)
            ?? create(name: name, key: key, words: words, kind: kind, in: db)
        byKey[key] = id
        journal.append(.key(key))
        return id
    }

    private func existing(
        name: String, key: String, words: [String], kind: ActorKind, in db: ResolverStatements
    ) throws -> Int64? {
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
        guard kind == .person || kind == .unknown else { return nil }
        if words.count == 1 {
            // A surname alone: the person known by it, when there is exactly one.
            db.findPeopleByAlias.bind(1, key)
            let people = try db.findPeopleByAlias.integers(limit: 2)
            return people.count == 1 ? people[0] : nil
        }
        // A full name whose surname alone was stored first: complete that entity.
        let surname = words[words.count - 1]
        db.findPersonByKey.bind(1, surname)
        guard let id = try db.findPersonByKey.firstInteger() else { return nil }
        db.renameEntity.bind(1, name)
        db.renameEntity.bind(2, key)
        db.renameEntity.bind(3, id)
        try db.renameEntity.run()
        try addAlias(key, id, in: db)
        byKey[surname] = nil
        return id
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
            try addAlias(words[words.count - 1], id, in: db)
        }
        return id
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
    let setEntityKind: StatementBinding
    let findPeopleByAlias: StatementBinding
    let findPersonByKey: StatementBinding
    let renameEntity: StatementBinding
    let insertEntity: StatementBinding
    let insertAlias: StatementBinding

    init(_ db: Database) throws {
        self.db = db
        func prepare(_ sql: String) throws -> StatementBinding {
            StatementBinding(try db.makeStatement(sql: sql))
        }
        findOutlet = try prepare("SELECT id FROM outlets WHERE key = ?")
        setOutletDomain = try prepare("UPDATE outlets SET domain = ? WHERE id = ? AND domain IS NULL")
        insertOutlet = try prepare("INSERT INTO outlets (name, key, domain) VALUES (?, ?, ?)")
        findEntity = try prepare("SELECT id, kind = 'unknown' FROM entities WHERE key = ?")
        setEntityKind = try prepare("UPDATE entities SET kind = ? WHERE id = ?")
        findPeopleByAlias = try prepare(
            """
            SELECT a.entity_id FROM entity_aliases a JOIN entities e ON e.id = a.entity_id
            WHERE a.key = ? AND e.kind = 'person' LIMIT 2
            """)
        findPersonByKey = try prepare("SELECT id FROM entities WHERE key = ? AND kind = 'person'")
        renameEntity = try prepare("UPDATE entities SET name = ?, key = ? WHERE id = ?")
        insertEntity = try prepare("INSERT INTO entities (kind, name, key) VALUES (?, ?, ?)")
        insertAlias = try prepare("INSERT OR IGNORE INTO entity_aliases (key, entity_id) VALUES (?, ?)")
    }

    /// The rowid of the last row inserted on the connection.
    var lastInsertedRowID: Int64 { db.lastInsertedRowID }
}

/// An entity found for a name: its id, and the folded key of the name as written.
struct ResolvedEntity {
    var id: Int64
    var key: String
}
