/**
 * The class's schema on PostgreSQL: a forward-only ladder of its own, versioned in
 * pmp_class.class_schema_version, applied under an advisory lock so two `class init` runs cannot
 * race, and idempotent when re-run. Never edit a released step; add one.
 *
 * Who sees what is the server's business, not ours: row-level security keeps each learner's role
 * to rows whose `learner` is its own name (the column defaults to current_user and the policies
 * check it on insert), learners get no UPDATE or DELETE on answers, undos or exam results, and
 * CHECK constraints refuse rows no honest client would send. The trainer owns the tables, so
 * row-level security does not apply to it: it reads everything.
 */
import { PmpError } from '../../errors.js';
import { inTransaction, type Connection } from './connection.js';
import { recallStatesStep } from './schema-recall-states.js';
import { summariesStep } from './schema-summaries.js';

export const CLASS_SCHEMA = 'pmp_class';

/** The group role whose members are this database's learners (roles are shared by a whole server). */
export function learnerGroupRole(database: string): string {
  return `pmp_learners_${database.toLowerCase().replace(/[^a-z0-9_]/g, '_')}`.slice(0, 63);
}

const LEARNER_TABLES = ['answers', 'undos', 'card_states', 'learner_settings', 'exam_results'] as const;

const STEPS: readonly ((group: string) => string)[] = [
  // 0 → 1
  (group) => `
  CREATE TABLE pmp_class.learners (
    name        text PRIMARY KEY CHECK (name ~ '^[a-z][a-z0-9_]{0,30}$'),
    role_name   text NOT NULL UNIQUE,
    invited_at  timestamptz NOT NULL DEFAULT now()
  );
  CREATE TABLE pmp_class.banks (
    bank_id       text PRIMARY KEY CHECK (length(bank_id) BETWEEN 1 AND 200),
    content       text NOT NULL,              -- the bank's JSON, as published
    content_hash  text NOT NULL,
    assigned_at   timestamptz NOT NULL DEFAULT now()
  );
  -- One row per answer, keyed by the learner's random answer uid; never updated.
  CREATE TABLE pmp_class.answers (
    uid               uuid PRIMARY KEY,
    learner           text NOT NULL DEFAULT current_user,
    bank_id           text NOT NULL CHECK (length(bank_id) BETWEEN 1 AND 200),
    question_id       text NOT NULL CHECK (length(question_id) BETWEEN 1 AND 200),
    mode              text NOT NULL CHECK (mode IN ('study', 'exam', 'cram')),
    answered_at       bigint NOT NULL CHECK (answered_at BETWEEN 946684800000 AND 4102444800000),  -- ms since epoch
    correct           boolean NOT NULL,
    elapsed_ms        integer NOT NULL CHECK (elapsed_ms BETWEEN 0 AND 86400000),
    confidence        text CHECK (confidence IN ('sure', 'unsure', 'guessed')),
    rating            smallint NOT NULL CHECK (rating BETWEEN 1 AND 4),
    predicted_recall  double precision CHECK (predicted_recall BETWEEN 0 AND 1),
    response          jsonb NOT NULL CHECK (octet_length(response::text) <= 4000),
    synced_at         timestamptz NOT NULL DEFAULT now()
  );
  CREATE INDEX answers_learner_time ON pmp_class.answers (learner, answered_at);
  CREATE TABLE pmp_class.undos (
    answer_uid  uuid PRIMARY KEY REFERENCES pmp_class.answers (uid) ON DELETE CASCADE,
    learner     text NOT NULL DEFAULT current_user,
    undone_at   bigint NOT NULL CHECK (undone_at BETWEEN 946684800000 AND 4102444800000)
  );
  -- The learner's memory state of each question: a cache, replaced on each sync.
  CREATE TABLE pmp_class.card_states (
    learner         text NOT NULL DEFAULT current_user,
    bank_id         text NOT NULL CHECK (length(bank_id) BETWEEN 1 AND 200),
    question_id     text NOT NULL CHECK (length(question_id) BETWEEN 1 AND 200),
    phase           text NOT NULL CHECK (phase IN ('new', 'learning', 'review', 'relearning')),
    stability       double precision NOT NULL CHECK (stability >= 0 AND stability < 1e7),
    difficulty      double precision NOT NULL CHECK (difficulty BETWEEN 0 AND 11),
    last_review_at  bigint CHECK (last_review_at BETWEEN 946684800000 AND 4102444800000),
    lapses          integer NOT NULL CHECK (lapses >= 0),
    PRIMARY KEY (learner, bank_id, question_id)
  );
  CREATE TABLE pmp_class.learner_settings (
    learner  text NOT NULL DEFAULT current_user,
    key      text NOT NULL CHECK (key IN ('examDate', 'fsrsParameters')),
    value    jsonb NOT NULL CHECK (octet_length(value::text) <= 2000),
    PRIMARY KEY (learner, key)
  );
  CREATE TABLE pmp_class.exam_results (
    learner       text NOT NULL DEFAULT current_user,
    exam_key      text NOT NULL CHECK (exam_key ~ '^[0-9]{1,16}-[0-9]{1,12}$'),   -- started_at-seed
    outline       text NOT NULL CHECK (outline IN ('eco-2026', 'eco-2021')),
    submitted_at  bigint NOT NULL CHECK (submitted_at BETWEEN 946684800000 AND 4102444800000),
    scored        integer NOT NULL CHECK (scored BETWEEN 0 AND 1000),
    correct       integer NOT NULL CHECK (correct BETWEEN 0 AND 1000 AND correct <= scored),
    by_domain     jsonb NOT NULL CHECK (jsonb_typeof(by_domain) = 'object' AND octet_length(by_domain::text) <= 2000),
    PRIMARY KEY (learner, exam_key)
  );

  DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${group}') THEN CREATE ROLE "${group}" NOLOGIN; END IF;
  END $$;
  GRANT USAGE ON SCHEMA pmp_class TO "${group}";
  GRANT SELECT ON pmp_class.banks, pmp_class.class_schema_version TO "${group}";
  GRANT SELECT, INSERT ON pmp_class.answers, pmp_class.undos, pmp_class.exam_results TO "${group}";
  GRANT SELECT, INSERT, UPDATE ON pmp_class.card_states, pmp_class.learner_settings TO "${group}";
  ${LEARNER_TABLES.map(
    (t) => `
  ALTER TABLE pmp_class.${t} ENABLE ROW LEVEL SECURITY;
  CREATE POLICY own_rows_read ON pmp_class.${t} FOR SELECT USING (learner = current_user);
  CREATE POLICY own_rows_insert ON pmp_class.${t} FOR INSERT WITH CHECK (learner = current_user${t === 'undos' ? ' AND EXISTS (SELECT 1 FROM pmp_class.answers a WHERE a.uid = answer_uid AND a.learner = current_user)' : ''});
  CREATE POLICY own_rows_update ON pmp_class.${t} FOR UPDATE USING (learner = current_user) WITH CHECK (learner = current_user);`,
  ).join('')}
  `,
  // 1 → 2: summaries kept as answers arrive, for a report that does not read every answer
  () => summariesStep(),
  // 2 → 3: memory states and first answers keyed by integers, for the report's readiness sums
  () => recallStatesStep(),
];

