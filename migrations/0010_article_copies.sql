-- One article, once: a second file of a stored article (its .txt beside its .html, a re-crawl
-- with a changed footer) has the same canonical URL and another body. It is recorded here, not
-- stored as an article, so its claims do not count twice; its hash makes a later ingest of the
-- same file "unchanged". Articles stored before this migration have no canonical URL and are
-- not matched.
ALTER TABLE articles ADD COLUMN canonical_url TEXT;
CREATE INDEX articles_by_canonical_url ON articles(canonical_url) WHERE canonical_url IS NOT NULL;

CREATE TABLE article_copies (
    id INTEGER PRIMARY KEY,
    -- The stored article this is a copy of.
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    article_key TEXT NOT NULL,
    url TEXT,
    source_path TEXT,
    content_hash BLOB NOT NULL UNIQUE,
    ingested_at TEXT NOT NULL
);
CREATE INDEX article_copies_by_article ON article_copies(article_id);
