-- A view for plain SQL and Datasette: one readable row per claim. claims.content is NULL in
-- nearly every row (the text is a span of articles.body) and claim_search is contentless, so a
-- person in `sqlite3` saw empty columns; this view puts the text, names, outlet and article
-- side by side. Full-text search from SQL goes through claim_search for the ids:
--   SELECT * FROM claim_rows WHERE claim_id IN
--     (SELECT rowid FROM claim_search WHERE claim_search MATCH 'tariff');
CREATE VIEW claim_rows AS
SELECT
    c.id AS claim_id,
    c.date,
    o.name AS outlet,
    ae.name AS actor,
    ae.kind AS actor_kind,
    c.cue,
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