export const CLASS_SCHEMA_VERSION = STEPS.length;

/** Brings the class schema up to CLASS_SCHEMA_VERSION; returns the versions before and after. */
export async function migrateClassSchema(c: Connection, database: string): Promise<{ from: number; to: number }> {
  return inTransaction(c, async () => {
    // One init at a time per database; the lock ends with the transaction.
    await c.query(`SELECT pg_advisory_xact_lock(hashtext('pmp_class schema'))`);
    await c.query(`CREATE SCHEMA IF NOT EXISTS ${CLASS_SCHEMA}`);
    await c.query(`CREATE TABLE IF NOT EXISTS ${CLASS_SCHEMA}.class_schema_version (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`);
    const from = Number((await c.query(`SELECT COALESCE(MAX(version), 0) AS v FROM ${CLASS_SCHEMA}.class_schema_version`)).rows[0].v);
    if (from > CLASS_SCHEMA_VERSION) throw new PmpError('class.newer-schema', 'server', { found: from, supported: CLASS_SCHEMA_VERSION });
    for (let v = from; v < CLASS_SCHEMA_VERSION; v++) {
      await c.query((STEPS[v] as (g: string) => string)(learnerGroupRole(database)));
      await c.query(`INSERT INTO ${CLASS_SCHEMA}.class_schema_version (version) VALUES ($1)`, [v + 1]);
    }
    return { from, to: CLASS_SCHEMA_VERSION };
  });
}

/** The version on the server (0: no class schema), refusing one newer than this program knows. */
export async function classSchemaVersion(c: Connection): Promise<number> {
  const exists = (await c.query(`SELECT to_regclass('${CLASS_SCHEMA}.class_schema_version') IS NOT NULL AS e`)).rows[0].e as boolean;
  if (!exists) return 0;
  const v = Number((await c.query(`SELECT COALESCE(MAX(version), 0) AS v FROM ${CLASS_SCHEMA}.class_schema_version`)).rows[0].v);
  if (v > CLASS_SCHEMA_VERSION) throw new PmpError('class.newer-schema', 'server', { found: v, supported: CLASS_SCHEMA_VERSION });
  return v;
}
