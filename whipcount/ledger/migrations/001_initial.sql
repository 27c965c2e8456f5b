-- The first schema: articles, the stances extracted from them, and each member's positions over time.
-- Dates are ISO 8601 text (YYYY-MM-DD) so that any SQLite tool reads and sorts them.

CREATE TABLE articles (
    id            TEXT PRIMARY KEY,
    content_hash  TEXT NOT NULL UNIQUE,      -- sha256 of the normalised body: duplicates are found by it
    title         TEXT NOT NULL,
    text          TEXT NOT NULL,
    published     TEXT,
    url           TEXT,
    source        TEXT,
    origin        TEXT,                      -- the file (and line) the article was read from
    ingested_at   TEXT NOT NULL
);

CREATE TABLE stances (
    id             INTEGER PRIMARY KEY,
    article_id     TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    seq            INTEGER NOT NULL,         -- order within the article
    actor          TEXT NOT NULL,
    actor_country  TEXT,
    stance         TEXT NOT NULL CHECK (stance IN
                   ('support', 'oppose', 'abstain', 'undecided', 'candidacy', 'withdrawal')),
    target         TEXT NOT NULL,
    office         TEXT,
    conditions     TEXT NOT NULL DEFAULT '[]',   -- JSON list of strings
    date           TEXT,
    date_precision TEXT,
    evidence       TEXT NOT NULL,
    start_char     INTEGER NOT NULL,
    end_char       INTEGER NOT NULL,
    confidence     REAL NOT NULL,
    extractor      TEXT NOT NULL,            -- whipcount version that extracted it
    UNIQUE (article_id, seq)
);
CREATE INDEX stances_by_position ON stances (office, target, actor_country);

-- Derived from stances: rebuilt for a (office, candidate, member) whenever one of its stances changes.
-- One row per date on which the member's stance was stated; a row whose `since` equals its `valid_from` is a
-- change of position, the others restate it.
CREATE TABLE positions (
    id             INTEGER PRIMARY KEY,
    office         TEXT NOT NULL,
    candidate      TEXT NOT NULL,
    member         TEXT NOT NULL,
    stance         TEXT NOT NULL,
    since          TEXT NOT NULL,            -- when the member took this stance (start of the unchanged run)
    valid_from     TEXT NOT NULL,            -- this statement's date
    valid_until    TEXT,                     -- exclusive; NULL while it is the latest statement
    date_precision TEXT,                     -- the precision of `since`
    stance_id      INTEGER REFERENCES stances(id) ON DELETE CASCADE,  -- the latest stance stated that day (NULL when a correction sets it)
    sources        INTEGER NOT NULL DEFAULT 1,   -- stances (articles, sentences) that report it up to this date
    conflict_id    INTEGER REFERENCES stances(id) ON DELETE SET NULL,  -- a report of that day that disagrees
    UNIQUE (office, candidate, member, valid_from)
);
CREATE INDEX positions_as_of ON positions (office, valid_from, valid_until);
