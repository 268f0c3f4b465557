/**
 * Forward-only schema ladder keyed on `PRAGMA user_version`: migration i takes the database
 * from version i to i+1. Never edit a released step; add a new one.
 */
export const MIGRATIONS: readonly string[] = [
  // 0 → 1: banks, questions, the append-only review log and the memory-state cache.
  `
  CREATE TABLE banks (
    id            TEXT PRIMARY KEY,
    title         TEXT NOT NULL,            -- JSON text map
    version       TEXT NOT NULL,
    outline       TEXT,                     -- 'eco-2026' | 'eco-2021' | NULL
    languages     TEXT NOT NULL,            -- JSON array
    body          TEXT NOT NULL,            -- JSON: description, license, authors, traps
    content_hash  TEXT NOT NULL,            -- of the bank as imported, to skip unchanged files
    source        TEXT NOT NULL,            -- 'bundled' | 'import'
    imported_at   INTEGER NOT NULL,         -- ms since epoch
    removed_at    INTEGER                   -- set by 'pmp banks remove'; its questions are retired, history kept
  ) STRICT;

  CREATE TABLE scenarios (
    bank_id      TEXT NOT NULL REFERENCES banks(id) ON DELETE CASCADE,
    scenario_id  TEXT NOT NULL,
    body         TEXT NOT NULL,             -- JSON Scenario
    PRIMARY KEY (bank_id, scenario_id)
  ) STRICT;

  CREATE TABLE questions (
    pk            INTEGER PRIMARY KEY,
    bank_id       TEXT NOT NULL REFERENCES banks(id) ON DELETE CASCADE,
    question_id   TEXT NOT NULL,
    type          TEXT NOT NULL,
    domain        TEXT,
    task          INTEGER,
    approach      TEXT,
    difficulty    INTEGER,
    scenario_id   TEXT,
    tags          TEXT NOT NULL,            -- JSON array
    body          TEXT NOT NULL,            -- JSON Question without the scenario
    content_hash  TEXT NOT NULL,
    answer_hash   TEXT NOT NULL,            -- of the answer key alone: a change restarts progress
    prompt_key    TEXT NOT NULL,            -- hash of the normalised case + prompt: finds duplicates across banks
    key_version   INTEGER NOT NULL DEFAULT 1,
    new_rank      INTEGER NOT NULL,         -- stable mixed order in which new questions are introduced
    retired_at    INTEGER,                  -- ms since epoch; retired questions are kept for history
    UNIQUE (bank_id, question_id)
  ) STRICT;
  CREATE INDEX questions_prompt_key ON questions(prompt_key);

  -- One row per answer, never updated or deleted (enforced below). The source of truth.
  CREATE TABLE review_log (
    id                INTEGER PRIMARY KEY,
    question_pk       INTEGER NOT NULL REFERENCES questions(pk),
    key_version       INTEGER NOT NULL,
    session_id        INTEGER,
    mode              TEXT NOT NULL DEFAULT 'study',  -- 'study' | 'exam' | 'cram'
    answered_at       INTEGER NOT NULL,   -- ms since epoch
    response          TEXT NOT NULL,      -- JSON Response: the option ids chosen, pairs, or value
    shown_order       TEXT,               -- JSON: option ids in the order they were shown
    correct           INTEGER NOT NULL,   -- 0 | 1
    elapsed_ms        INTEGER NOT NULL,   -- from showing the question to the answer
    confidence        TEXT,               -- 'sure' | 'unsure' | 'guessed' | NULL (not asked)
    rating            INTEGER NOT NULL,   -- FSRS rating 1..4
    predicted_recall  REAL                -- recall probability just before answering; NULL when new
  ) STRICT;
  CREATE INDEX review_log_question ON review_log(question_pk, id);
  CREATE INDEX review_log_time ON review_log(answered_at);

  CREATE TRIGGER review_log_no_update BEFORE UPDATE ON review_log
    BEGIN SELECT RAISE(ABORT, 'review_log is append-only'); END;
  CREATE TRIGGER review_log_no_delete BEFORE DELETE ON review_log
    BEGIN SELECT RAISE(ABORT, 'review_log is append-only'); END;

  -- Undo is a fact of its own, so the log itself stays append-only. A replay skips these.
  CREATE TABLE review_undo (
    log_id     INTEGER PRIMARY KEY REFERENCES review_log(id),
    undone_at  INTEGER NOT NULL
  ) STRICT;

  -- Cache of each question's memory state; a replay of review_log rebuilds it exactly.
  CREATE TABLE card_state (
    question_pk     INTEGER PRIMARY KEY REFERENCES questions(pk) ON DELETE CASCADE,
    phase           TEXT NOT NULL,        -- 'new' | 'learning' | 'review' | 'relearning'
    due_at          INTEGER,              -- ms since epoch; NULL while new
    stability       REAL NOT NULL,
    difficulty      REAL NOT NULL,
    scheduled_days  INTEGER NOT NULL,
    learning_steps  INTEGER NOT NULL,
    reps            INTEGER NOT NULL,
    lapses          INTEGER NOT NULL,
    last_review_at  INTEGER,
    new_rank        INTEGER NOT NULL,     -- copied from questions for the new-question index
    active          INTEGER NOT NULL DEFAULT 1, -- 0 once the question is retired
    flagged         INTEGER NOT NULL DEFAULT 0, -- the learner marked it for later
    suspended       INTEGER NOT NULL DEFAULT 0, -- never shown until unsuspended
    buried_until    INTEGER                     -- ms since epoch; hidden until then (the next study day)
  ) STRICT;
  CREATE INDEX card_state_due ON card_state(active, phase, due_at);
  CREATE INDEX card_state_new ON card_state(active, phase, new_rank);

  -- Flag, suspend and bury, each a fact with the values it replaced, so undo can put them back.
  CREATE TABLE card_marks (
    id            INTEGER PRIMARY KEY,
    question_pk   INTEGER NOT NULL REFERENCES questions(pk),
    at            INTEGER NOT NULL,
    kind          TEXT NOT NULL,          -- 'flag' | 'unflag' | 'suspend' | 'unsuspend' | 'bury'
    previous      TEXT NOT NULL,          -- JSON: flagged, suspended, buried_until before the mark
    undone_at     INTEGER
  ) STRICT;

  CREATE TABLE sessions (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL,            -- 'study' | 'exam' | 'cram'
    started_at  INTEGER NOT NULL,
    ended_at    INTEGER
  ) STRICT;

  CREATE TABLE settings (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL                  -- JSON
  ) STRICT;
  `,

  // 1 → 2: mock exams. Each answer is saved to exam_items as it is given; at submission the final
  // answers enter review_log (mode 'exam') like study answers, in one transaction.
  `
  CREATE TABLE exams (
    id              INTEGER PRIMARY KEY,
    session_id      INTEGER NOT NULL REFERENCES sessions(id),  -- kind 'exam'; review_log rows carry it
    outline         TEXT NOT NULL,            -- 'eco-2026' | 'eco-2021'
    seed            INTEGER NOT NULL,         -- replays the draw and the option shuffles
    format          TEXT NOT NULL,            -- JSON ExamPlan: questions, minutes, sections, breaks, shortfall
    started_at      INTEGER NOT NULL,         -- ms since epoch
    status          TEXT NOT NULL,            -- 'in-progress' | 'submitted' | 'expired' | 'abandoned'
    elapsed_ms      INTEGER NOT NULL DEFAULT 0,  -- exam time used; counts only while pmp exam runs, breaks excluded
    section_ms      TEXT NOT NULL DEFAULT '[]',  -- JSON array: exam time used in each section
    position        INTEGER NOT NULL DEFAULT 1,  -- the question on screen, 1-based
    at_section_end  INTEGER NOT NULL DEFAULT 0,  -- 1: the end-of-section screen after question "position"
    locked_through  INTEGER NOT NULL DEFAULT 0,  -- questions 1..n are locked (their section was closed)
    breaks          TEXT NOT NULL DEFAULT '[]',  -- JSON: [{afterQuestion, taken, usedMs}] as each break point is passed
    submitted_at    INTEGER                      -- ms since epoch; also set when the time ran out
  ) STRICT;
  -- What reports over a large bank read without parsing question bodies: the counts behind the
  -- guessing floor (choices: options, or right-hand items of matching; keys: ids in the key, or
  -- left-hand items), in an index that covers the readiness query; and the first answer of each
  -- question (mode, correct) straight from the log's question index.
  ALTER TABLE questions ADD COLUMN choices INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE questions ADD COLUMN keys INTEGER NOT NULL DEFAULT 0;
  UPDATE questions SET
    choices = COALESCE(CASE type WHEN 'matching' THEN json_array_length(body, '$.right') WHEN 'numeric' THEN 0 ELSE json_array_length(body, '$.options') END, 0),
    keys = COALESCE(CASE type WHEN 'matching' THEN json_array_length(body, '$.left') WHEN 'single' THEN 1 WHEN 'numeric' THEN 0 ELSE json_array_length(body, '$.answer') END, 0);
  CREATE INDEX questions_readiness ON questions(bank_id, retired_at, domain, task, type, choices, keys);
  -- Study slices by domain and task (pmp study --domain process --task 8) count from here.
  CREATE INDEX questions_slice ON questions(domain, task, bank_id);
  DROP INDEX review_log_question;
  CREATE INDEX review_log_question ON review_log(question_pk, id, mode, correct);

  -- Only one exam in progress at a time, even with two terminals.
  CREATE UNIQUE INDEX exams_one_in_progress ON exams(status) WHERE status = 'in-progress';

  CREATE TABLE exam_items (
    exam_id      INTEGER NOT NULL REFERENCES exams(id),
    position     INTEGER NOT NULL,            -- 1-based order of the exam
    question_pk  INTEGER NOT NULL REFERENCES questions(pk),
    scored       INTEGER NOT NULL,            -- 0 for an unscored (pretest) item
    section      INTEGER NOT NULL,            -- 1-based; a break point closes a section
    shown_order  TEXT,                        -- JSON: option ids (or matching right-hand ids) in display order
    response     TEXT,                        -- JSON Response; NULL while unanswered
    flagged      INTEGER NOT NULL DEFAULT 0,  -- marked for review during the exam
    answered_at  INTEGER,                     -- ms since epoch of the latest answer
    time_ms      INTEGER NOT NULL DEFAULT 0,  -- exam time spent on this question, all visits
    log_id       INTEGER REFERENCES review_log(id),  -- the log row written at submission
    correct      INTEGER,                     -- 0 | 1 once submitted (unanswered: 0)
    predicted    REAL,                        -- chance of a right answer when drawn (the readiness model)
    PRIMARY KEY (exam_id, position)
  ) STRICT;
  `,

  // 2 → 3: a class (pmp sync). review_log's integer id is reused by a restored backup for a
  // different answer, so each answer gets a random uid of its own (existing ones too); the class
  // server keeps answers by it, and a sync that is repeated, killed or run from a backup never
  // duplicates or loses one. class_sync holds the high-water marks of what was sent.
  `
  CREATE TABLE answer_uids (
    log_id  INTEGER PRIMARY KEY REFERENCES review_log(id),
    uid     TEXT NOT NULL UNIQUE              -- 32 lowercase hex digits (a UUID without dashes)
  ) STRICT;
  INSERT INTO answer_uids (log_id, uid) SELECT id, lower(hex(randomblob(16))) FROM review_log;
  CREATE TRIGGER review_log_uid AFTER INSERT ON review_log
    BEGIN INSERT INTO answer_uids (log_id, uid) VALUES (new.id, lower(hex(randomblob(16)))); END;

  CREATE TABLE class_sync (
    key    TEXT PRIMARY KEY,                  -- 'answers' | 'states' (review_log ids) | 'undone_at' (ms since epoch)
    value  INTEGER NOT NULL
  ) STRICT;
  `,

  // 3 → 4: each question's first answer (any mode, not undone) — what the learner knew before
  // studying it. Readiness, the mock exam's prediction and the plan read it for every question;
  // found in the log it cost a pass over the log's whole question index (~275 ms of readiness's
  // ~600 ms at 1,000,000 answers). A cache of the log like card_state: triggers keep it for every
  // writer (study, practice, an exam's submission), an undo of the first answer moves it on to the
  // next answer, and pmp rebuild checks it against the log.
  `
  CREATE TABLE first_answers (
    question_pk  INTEGER PRIMARY KEY REFERENCES questions(pk),
    log_id       INTEGER NOT NULL REFERENCES review_log(id),
    correct      INTEGER NOT NULL
  ) STRICT;
  INSERT OR IGNORE INTO first_answers (question_pk, log_id, correct)
    SELECT r.question_pk, r.id, r.correct FROM review_log r
    WHERE NOT EXISTS (SELECT 1 FROM review_undo u WHERE u.log_id = r.id)
    ORDER BY r.id;
  CREATE TRIGGER review_log_first_answer AFTER INSERT ON review_log
    BEGIN INSERT OR IGNORE INTO first_answers (question_pk, log_id, correct) VALUES (new.question_pk, new.id, new.correct); END;
  CREATE TRIGGER review_undo_first_answer AFTER INSERT ON review_undo
    WHEN EXISTS (SELECT 1 FROM first_answers f JOIN review_log r ON r.question_pk = f.question_pk AND r.id = f.log_id WHERE r.id = new.log_id)
    BEGIN
      DELETE FROM first_answers WHERE log_id = new.log_id AND question_pk = (SELECT question_pk FROM review_log WHERE id = new.log_id);
      INSERT INTO first_answers (question_pk, log_id, correct)
        SELECT r.question_pk, r.id, r.correct FROM review_log r
        WHERE r.question_pk = (SELECT question_pk FROM review_log WHERE id = new.log_id)
          AND NOT EXISTS (SELECT 1 FROM review_undo u WHERE u.log_id = r.id)
        ORDER BY r.id LIMIT 1;
    END;
  `,

  // 4 → 5: what the recall calibration is fitted on, kept as it is first read (storage/calibration-queries.ts):
  // for an answer with a logged recall, the time of the answer before it to the same question and key
  // version, the question's misses before it, and the question's shape (its guessing floor). The first
  // two depend only on the question's earlier answers, which change only by an undo; the shape by an
  // import that changes the question: the triggers drop what either makes stale. A cache of the log and
  // the questions, like card_state: emptied, it is read again (a day's sync then pays ~30 ms once).
  `
  CREATE TABLE calibration_inputs (
    log_id         INTEGER PRIMARY KEY REFERENCES review_log(id),
    previous_at    INTEGER,                   -- ms since epoch; NULL when no earlier answer
    misses_before  INTEGER NOT NULL,
    type           TEXT NOT NULL,             -- the question's, as in questions
    choices        INTEGER NOT NULL,
    keys           INTEGER NOT NULL
  ) STRICT;
  CREATE TRIGGER review_undo_stales_calibration_inputs AFTER INSERT ON review_undo
    BEGIN DELETE FROM calibration_inputs WHERE log_id IN
      (SELECT id FROM review_log WHERE question_pk = (SELECT question_pk FROM review_log WHERE id = new.log_id) AND id >= new.log_id); END;
  CREATE TRIGGER review_redo_stales_calibration_inputs AFTER DELETE ON review_undo
    BEGIN DELETE FROM calibration_inputs WHERE log_id IN
      (SELECT id FROM review_log WHERE question_pk = (SELECT question_pk FROM review_log WHERE id = old.log_id) AND id >= old.log_id); END;
  CREATE TRIGGER question_shape_stales_calibration_inputs AFTER UPDATE OF type, choices, keys ON questions
    BEGIN DELETE FROM calibration_inputs WHERE log_id IN (SELECT id FROM review_log WHERE question_pk = new.pk); END;
  `,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/**
 * Runs the steps from version `from` up to SCHEMA_VERSION, setting user_version after each. The
 * caller holds the transaction. Upgrades and doctor's expected schema both come from here.
 */
export function applyMigrations(db: { exec(sql: string): unknown; pragma(source: string): unknown }, from: number): void {
  for (let v = from; v < SCHEMA_VERSION; v++) {
    db.exec(MIGRATIONS[v] as string);
    db.pragma(`user_version = ${v + 1}`);
  }
}
