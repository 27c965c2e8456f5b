-- Races declared by hand, corrections of positions by people, and the audit log of every correction.

CREATE TABLE races (
    id           INTEGER PRIMARY KEY,
    office       TEXT NOT NULL,
    opens        TEXT,                       -- the race's window, YYYY-MM-DD (either end may be open)
    closes       TEXT,
    declared_by  TEXT NOT NULL,
    note         TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL
);

CREATE TABLE race_candidates (
    race_id    INTEGER NOT NULL REFERENCES races(id) ON DELETE CASCADE,
    candidate  TEXT NOT NULL,
    PRIMARY KEY (race_id, candidate)
);

-- A correction sets a member's position toward a candidate from a date ('set'), takes it back to no position
-- from a date ('retract'), or sets aside one extracted stance ('ignore'). Re-extraction never touches these.
CREATE TABLE corrections (
    id          INTEGER PRIMARY KEY,
    action      TEXT NOT NULL CHECK (action IN ('set', 'retract', 'ignore')),
    office      TEXT NOT NULL,
    candidate   TEXT NOT NULL,
    member      TEXT NOT NULL,
    stance      TEXT CHECK (stance IN ('support', 'oppose', 'abstain', 'undecided')),
    date        TEXT,
    stance_id   INTEGER REFERENCES stances(id) ON DELETE SET NULL,
    author      TEXT NOT NULL,
    note        TEXT NOT NULL,
    created_at  TEXT NOT NULL
);
CREATE INDEX corrections_by_position ON corrections (office, candidate, member);

CREATE TABLE audit_log (
    id       INTEGER PRIMARY KEY,
    at       TEXT NOT NULL,
    author   TEXT NOT NULL,
    action   TEXT NOT NULL,
    details  TEXT NOT NULL                  -- JSON: what was changed, with the note
);

ALTER TABLE positions ADD COLUMN correction_id INTEGER REFERENCES corrections(id) ON DELETE CASCADE;
