-- Mentions keyed by article first: the writer appends them in article order instead of
-- scattering them over the whole table by entity (a third of the writer's B-tree work).
-- How many articles mention an entity is entities.mention_count, kept by the writer, so no
-- query needs them by entity.
CREATE TABLE mentions_by_article (
    article_id INTEGER NOT NULL REFERENCES articles(id),
    start INTEGER NOT NULL,
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    "end" INTEGER NOT NULL,
    PRIMARY KEY (article_id, start, entity_id)
) WITHOUT ROWID;
INSERT INTO mentions_by_article (article_id, start, entity_id, "end")
    SELECT article_id, start, entity_id, "end" FROM mentions;
DROP TABLE mentions;
ALTER TABLE mentions_by_article RENAME TO mentions;
