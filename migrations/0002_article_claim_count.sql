-- How many claims each article was stored with, written in the same statement as the article,
-- so a check can prove that no article lost claims and no claims lost their article (a crash
-- can only ever leave whole batches: see scripts/crash-test).
ALTER TABLE articles ADD COLUMN claim_count INTEGER;
UPDATE articles SET claim_count = (SELECT count(*) FROM claims WHERE claims.article_id = articles.id);
