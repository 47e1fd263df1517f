-- One story, counted once: each article keeps the 16 band keys of a sketch of its body
-- (BodyFingerprint: 64 MinHash minima over five-word shingles), so a near-identical body is
-- found at ingest. In the same outlet (or without one) it is a copy (article_copies,
-- with its overlap); in another outlet it is stored as that outlet's article and linked to the
-- story's first article by story_id (NULL for a story's first article). Articles stored before
-- this migration have no band keys and are not matched.
ALTER TABLE articles ADD COLUMN story_id INTEGER REFERENCES articles(id);
CREATE INDEX articles_by_story ON articles(story_id) WHERE story_id IS NOT NULL;

CREATE TABLE article_bands (
    band INTEGER NOT NULL,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    PRIMARY KEY (band, article_id)
) WITHOUT ROWID;

-- How much of the copy's text the stored article has; NULL for a copy found by its URL.
ALTER TABLE article_copies ADD COLUMN overlap REAL;
