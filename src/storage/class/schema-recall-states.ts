/**
 * Step 3 of the class schema: what the report's per-learner reads go over, kept by the server as
 * states and answers arrive, keyed by integers. The sums (readiness-sums.ts) go over every memory state
 * of the class (300 learners × 1,000 questions = 300,000 rows) at report time — they depend on the
 * moment and each learner's calibration, so they cannot be kept ahead — and joining card_states to
 * learner_questions and to the class's questions on their text keys was most of that read's time.
 * Measured on the bench's class under load 6: the same sums over this table, 550 ms; over the
 * text-keyed tables, 1,200 ms.
 *
 *   learner_numbers   a number for each learner role that has a memory state or a first answer
 *   question_numbers  a number for each (bank, question) of those
 *   recall_states     per learner and question: the memory state (card_states; null without one)
 *                     and the first answers (learner_questions; null without one) — what the
 *                     readiness sums, first sight and item analysis read
 *
 * Statement-level triggers with transition tables keep recall_states equal to card_states joined
 * with learner_questions, whatever writes those (a sync's upsert, an undo, a bank assigned after
 * answers, `class remove`). Like the other summaries, the trigger functions run as the trainer who
 * owns the tables (SECURITY DEFINER) and learners have no right on any of these tables.
 */

/** Numbers for the learners and questions of `source` new to them (most states a sync sends are known: no insert tried). */
function numbered(source: string): string {
  return `
    INSERT INTO pmp_class.learner_numbers (learner) SELECT DISTINCT learner FROM ${source} n
    WHERE NOT EXISTS (SELECT 1 FROM pmp_class.learner_numbers k WHERE k.learner = n.learner) ON CONFLICT DO NOTHING;
    INSERT INTO pmp_class.question_numbers (bank_id, question_id) SELECT DISTINCT bank_id, question_id FROM ${source} n
    WHERE NOT EXISTS (SELECT 1 FROM pmp_class.question_numbers k WHERE k.bank_id = n.bank_id AND k.question_id = n.question_id) ON CONFLICT DO NOTHING;`;
}

/** The numbers of `alias`'s learner and question, looked up one row at a time through the numbers' primary keys. */
const numbersOf = (alias: string) => `(SELECT no FROM pmp_class.learner_numbers WHERE learner = ${alias}.learner) AS learner_no,
      (SELECT no FROM pmp_class.question_numbers WHERE bank_id = ${alias}.bank_id AND question_id = ${alias}.question_id) AS question_no`;

/** Memory states inserted or updated: their recall_states rows take the new state. */
function statesSql(source: string): string {
  return `${numbered(source)}
    INSERT INTO pmp_class.recall_states AS t (learner_no, question_no, phase, stability, last_review_at, lapses)
    SELECT ${numbersOf('s')}, s.phase, s.stability, s.last_review_at, s.lapses FROM ${source} s
    ON CONFLICT (learner_no, question_no) DO UPDATE
      SET phase = excluded.phase, stability = excluded.stability, last_review_at = excluded.last_review_at, lapses = excluded.lapses;`;
}

/** First answers inserted or changed (an undo gives way to the next answer): recall_states follows. */
function firstsSql(source: string): string {
  return `${numbered(source)}
    INSERT INTO pmp_class.recall_states AS t (learner_no, question_no, first_correct, item_first_correct, item_answers)
    SELECT ${numbersOf('f')}, f.first_correct, f.item_first_correct, f.item_answers FROM ${source} f
    ON CONFLICT (learner_no, question_no) DO UPDATE
      SET first_correct = excluded.first_correct, item_first_correct = excluded.item_first_correct, item_answers = excluded.item_answers;`;
}

/**
 * Statements for a trigger function, each run by EXECUTE: planned at each call with the transition
 * table's real size. A plpgsql statement keeps its first plan, and the first call of the update
 * trigger comes with an empty transition table (an upsert that only inserted fires it too), so its
 * plan scanned question_numbers once per row: a first sync's 20,000 states took 95 s, not 0.5 s.
 */
function executed(sql: string): string {
  return sql
    .split(';')
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0)
    .map((statement) => `EXECUTE $sql$ ${statement} $sql$;`)
    .join('\n    ');
}

/** The recall_states rows of the deleted rows in `gone` (numbers looked up as above). */
const GONE = `(SELECT ${numbersOf('g')} FROM gone g) x`;

