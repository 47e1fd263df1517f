-- Corrections people make to who is who: kept as decisions so later ingests respect them and
-- each can be undone. A merged entity stays, empty, pointing at the one it joined, so the next
-- article that names it files its claims under the merged entity.
ALTER TABLE entities ADD COLUMN merged_into INTEGER REFERENCES entities(id);
CREATE TABLE entity_decisions (
    id INTEGER PRIMARY KEY,
    -- 'merge' (entity_id into target_id), 'rename' (entity_id), 'alias' (a name for entity_id)
    -- or 'split' (one article's part of entity_id moved to target_id).
    action TEXT NOT NULL CHECK (action IN ('merge', 'rename', 'alias', 'split')),
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    target_id INTEGER REFERENCES entities(id),
    -- merge: the merged entity's name; rename: the name before; alias: the folded name added;
    -- split: the article's key.
    detail TEXT,
    -- What the decision changed, as JSON, for undo: claim ids moved as actor and as source,
    -- mentions moved (article id, start), alias keys added.
    changes TEXT NOT NULL DEFAULT '{}',
    made_at TEXT NOT NULL,
    undone_at TEXT
);
CREATE INDEX entity_decisions_by_alias ON entity_decisions(detail) WHERE action = 'alias' AND undone_at IS NULL;
