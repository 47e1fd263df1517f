"""Checks of a claims archive shared by scripts/crash-test and scripts/fault-test."""
import sqlite3
from contextlib import closing


def counts(db):
    with closing(sqlite3.connect(db)) as conn:
        return conn.execute("SELECT count(*) FROM articles").fetchone()[0], \
            conn.execute("SELECT count(*) FROM claims").fetchone()[0]


def problems(db, reference_counts):
    """Everything wrong with the archive after a kill, as sentences (empty: all is well)."""
    found = []
    conn = sqlite3.connect(db)
    try:
        integrity = conn.execute("PRAGMA integrity_check").fetchall()
        if integrity != [("ok",)]:
            found.append(f"integrity_check: {integrity[:3]}")
        checks = {
            "articles whose claim_count differs from their claims":
                "SELECT count(*) FROM articles a WHERE a.claim_count IS NOT "
                "(SELECT count(*) FROM claims c WHERE c.article_id = a.id)",
            "claims without their article":
                "SELECT count(*) FROM claims c WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = c.article_id)",
            "claim dates without their claim":
                "SELECT count(*) FROM claim_dates d WHERE NOT EXISTS (SELECT 1 FROM claims c WHERE c.id = d.claim_id)",
            "mentions without their article":
                "SELECT count(*) FROM mentions m WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = m.article_id)",
            "outlets whose article total differs from their articles":
                "SELECT count(*) FROM outlets o LEFT JOIN (SELECT outlet_id, count(*) AS n FROM articles "
                "GROUP BY outlet_id) x ON x.outlet_id = o.id WHERE o.article_count <> coalesce(x.n, 0)",
            "outlets whose claim total differs from their claims":
                "SELECT count(*) FROM outlets o WHERE o.claim_count <> "
                "(SELECT count(*) FROM claims c WHERE c.outlet_id = o.id)",
        }
        # The full-text index keeps no per-row sizes (it cannot be counted); FTS5 checks its own
        # structure, and the claims it finds must exist.
        try:
            conn.execute("INSERT INTO claim_search (claim_search, rank) VALUES ('integrity-check', 0)")
        except sqlite3.DatabaseError as error:
            found.append(f"the full-text index fails its integrity-check: {error}")
        checks["full-text matches without their claim"] = (
            "SELECT count(*) FROM claim_search s WHERE claim_search MATCH 'said OR told OR says' "
            "AND NOT EXISTS (SELECT 1 FROM claims c WHERE c.id = s.rowid)")
        for sentence, sql in checks.items():
            n = conn.execute(sql).fetchone()[0]
            if n:
                found.append(f"{n} {sentence}")
        # The same body must carry the same number of claims as in the uninterrupted reference.
        wrong = 0
        for digest, claims in conn.execute("SELECT content_hash, claim_count FROM articles"):
            if reference_counts.get(digest) != claims:
                wrong += 1
        if wrong:
            found.append(f"{wrong} articles whose claims differ from the uninterrupted ingest")
    finally:
        conn.close()
    return found
