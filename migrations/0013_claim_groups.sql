-- Claim groups: the claims that carry one statement of one actor (the same quoted words, a part
-- of a longer quotation, or a close paraphrase; StatementSketch and StatementComparison). A
-- group is named by its first stored claim, which has group_id NULL; every later claim of the
-- group has group_id = that claim's id, so the partial index holds only the repeats. Claims
-- stored before this migration are each a group of their own until their articles are ingested
-- into a new archive (`claims rebuild`).
ALTER TABLE claims ADD COLUMN group_id INTEGER REFERENCES claims(id);
CREATE INDEX claims_by_group ON claims(group_id, date) WHERE group_id IS NOT NULL;

-- The index keys of each grouped claim's statement, mixed with its actor's id: the whole
-- statement and its winnowed content-word pairs. A new claim looks up its own keys here, so
-- the cost of grouping it does not grow with the archive.
CREATE TABLE claim_keys (
    key INTEGER NOT NULL,
    -- No foreign key: checking one per row cost more than the index itself; claims are never
    -- deleted one by one.
    claim_id INTEGER NOT NULL,
    PRIMARY KEY (key, claim_id)
) WITHOUT ROWID;

-- Distinct statements per actor (groups whose first claim is theirs), kept by the writer.
ALTER TABLE entities ADD COLUMN statement_count INTEGER NOT NULL DEFAULT 0;
UPDATE entities SET statement_count = claim_count;
