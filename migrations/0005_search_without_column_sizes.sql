-- The full-text index without per-row column sizes (columnsize=0). Ranking by BM25 read one
-- row of claim_search_docsize per match: on a 1M-claim archive a frequent pair of words
-- ("oil prices", 5,000 matches) took 35 ms, without it 6 ms. BM25 then ranks by how often and
-- how rarely the words occur, without normalising for the length of a claim (claims are all
-- a sentence or two long). It also saves a row per claim on disk and in the writer.
DROP TABLE claim_search;
CREATE VIRTUAL TABLE claim_search USING fts5(
    content, actor, source,
    content = '',
    columnsize = 0,
    tokenize = 'unicode61 remove_diacritics 2'
);
-- Names as the writer indexes them: as written, plus the folded key when it differs.
INSERT INTO claim_search (rowid, content, actor, source)
    SELECT c.id, coalesce(c.content, substr(a.body, c.content_start + 1, c.content_end - c.content_start)),
        ae.name || CASE WHEN ae.key <> lower(ae.name) THEN ' ' || ae.key ELSE '' END,
        se.name || CASE WHEN se.key <> lower(se.name) THEN ' ' || se.key ELSE '' END
    FROM claims c
    JOIN articles a ON a.id = c.article_id
    LEFT JOIN entities ae ON ae.id = c.actor_id
    LEFT JOIN entities se ON se.id = c.source_id;
