-- A class for every claim: the act its cue reports (speech, writing, thought, finding,
-- intention, stance; ClaimClass). Claims stored before this migration have none (NULL) until
-- their articles are ingested into a new archive. The view gains the column.
ALTER TABLE claims ADD COLUMN class TEXT;
CREATE INDEX claims_by_class ON claims(class, date);

DROP VIEW claim_rows;
CREATE VIEW claim_rows AS
SELECT
    c.id AS claim_id,
    c.date,
    o.name AS outlet,
    ae.name AS actor,
    ae.kind AS actor_kind,
    c.cue,
    c.class,
    c.kind,
    se.name AS source,
    coalesce(c.content, substr(a.body, c.content_start + 1, c.content_end - c.content_start)) AS content,
    a.title,
    a.url,
    a.article_key,
    c.confidence
FROM claims c
JOIN articles a ON a.id = c.article_id
LEFT JOIN outlets o ON o.id = c.outlet_id
LEFT JOIN entities ae ON ae.id = c.actor_id
LEFT JOIN entities se ON se.id = c.source_id;
