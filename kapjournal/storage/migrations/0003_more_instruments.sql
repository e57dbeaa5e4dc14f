-- Schema 3: more questionnaires.
-- PCL-5 (20 items, answers 0-4, total 0-80) and AUDIT-C (3 items, answers 0-4, total
-- 0-12) beside PHQ-9 and GAD-7. SQLite cannot change a CHECK, so the table is rebuilt
-- with the same columns and rows (ids and uids kept, so nothing that points at a row
-- changes). Runs inside the migration's transaction.
CREATE TABLE questionnaire_new (
    id            INTEGER PRIMARY KEY,
    uid           TEXT NOT NULL UNIQUE,
    instrument    TEXT NOT NULL CHECK (instrument IN ('phq9', 'gad7', 'pcl5', 'auditc')),
    at_utc        TEXT NOT NULL,
    tz_offset_min INTEGER NOT NULL DEFAULT 0,
    answers       TEXT NOT NULL,                    -- JSON list of item scores
    difficulty    INTEGER CHECK (difficulty IS NULL OR difficulty BETWEEN 0 AND 3),
    total         INTEGER NOT NULL CHECK (total BETWEEN 0 AND 80),
    band          TEXT NOT NULL,
    session_id    INTEGER REFERENCES session(id) ON DELETE SET NULL,
    share         INTEGER NOT NULL DEFAULT 1 CHECK (share IN (0, 1)),
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    CHECK ((instrument = 'phq9' AND total <= 27) OR (instrument = 'gad7' AND total <= 21)
        OR (instrument = 'pcl5' AND total <= 80) OR (instrument = 'auditc' AND total <= 12))
);
INSERT INTO questionnaire_new
    (id, uid, instrument, at_utc, tz_offset_min, answers, difficulty, total, band,
     session_id, share, created_at, updated_at)
SELECT id, uid, instrument, at_utc, tz_offset_min, answers, difficulty, total, band,
       session_id, share, created_at, updated_at
FROM questionnaire;
DROP TABLE questionnaire;
ALTER TABLE questionnaire_new RENAME TO questionnaire;
CREATE INDEX questionnaire_time ON questionnaire(instrument, at_utc);
