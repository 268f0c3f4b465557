/**
 * Step 2 of the class schema: summaries kept by the server as answers arrive, so `pmp class report`
 * reads a few thousand grouped rows instead of every answer of the class (a class of 300 learners ×
 * a year holds about 7 million). Each summary is the sum over the answers that are not undone:
 *
 *   activity           per learner and UTC day: before[i] = that day's answers in its first i
 *                      quarter-hours (before[96] = all). Any UTC offset is a whole number of quarter-
 *                      hours, so the report can cut a UTC day at its own study-day start (04:00 local).
 *   learner_questions  per learner and question: the first answer (any mode: readiness's first
 *                      sight) and the first answer outside practice with the count of those (item
 *                      analysis leaves practice out).
 *   question_choices   per question and option: how often it was chosen (outside practice).
 *   question_times     per question: time taken, counted in bins (time_bin), for the median.
 *
 * Per-question summaries are kept only for questions of the class's banks (bank_questions, filled
 * when a bank is assigned, with the answers synced before it): answers to a learner's own banks
 * count in their activity only, as the report shows nothing else of them.
 *
 * Statement-level triggers (with transition tables) keep them: an insert into answers adds its rows,
 * an insert into undos takes the undone answers away again; `class remove` calls forget_learner
 * before deleting. The trigger functions run as the trainer who owns the tables (SECURITY DEFINER),
 * so a learner's role still has no right on any summary and can neither read nor write one.
 */

/** Time bins: 100 ms up to 10 s, 1 s up to 2 min, 10 s beyond. */
export function timeBinLowerMs(bin: number): number {
  if (bin < 100) return bin * 100;
  if (bin < 210) return 10_000 + (bin - 100) * 1000;
  return 120_000 + (bin - 210) * 10_000;
}

export function timeBinWidthMs(bin: number): number {
  return bin < 100 ? 100 : bin < 210 ? 1000 : 10_000;
}

/** Quarter-hours per day: the resolution of the activity summary. */
export const QUARTERS_PER_DAY = 96;
export const QUARTER_MS = 900_000;

/**
 * The statements that add (sign 1) or take away (sign -1) the answers of `source` — a table or a
 * subquery with the answers' columns — to the class-wide and per-learner counts. The first-answer
 * columns are kept apart (firstAnswersSql, refreshFirstsSql): a minimum is not undone by subtraction.
 * Only questions of the class's banks are summarised per question (the report reads no other).
 */
export function countsSql(source: string, sign: 1 | -1): string {
  return activitySql(source, sign) + questionCountsSql(inClassBanks(source), sign);
}

/** The answers of `source` to questions of the class's banks. */
function inClassBanks(source: string): string {
  return `(SELECT s0.* FROM ${source} s0 JOIN pmp_class.bank_questions bq ON bq.bank_id = s0.bank_id AND bq.question_id = s0.question_id)`;
}

/** Answers per learner and quarter-hour: every answer counts, in a class bank or not (as the report's totals). */
function activitySql(source: string, sign: 1 | -1): string {
  return `
    WITH c AS (SELECT learner, (answered_at / 86400000)::integer AS day, ((answered_at % 86400000) / ${QUARTER_MS})::integer AS q, count(*)::integer AS n
               FROM ${source} s GROUP BY 1, 2, 3),
    grid AS (SELECT d.learner, d.day, i, COALESCE(c.n, 0) AS n
             FROM (SELECT DISTINCT learner, day FROM c) d CROSS JOIN generate_series(0, ${QUARTERS_PER_DAY - 1}) i
             LEFT JOIN c ON c.learner = d.learner AND c.day = d.day AND c.q = i),
    runs AS (SELECT learner, day, i, sum(n) OVER (PARTITION BY learner, day ORDER BY i) AS run FROM grid)
    INSERT INTO pmp_class.activity AS t (learner, day, before)
    SELECT learner, day, array_agg((${sign} * run)::integer ORDER BY i) FROM runs GROUP BY learner, day
    ON CONFLICT (learner, day) DO UPDATE
      SET before = (SELECT array_agg(o + n ORDER BY k) FROM unnest(t.before, excluded.before) WITH ORDINALITY AS u(o, n, k));`;
}

