-- KAP Journal schema, version 1: the first cut from DESIGN.md.
-- Conventions:
--   * every table has an integer id (local) and a uid (stable across export/import);
--   * instants are UTC ISO-8601 strings ("2026-11-21T07:56:00Z") with the local
--     offset in minutes beside them, so charts can show local time across clock changes;
--   * calendar dates are ISO "YYYY-MM-DD";
--   * JSON columns hold objects/lists written by the repositories.

CREATE TABLE course (
    id            INTEGER PRIMARY KEY,
    uid           TEXT NOT NULL UNIQUE,
    title         TEXT NOT NULL DEFAULT '',
    start_date    TEXT NOT NULL,
    end_date      TEXT,
    clinic        TEXT NOT NULL DEFAULT '',
    care_name     TEXT NOT NULL DEFAULT '',
    care_phone    TEXT NOT NULL DEFAULT '',
    care_email    TEXT NOT NULL DEFAULT '',
    notes         TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);

CREATE TABLE session (
    id            INTEGER PRIMARY KEY,
    uid           TEXT NOT NULL UNIQUE,
    course_id     INTEGER NOT NULL REFERENCES course(id) ON DELETE CASCADE,
    kind          TEXT NOT NULL DEFAULT 'ketamine'
                  CHECK (kind IN ('ketamine', 'therapy', 'integration', 'rtms',
                                  'neurofeedback', 'hypnotherapy', 'body', 'other')),
    scheduled_at  TEXT NOT NULL,
    tz_offset_min INTEGER NOT NULL DEFAULT 0,
    duration_min  INTEGER CHECK (duration_min IS NULL OR duration_min BETWEEN 0 AND 1440),
    setting       TEXT NOT NULL DEFAULT 'clinic' CHECK (setting IN ('clinic', 'home', 'other')),
    route         TEXT NOT NULL DEFAULT '',
    status        TEXT NOT NULL DEFAULT 'planned'
                  CHECK (status IN ('planned', 'done', 'cancelled', 'moved')),
    notes         TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE INDEX session_course ON session(course_id, scheduled_at);
CREATE INDEX session_time ON session(scheduled_at);

-- The clinic's preparation checklist (a template the patient edits) and per-session ticks.
CREATE TABLE checklist_item (
    id            INTEGER PRIMARY KEY,
    uid           TEXT NOT NULL UNIQUE,
    position      INTEGER NOT NULL DEFAULT 0,
    text          TEXT NOT NULL,
    source        TEXT NOT NULL DEFAULT '',   -- data-file item id, '' for the patient's own
    archived      INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);

CREATE TABLE checklist_tick (
    id            INTEGER PRIMARY KEY,
    uid           TEXT NOT NULL UNIQUE,
    session_id    INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
    item_id       INTEGER NOT NULL REFERENCES checklist_item(id) ON DELETE CASCADE,
    checked_at    TEXT NOT NULL,
    UNIQUE (session_id, item_id)
);

-- Every written thing.
CREATE TABLE entry (
    id            INTEGER PRIMARY KEY,
    uid           TEXT NOT NULL UNIQUE,
    kind          TEXT NOT NULL
                  CHECK (kind IN ('intention', 'capture', 'integration', 'thought_record',
                                  'mbct', 'note', 'question')),
    subkind       TEXT NOT NULL DEFAULT '',
    session_id    INTEGER REFERENCES session(id) ON DELETE SET NULL,
    title         TEXT NOT NULL DEFAULT '',
    body          TEXT NOT NULL DEFAULT '',          -- Markdown
    answers       TEXT NOT NULL DEFAULT '{}',        -- JSON {prompt_id: value}
    share         INTEGER NOT NULL DEFAULT 0 CHECK (share IN (0, 1)),
    pack_id       TEXT NOT NULL DEFAULT '',
    pack_version  TEXT NOT NULL DEFAULT '',
    occurred_at   TEXT NOT NULL,
    tz_offset_min INTEGER NOT NULL DEFAULT 0,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE INDEX entry_time ON entry(occurred_at DESC, id DESC);
CREATE INDEX entry_kind ON entry(kind, occurred_at DESC);
CREATE INDEX entry_session ON entry(session_id);

CREATE TABLE entry_tag (
    entry_id      INTEGER NOT NULL REFERENCES entry(id) ON DELETE CASCADE,
    tag           TEXT NOT NULL,
    PRIMARY KEY (entry_id, tag)
) WITHOUT ROWID;
CREATE INDEX entry_tag_tag ON entry_tag(tag);

-- Full-text index, inside the encrypted file. rowid = entry.id; maintained by the
-- entry repository. FTS5 'secure-delete' removes a deleted entry's tokens at once.
CREATE VIRTUAL TABLE entry_fts USING fts5(
    title, text, tags,
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO entry_fts(entry_fts, rank) VALUES ('secure-delete', 1);

CREATE TABLE checkin (
    id            INTEGER PRIMARY KEY,
    uid           TEXT NOT NULL UNIQUE,
    at_utc        TEXT NOT NULL,
    tz_offset_min INTEGER NOT NULL DEFAULT 0,
    context       TEXT NOT NULL DEFAULT 'daily'
                  CHECK (context IN ('daily', 'baseline', 'post_session')),
    session_id    INTEGER REFERENCES session(id) ON DELETE SET NULL,
    mood          INTEGER NOT NULL CHECK (mood BETWEEN 0 AND 10),
    anxiety       INTEGER CHECK (anxiety IS NULL OR anxiety BETWEEN 0 AND 10),
    energy        INTEGER CHECK (energy IS NULL OR energy BETWEEN 0 AND 10),
    sleep         INTEGER CHECK (sleep IS NULL OR sleep BETWEEN 0 AND 10),
    feelings      TEXT NOT NULL DEFAULT '[]',       -- JSON list of words
    extras        TEXT NOT NULL DEFAULT '{}',       -- JSON {item_id: number}
    note          TEXT NOT NULL DEFAULT '',
    share         INTEGER NOT NULL DEFAULT 1 CHECK (share IN (0, 1)),
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE INDEX checkin_time ON checkin(at_utc);

CREATE TABLE questionnaire (
    id            INTEGER PRIMARY KEY,
    uid           TEXT NOT NULL UNIQUE,
    instrument    TEXT NOT NULL CHECK (instrument IN ('phq9', 'gad7')),
    at_utc        TEXT NOT NULL,
    tz_offset_min INTEGER NOT NULL DEFAULT 0,
    answers       TEXT NOT NULL,                    -- JSON list of item scores 0..3
    difficulty    INTEGER CHECK (difficulty IS NULL OR difficulty BETWEEN 0 AND 3),
    total         INTEGER NOT NULL CHECK (total BETWEEN 0 AND 27),
    band          TEXT NOT NULL,
    session_id    INTEGER REFERENCES session(id) ON DELETE SET NULL,
    share         INTEGER NOT NULL DEFAULT 1 CHECK (share IN (0, 1)),
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    CHECK ((instrument = 'phq9' AND total <= 27) OR (instrument = 'gad7' AND total <= 21))
);
CREATE INDEX questionnaire_time ON questionnaire(instrument, at_utc);

CREATE TABLE side_effect (
    id            INTEGER PRIMARY KEY,
    uid           TEXT NOT NULL UNIQUE,
    session_id    INTEGER REFERENCES session(id) ON DELETE SET NULL,
    at_utc        TEXT NOT NULL,
    tz_offset_min INTEGER NOT NULL DEFAULT 0,
    symptom       TEXT NOT NULL,                    -- id from the side-effect data list
    other_text    TEXT NOT NULL DEFAULT '',
    severity      INTEGER NOT NULL CHECK (severity BETWEEN 1 AND 3),   -- mild, moderate, severe
    duration_min  INTEGER CHECK (duration_min IS NULL OR duration_min BETWEEN 0 AND 525600),
    bp_systolic   INTEGER CHECK (bp_systolic IS NULL OR bp_systolic BETWEEN 40 AND 300),
    bp_diastolic  INTEGER CHECK (bp_diastolic IS NULL OR bp_diastolic BETWEEN 20 AND 200),
    note          TEXT NOT NULL DEFAULT '',
    share         INTEGER NOT NULL DEFAULT 1 CHECK (share IN (0, 1)),
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE INDEX side_effect_time ON side_effect(at_utc);

CREATE TABLE commitment (
    id              INTEGER PRIMARY KEY,
    uid             TEXT NOT NULL UNIQUE,
    text            TEXT NOT NULL,
    due_date        TEXT,
    status          TEXT NOT NULL DEFAULT 'open'
                    CHECK (status IN ('open', 'done', 'not_done', 'changed')),
    outcome_note    TEXT NOT NULL DEFAULT '',
    entry_id        INTEGER REFERENCES entry(id) ON DELETE SET NULL,
    session_id      INTEGER REFERENCES session(id) ON DELETE SET NULL,
    share           INTEGER NOT NULL DEFAULT 1 CHECK (share IN (0, 1)),
    resolved_at     TEXT,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX commitment_due ON commitment(status, due_date);

-- MBCT practice log: date, practice, minutes.
CREATE TABLE practice (
    id            INTEGER PRIMARY KEY,
    uid           TEXT NOT NULL UNIQUE,
    at_utc        TEXT NOT NULL,
    tz_offset_min INTEGER NOT NULL DEFAULT 0,
    practice      TEXT NOT NULL,                    -- e.g. breathing_space, body_scan
    minutes       INTEGER NOT NULL CHECK (minutes BETWEEN 0 AND 1440),
    entry_id      INTEGER REFERENCES entry(id) ON DELETE SET NULL,
    share         INTEGER NOT NULL DEFAULT 1 CHECK (share IN (0, 1)),
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE INDEX practice_time ON practice(at_utc);

-- Autosaved unfinished work, one row per editor (key names the editor and its target).
CREATE TABLE draft (
    id            INTEGER PRIMARY KEY,
    uid           TEXT NOT NULL UNIQUE,
    key           TEXT NOT NULL UNIQUE,
    kind          TEXT NOT NULL DEFAULT '',
    payload       TEXT NOT NULL DEFAULT '{}',       -- JSON, editor-defined
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);

-- Preferences that say something about the patient (inside the encrypted file).
CREATE TABLE setting (
    key           TEXT PRIMARY KEY,
    value         TEXT NOT NULL,                    -- JSON
    updated_at    TEXT NOT NULL
) WITHOUT ROWID;
