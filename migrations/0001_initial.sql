-- The archive's first schema. Never edit this file once it has shipped: add 0002_*.sql instead.
--
-- Dates are TEXT as far as they are known ('2025', '2025-03', '2025-03-24'): ISO text sorts
-- chronologically and a partial date sorts before every day it covers, so range filters are
-- plain comparisons on an index. The precision is the length of the text (a virtual column).
-- Offsets count Unicode code points of articles.body (SQLite's substr() counts the same way).

-- Publishers of ingested articles, with running totals kept by the writer so `claims outlets`
-- never scans the claims.
CREATE TABLE outlets (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    -- Folded name: lower case, no diacritics, no leading "the".
    key TEXT NOT NULL UNIQUE,
    domain TEXT,
    article_count INTEGER NOT NULL DEFAULT 0,
    claim_count INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    outlet_id INTEGER REFERENCES outlets(id),
    -- The file name, or the record's id for JSON input.
    article_key TEXT NOT NULL,
    external_id TEXT,
    url TEXT,
    title TEXT,
    -- One author per line.
    authors TEXT,
    section TEXT,
    language TEXT,
    date TEXT,
    date_precision TEXT GENERATED ALWAYS AS (
        CASE length(date) WHEN 4 THEN 'year' WHEN 7 THEN 'month' WHEN 10 THEN 'day' END) VIRTUAL,
    -- 'flag', 'metadata' or 'inferred'.
    date_basis TEXT,
    -- The text exactly as given: every offset points into it.
    body TEXT NOT NULL,
    -- SHA-256 of the body's UTF-8 bytes: the same body is the same article.
    content_hash BLOB NOT NULL UNIQUE,
    source_path TEXT,
    ingested_at TEXT NOT NULL
);

-- Every actor or source, across articles, with running totals kept by the writer.
CREATE TABLE entities (
    id INTEGER PRIMARY KEY,
    -- 'person', 'organization', 'group', 'outlet' or 'unknown'.
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    -- Folded name: case, diacritics and titles removed ("nebojsa stefanovic").
    key TEXT NOT NULL UNIQUE,
    claim_count INTEGER NOT NULL DEFAULT 0,
    source_count INTEGER NOT NULL DEFAULT 0,
    mention_count INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX entities_by_claims ON entities(claim_count);

-- Folded keys under which an entity is found: its full key, its names as written elsewhere,
-- and a person's surname alone.
CREATE TABLE entity_aliases (
    key TEXT NOT NULL,
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    PRIMARY KEY (key, entity_id)
) WITHOUT ROWID;

CREATE TABLE claims (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id),
    -- Copied from the article so outlet filters and date order share one index.
    outlet_id INTEGER REFERENCES outlets(id),
    actor_id INTEGER REFERENCES entities(id),
    -- The speaker as written at this claim ("he").
    actor_text TEXT,
    actor_description TEXT,
    source_id INTEGER REFERENCES entities(id),
    cue TEXT,
    kind TEXT NOT NULL CHECK (kind IN ('direct', 'indirect', 'mixed')),
    -- NULL when the content is exactly substr(body, content_start + 1, content_end - content_start),
    -- as it nearly always is: the body is not stored twice.
    content TEXT,
    content_start INTEGER NOT NULL,
    content_end INTEGER NOT NULL,
    speaker_start INTEGER,
    speaker_end INTEGER,
    cue_start INTEGER,
    cue_end INTEGER,
    date TEXT,
    date_precision TEXT GENERATED ALWAYS AS (
        CASE length(date) WHEN 4 THEN 'year' WHEN 7 THEN 'month' WHEN 10 THEN 'day' END) VIRTUAL,
    -- 'article' or 'text'.
    date_basis TEXT,
    confidence REAL NOT NULL
);
CREATE INDEX claims_by_article ON claims(article_id);
CREATE INDEX claims_by_actor ON claims(actor_id, date) WHERE actor_id IS NOT NULL;
CREATE INDEX claims_by_source ON claims(source_id, date) WHERE source_id IS NOT NULL;
CREATE INDEX claims_by_outlet ON claims(outlet_id, date);
CREATE INDEX claims_by_date ON claims(date);

-- The dates a claim's content mentions ("in August 2023" -> '2023-08').
CREATE TABLE claim_dates (
    claim_id INTEGER NOT NULL REFERENCES claims(id),
    date TEXT NOT NULL,
    PRIMARY KEY (claim_id, date)
) WITHOUT ROWID;

-- Where entities are named in an article, claim or no claim.
CREATE TABLE mentions (
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    article_id INTEGER NOT NULL REFERENCES articles(id),
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    PRIMARY KEY (entity_id, article_id, start)
) WITHOUT ROWID;

-- The actors and sources each outlet's claims are attributed to, kept by the writer, so
-- `claims sources --outlet X` reads a few rows instead of aggregating every claim of X.
CREATE TABLE outlet_sources (
    outlet_id INTEGER NOT NULL REFERENCES outlets(id),
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    -- Claims by this entity as actor, and claims that reached the outlet through it as source.
    actor_count INTEGER NOT NULL DEFAULT 0,
    source_count INTEGER NOT NULL DEFAULT 0,
    first_date TEXT,
    last_date TEXT,
    PRIMARY KEY (outlet_id, entity_id)
) WITHOUT ROWID;

-- Full text of claims and the names attached to them; rowid = claims.id. Contentless: the text
-- already lives in articles.body, and the writer inserts here itself (no per-row triggers).
CREATE VIRTUAL TABLE claim_search USING fts5(
    content, actor, source,
    content = '',
    tokenize = 'unicode61 remove_diacritics 2'
);

-- Words that stand before a name without being part of it ("Defense Minister Stefanović").
-- Name folding drops them from the front of a person's name; add rows to teach it more.
CREATE TABLE titles (word TEXT PRIMARY KEY) WITHOUT ROWID;
INSERT INTO titles (word) VALUES
    ('mr'), ('mrs'), ('ms'), ('miss'), ('dr'), ('prof'), ('professor'), ('sir'), ('dame'),
    ('lord'), ('lady'), ('president'), ('vice'), ('prime'), ('minister'), ('deputy'),
    ('foreign'), ('defense'), ('defence'), ('interior'), ('finance'), ('economy'), ('justice'),
    ('health'), ('trade'), ('energy'), ('secretary'), ('general'), ('gen'), ('lt'),
    ('lieutenant'), ('colonel'), ('col'), ('major'), ('maj'), ('captain'), ('capt'), ('admiral'),
    ('adm'), ('commander'), ('sergeant'), ('sgt'), ('senator'), ('sen'), ('representative'),
    ('rep'), ('congressman'), ('congresswoman'), ('governor'), ('gov'), ('mayor'), ('judge'),
    ('chancellor'), ('chairman'), ('chairwoman'), ('chair'), ('ceo'), ('chief'),
    ('spokesman'), ('spokeswoman'), ('spokesperson'), ('ambassador'), ('envoy'), ('king'),
    ('queen'), ('prince'), ('princess'), ('sheikh'), ('ayatollah'), ('imam'), ('pope'),
    ('cardinal'), ('bishop'), ('archbishop'), ('rabbi'), ('father'), ('reverend'), ('rev'),
    ('supreme'), ('leader'), ('speaker'), ('mp'), ('mep'), ('premier'), ('former'), ('acting'),
    ('opposition'), ('state'), ('national'), ('security'), ('adviser'), ('advisor'), ('official');