/** Per question of the class's banks: options chosen and time taken (practice left out, as in banks stats). */
function questionCountsSql(source: string, sign: 1 | -1): string {
  return `
    INSERT INTO pmp_class.question_choices AS t (bank_id, question_id, option_id, chosen)
    SELECT s.bank_id, s.question_id, o.option_id, ${sign} * count(*)
    FROM ${source} s CROSS JOIN LATERAL (
      SELECT s.response ->> 'optionId' WHERE s.response ->> 'type' = 'single' AND jsonb_typeof(s.response -> 'optionId') = 'string'
      UNION ALL
      SELECT jsonb_array_elements_text(CASE WHEN s.response ->> 'type' = 'multiple' AND jsonb_typeof(s.response -> 'optionIds') = 'array' THEN s.response -> 'optionIds' ELSE '[]' END)
    ) o(option_id)
    WHERE s.mode <> 'cram' AND o.option_id IS NOT NULL
    GROUP BY 1, 2, 3
    ON CONFLICT (bank_id, question_id, option_id) DO UPDATE SET chosen = t.chosen + excluded.chosen;

    INSERT INTO pmp_class.question_times AS t (bank_id, question_id, bin, answers)
    SELECT bank_id, question_id, pmp_class.time_bin(elapsed_ms), ${sign} * count(*) FROM ${source} s WHERE mode <> 'cram' GROUP BY 1, 2, 3
    ON CONFLICT (bank_id, question_id, bin) DO UPDATE SET answers = t.answers + excluded.answers;`;
}

/** New answers: each question's earliest answer becomes its first when it is older than the one kept. */
export function firstAnswersSql(source: string): string {
  const earlier = (p: string) => `excluded.${p}_at IS NOT NULL AND (t.${p}_at IS NULL OR (excluded.${p}_at, excluded.${p}_uid) < (t.${p}_at, t.${p}_uid))`;
  const pick = (p: string, col: string) => `${p}_${col} = CASE WHEN ${earlier(p)} THEN excluded.${p}_${col} ELSE t.${p}_${col} END`;
  return `
    INSERT INTO pmp_class.learner_questions AS t (learner, bank_id, question_id, first_at, first_uid, first_correct, item_first_at, item_first_uid, item_first_correct, item_answers)
    SELECT f.learner, f.bank_id, f.question_id, f.answered_at, f.uid, f.correct, i.answered_at, i.uid, i.correct, COALESCE(n.k, 0)
    FROM (SELECT DISTINCT ON (learner, bank_id, question_id) learner, bank_id, question_id, answered_at, uid, correct
          FROM ${source} s ORDER BY learner, bank_id, question_id, answered_at, uid) f
    LEFT JOIN (SELECT DISTINCT ON (learner, bank_id, question_id) learner, bank_id, question_id, answered_at, uid, correct
               FROM ${source} s WHERE mode <> 'cram' ORDER BY learner, bank_id, question_id, answered_at, uid) i USING (learner, bank_id, question_id)
    LEFT JOIN (SELECT learner, bank_id, question_id, count(*)::integer AS k FROM ${source} s WHERE mode <> 'cram' GROUP BY 1, 2, 3) n USING (learner, bank_id, question_id)
    ON CONFLICT (learner, bank_id, question_id) DO UPDATE SET
      ${['at', 'uid', 'correct'].map((col) => pick('first', col)).join(',\n      ')},
      ${['at', 'uid', 'correct'].map((col) => pick('item_first', col)).join(',\n      ')},
      item_answers = t.item_answers + excluded.item_answers;`;
}

