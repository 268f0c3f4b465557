/**
 * The heaviest read of `pmp class report`: per learner and (domain, task, shape), the sums of each
 * seen question's calibrated recall — one row per memory state of the class (300 learners × 1,000
 * questions = 300,000), judged at each learner's own moment with their own curve and calibration.
 * It depends on that moment and that calibration, so the sums cannot be kept ahead by a trigger;
 * what they read is (recall_states, schema-recall-states.ts). They are computed at report time, on a
 * connection of their own (app/class/report.ts runs the other reads on a second one meanwhile).
 */
import type { Connection } from './connection.js';
import { CLASS_SCHEMA } from './schema.js';

const s = CLASS_SCHEMA;
const DAY_MS = 86_400_000;

/**
 * Planner settings for a report connection, measured on the bench's class (300 learners, 300,000
 * memory states, load 5): the readiness sums (before recall_states) joined learner_questions by a
 * nested loop through a Memoize node whose key (learner, bank, question) never repeats — 300,000
 * misses, 1.5–3.5 s — where a hash join took 0.7–0.9 s; a plan that caches nothing is kept off the
 * report's reads. JIT spent ~80 ms compiling for nothing measurable.
 */
export async function useReportPlannerSettings(c: Connection): Promise<void> {
  await c.query('SET enable_memoize = off; SET jit = off');
}

/** What the recall of a learner's questions is judged with: the exam moment and the learner's model. */
export interface RecallParameters {
  readonly role: string;
  /** ts-fsrs's forgetting curve R = (1 + factor · days / S)^decay (decay < 0). */
  readonly decay: number;
  readonly factor: number;
  /** The learner's recall calibration. */
  readonly a: number;
  readonly b: number;
  readonly c: number;
  /** The moment readiness is for, ms since epoch. */
  readonly at: number;
}

export interface ReadinessSumRow {
  readonly role: string;
  readonly domain: string;
  readonly task: number;
  readonly type: string;
  readonly options: number;
  readonly keys: number;
  readonly seen: number;
  readonly recallSum: number;
  readonly slopeASum: number;
  readonly slopeBSum: number;
  readonly slopeCSum: number;
}

/**
 * Per learner and (domain, task, shape) of one outline: the questions seen and the sums of their
 * calibrated recall at `at` and its slopes — the numbers storage/readiness-queries.ts makes for one
 * learner with SQLite. The arithmetic is app/learner-recall.ts's, step for step: FSRS's forgetting
 * curve on whole days (rounded to the nearest day, at least one day after the last answer),
 * stability and recall rounded to 8 places as ts-fsrs does, then the logistic calibration with the
 * question's misses (its lapses, plus one for a wrong first answer: learner_questions.first_correct)
 * and its slopes (domain/recall-calibration.ts). test/class/class-summaries.test.ts holds them together.
 * It reads recall_states (class schema step 3): card_states with their first answers, on integer keys.
 */
export async function readReadinessSums(c: Connection, outline: string, learners: readonly RecallParameters[]): Promise<ReadinessSumRow[]> {
  if (learners.length === 0) return [];
  const round8 = (x: string) => `(floor((${x}) * 1e8 + 0.5) / 1e8)`;
  const recall = `COALESCE(${round8(`power(1 + l.factor * floor(greatest(l.at - cs.last_review_at, ${DAY_MS})::float8 / ${DAY_MS} + 0.5) / NULLIF(${round8('cs.stability')}, 0), l.decay)`)}, 0)`;
  const r = await c.query({
    // raw is materialised so that FSRS's power() runs once per question; the rest is cheap enough to repeat.
    // The learners come as arrays: no temporary table to create and fill first.
    text: `WITH l AS (SELECT l.*, n.no FROM unnest($2::integer[], $3::text[], $4::float8[], $5::float8[], $6::float8[], $7::float8[], $8::float8[], $9::bigint[])
                        AS l(li, learner, decay, factor, a, b, c, at) JOIN ${s}.learner_numbers n ON n.learner = l.learner),
           q AS (SELECT qno AS no, grp FROM pg_temp.class_questions WHERE outline = $1 AND grp IS NOT NULL AND qno IS NOT NULL),
           raw AS MATERIALIZED (
             SELECT l.li, q.grp, l.a, l.b, l.c AS cm, least(greatest(${recall}, 1e-4), 1 - 1e-4) AS r,
                    ln(1 + cs.lapses + CASE WHEN cs.first_correct = false THEN 1 ELSE 0 END) AS m
             FROM ${s}.recall_states cs JOIN l ON l.no = cs.learner_no JOIN q ON q.no = cs.question_no
             WHERE cs.phase <> 'new' AND cs.last_review_at IS NOT NULL),
           sums AS (
             SELECT li, grp, count(*)::integer AS seen, sum(cr) AS recall, sum(cr * (1 - cr)) AS da, sum(cr * (1 - cr) * lg) AS db, sum(cr * (1 - cr) * m) AS dc
             FROM (SELECT li, grp, lg, m, 1 / (1 + exp(least(700, greatest(-700, -(a + b * lg + cm * m))))) AS cr FROM (SELECT li, grp, a, b, cm, m, ln(r / (1 - r)) AS lg FROM raw) x) y
             GROUP BY li, grp)
           SELECT s.li, g.domain, g.task, g.type, g.options, g.keys, s.seen, s.recall, s.da, s.db, s.dc
           FROM sums s JOIN (SELECT DISTINCT grp, domain, task, type, options, keys FROM pg_temp.class_questions WHERE grp IS NOT NULL) g ON g.grp = s.grp`,
    values: [
      outline,
      learners.map((_, i) => i),
      learners.map((l) => l.role),
      learners.map((l) => l.decay),
      learners.map((l) => l.factor),
      learners.map((l) => l.a),
      learners.map((l) => l.b),
      learners.map((l) => l.c),
      learners.map((l) => l.at),
    ],
    rowMode: 'array',
  });
  return (r.rows as [number, string, number, string, number, number, number, number, number, number, number][]).map(([li, domain, task, type, options, keys, seen, recallSum, slopeASum, slopeBSum, slopeCSum]) => ({
    role: (learners[li] as RecallParameters).role,
    domain,
    task,
    type,
    options,
    keys,
    seen,
    recallSum,
    slopeASum,
    slopeBSum,
    slopeCSum,
  }));
}
