-- Aggregate claims ("every ally except Hungary backs Rutte", "28 of 32 allies") and announced outcomes.
CREATE TABLE claims (
    id              INTEGER PRIMARY KEY,
    article_id      TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    seq             INTEGER NOT NULL,
    kind            TEXT NOT NULL CHECK (kind IN ('all_except', 'count', 'outcome')),
    candidate       TEXT NOT NULL,
    office          TEXT,
    excluded        TEXT NOT NULL DEFAULT '[]',   -- JSON list of member codes
    count           INTEGER,
    of_members      INTEGER,
    date            TEXT,
    date_precision  TEXT,
    evidence        TEXT NOT NULL,
    start_char      INTEGER NOT NULL,
    end_char        INTEGER NOT NULL,
    UNIQUE (article_id, seq)
);
CREATE INDEX claims_by_office ON claims (office, date);