/** Undone answers: the practice-free count goes down, and a first answer that was undone gives way to the next. */
function refreshFirstsSql(undone: string): string {
  const next = (practice: boolean) => `(
      SELECT a.answered_at, a.uid, a.correct FROM pmp_class.answers a
      WHERE a.learner = t.learner AND a.bank_id = t.bank_id AND a.question_id = t.question_id ${practice ? '' : "AND a.mode <> 'cram'"}
        AND NOT EXISTS (SELECT 1 FROM pmp_class.undos u WHERE u.answer_uid = a.uid)
      ORDER BY a.answered_at, a.uid LIMIT 1)`;
  return `
    UPDATE pmp_class.learner_questions t SET item_answers = t.item_answers - x.k
    FROM (SELECT learner, bank_id, question_id, count(*)::integer AS k FROM ${undone} s WHERE mode <> 'cram' GROUP BY 1, 2, 3) x
    WHERE t.learner = x.learner AND t.bank_id = x.bank_id AND t.question_id = x.question_id;
    UPDATE pmp_class.learner_questions t SET (first_at, first_uid, first_correct) = ${next(true)}
    WHERE t.first_uid IN (SELECT uid FROM ${undone} s);
    UPDATE pmp_class.learner_questions t SET (item_first_at, item_first_uid, item_first_correct) = ${next(false)}
    WHERE t.item_first_uid IN (SELECT uid FROM ${undone} s);`;
}

/** In the banks trigger: the answers already synced to the questions the bank brings new. */
const BANK_BACKFILL = `(SELECT a.* FROM pmp_class.answers a JOIN pmp_new_questions n ON n.question_id = a.question_id
  WHERE a.bank_id = NEW.bank_id AND NOT EXISTS (SELECT 1 FROM pmp_class.undos u WHERE u.answer_uid = a.uid))`;

/** In the undos trigger: the answers its statement has just undone. */
const UNDONE_NOW = `(SELECT a.* FROM added u JOIN pmp_class.answers a ON a.uid = u.answer_uid)`;

const NOT_UNDONE = `(SELECT a.* FROM pmp_class.answers a WHERE NOT EXISTS (SELECT 1 FROM pmp_class.undos u WHERE u.answer_uid = a.uid))`;