export function recallStatesStep(): string {
  return `
  CREATE TABLE pmp_class.learner_numbers (
    learner  text PRIMARY KEY,
    no       integer GENERATED ALWAYS AS IDENTITY UNIQUE
  );
  CREATE TABLE pmp_class.question_numbers (
    bank_id      text NOT NULL,
    question_id  text NOT NULL,
    no           integer GENERATED ALWAYS AS IDENTITY UNIQUE,
    PRIMARY KEY (bank_id, question_id)
  );
  CREATE TABLE pmp_class.recall_states (
    learner_no      integer NOT NULL,
    question_no     integer NOT NULL,
    phase           text,               -- card_states' columns; null while no state is synced
    stability       double precision,
    last_review_at  bigint,
    lapses          integer,
    first_correct       boolean,        -- learner_questions' columns; null (0) without a first answer
    item_first_correct  boolean,
    item_answers        integer NOT NULL DEFAULT 0,
    PRIMARY KEY (learner_no, question_no)
  );

  CREATE FUNCTION pmp_class.states_inserted() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = pmp_class, pg_temp AS $fn$
  BEGIN
    ${executed(statesSql('added'))}
    RETURN NULL;
  END $fn$;
  CREATE FUNCTION pmp_class.states_deleted() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = pmp_class, pg_temp AS $fn$
  BEGIN
    -- A row with neither a state nor a first answer says nothing: it goes.
    ${executed(`
    DELETE FROM pmp_class.recall_states t USING ${GONE}
    WHERE t.learner_no = x.learner_no AND t.question_no = x.question_no AND t.first_correct IS NULL AND t.item_first_correct IS NULL AND t.item_answers = 0;
    UPDATE pmp_class.recall_states t SET phase = NULL, stability = NULL, last_review_at = NULL, lapses = NULL
    FROM ${GONE} WHERE t.learner_no = x.learner_no AND t.question_no = x.question_no;`)}
    RETURN NULL;
  END $fn$;
  CREATE TRIGGER states_recall_insert AFTER INSERT ON pmp_class.card_states REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION pmp_class.states_inserted();
  CREATE TRIGGER states_recall_update AFTER UPDATE ON pmp_class.card_states REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION pmp_class.states_inserted();
  CREATE TRIGGER states_recall_delete AFTER DELETE ON pmp_class.card_states REFERENCING OLD TABLE AS gone FOR EACH STATEMENT EXECUTE FUNCTION pmp_class.states_deleted();

  CREATE FUNCTION pmp_class.firsts_changed() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = pmp_class, pg_temp AS $fn$
  BEGIN
    ${executed(firstsSql('added'))}
    RETURN NULL;
  END $fn$;
  CREATE FUNCTION pmp_class.firsts_deleted() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = pmp_class, pg_temp AS $fn$
  BEGIN
    ${executed(`    DELETE FROM pmp_class.recall_states t USING ${GONE} WHERE t.learner_no = x.learner_no AND t.question_no = x.question_no AND t.phase IS NULL;
    UPDATE pmp_class.recall_states t SET first_correct = NULL, item_first_correct = NULL, item_answers = 0
    FROM ${GONE} WHERE t.learner_no = x.learner_no AND t.question_no = x.question_no;`)}
    RETURN NULL;
  END $fn$;
  CREATE TRIGGER firsts_recall_insert AFTER INSERT ON pmp_class.learner_questions REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION pmp_class.firsts_changed();
  CREATE TRIGGER firsts_recall_update AFTER UPDATE ON pmp_class.learner_questions REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION pmp_class.firsts_changed();
  CREATE TRIGGER firsts_recall_delete AFTER DELETE ON pmp_class.learner_questions REFERENCING OLD TABLE AS gone FOR EACH STATEMENT EXECUTE FUNCTION pmp_class.firsts_deleted();
  REVOKE ALL ON FUNCTION pmp_class.states_inserted(), pmp_class.states_deleted(), pmp_class.firsts_changed(), pmp_class.firsts_deleted() FROM PUBLIC;

  -- The states and first answers synced before this step.
  ${statesSql('pmp_class.card_states')}
  ${firstsSql('pmp_class.learner_questions')}
  ANALYZE pmp_class.learner_numbers, pmp_class.question_numbers, pmp_class.recall_states;
  `;
}