export function summariesStep(): string {
  return `
  ALTER TABLE pmp_class.learner_settings DROP CONSTRAINT learner_settings_key_check;
  ALTER TABLE pmp_class.learner_settings ADD CONSTRAINT learner_settings_key_check CHECK (key IN ('examDate', 'fsrsParameters', 'recallCalibration'));

  CREATE TABLE pmp_class.activity (
    learner  text NOT NULL,
    day      integer NOT NULL,     -- UTC day: answered_at / 86400000
    before   integer[] NOT NULL,   -- before[i]: answers in the day's first i quarter-hours (UTC)
    PRIMARY KEY (learner, day)
  );
  CREATE TABLE pmp_class.learner_questions (
    learner             text NOT NULL,
    bank_id             text NOT NULL,
    question_id         text NOT NULL,
    first_at            bigint,      -- the first answer not undone, any mode
    first_uid           uuid,
    first_correct       boolean,
    item_first_at       bigint,      -- the first answer not undone outside practice
    item_first_uid      uuid,
    item_first_correct  boolean,
    item_answers        integer NOT NULL,
    PRIMARY KEY (learner, bank_id, question_id)
  );
  -- The question ids of every bank the class was ever assigned (never removed: a question that comes
  -- back must not be counted twice).
  CREATE TABLE pmp_class.bank_questions (
    bank_id text NOT NULL, question_id text NOT NULL,
    PRIMARY KEY (bank_id, question_id)
  );
  CREATE TABLE pmp_class.question_choices (
    bank_id text NOT NULL, question_id text NOT NULL, option_id text NOT NULL, chosen integer NOT NULL,
    PRIMARY KEY (bank_id, question_id, option_id)
  );
  CREATE TABLE pmp_class.question_times (
    bank_id text NOT NULL, question_id text NOT NULL, bin integer NOT NULL, answers integer NOT NULL,
    PRIMARY KEY (bank_id, question_id, bin)
  );

  CREATE FUNCTION pmp_class.time_bin(ms integer) RETURNS integer LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
    $fn$ SELECT CASE WHEN ms < 10000 THEN ms / 100 WHEN ms < 120000 THEN 100 + (ms - 10000) / 1000 ELSE 210 + (ms - 120000) / 10000 END $fn$;

  CREATE FUNCTION pmp_class.answers_added() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = pmp_class, pg_temp AS $fn$
  BEGIN
    ${countsSql('added', 1)}
    ${firstAnswersSql(inClassBanks('added'))}
    RETURN NULL;
  END $fn$;
  CREATE TRIGGER answers_summaries AFTER INSERT ON pmp_class.answers REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION pmp_class.answers_added();

  CREATE FUNCTION pmp_class.undos_added() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = pmp_class, pg_temp AS $fn$
  BEGIN
    ${countsSql(UNDONE_NOW, -1)}
    ${refreshFirstsSql(UNDONE_NOW)}
    RETURN NULL;
  END $fn$;
  CREATE TRIGGER undos_summaries AFTER INSERT ON pmp_class.undos REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION pmp_class.undos_added();

  -- A bank assigned (or changed): its new questions get the summaries of the answers already synced.
  CREATE FUNCTION pmp_class.bank_assigned() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = pmp_class, pg_temp AS $fn$
  BEGIN
    CREATE TEMP TABLE pmp_new_questions ON COMMIT DROP AS
      WITH ids AS (SELECT DISTINCT q ->> 'id' AS question_id FROM jsonb_array_elements(NEW.content::jsonb -> 'questions') q WHERE q ->> 'id' IS NOT NULL)
      SELECT question_id FROM ids WHERE NOT EXISTS (SELECT 1 FROM pmp_class.bank_questions bq WHERE bq.bank_id = NEW.bank_id AND bq.question_id = ids.question_id);
    INSERT INTO pmp_class.bank_questions (bank_id, question_id) SELECT NEW.bank_id, question_id FROM pmp_new_questions;
    ${questionCountsSql(BANK_BACKFILL, 1)}
    ${firstAnswersSql(BANK_BACKFILL)}
    DROP TABLE pmp_new_questions;
    RETURN NULL;
  END $fn$;
  CREATE TRIGGER banks_summaries AFTER INSERT OR UPDATE OF content ON pmp_class.banks FOR EACH ROW EXECUTE FUNCTION pmp_class.bank_assigned();

  -- Called by class remove before the learner's rows are deleted: takes their answers out of the class-wide counts.
  CREATE FUNCTION pmp_class.forget_learner(learner_role text) RETURNS void LANGUAGE plpgsql SET search_path = pmp_class, pg_temp AS $fn$
  BEGIN
    ${countsSql(`(SELECT a.* FROM pmp_class.answers a WHERE a.learner = learner_role AND NOT EXISTS (SELECT 1 FROM pmp_class.undos u WHERE u.answer_uid = a.uid))`, -1)}
    DELETE FROM pmp_class.activity WHERE learner = learner_role;
    DELETE FROM pmp_class.learner_questions WHERE learner = learner_role;
  END $fn$;
  REVOKE ALL ON FUNCTION pmp_class.forget_learner(text), pmp_class.answers_added(), pmp_class.undos_added(), pmp_class.bank_assigned() FROM PUBLIC;

  -- The answers synced before this step.
  ${countsSql(NOT_UNDONE, 1)}
  ${firstAnswersSql(NOT_UNDONE)}
  ANALYZE pmp_class.activity, pmp_class.learner_questions, pmp_class.question_choices, pmp_class.question_times;
  `;
}
