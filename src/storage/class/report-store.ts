/**
 * What `pmp class report` reads from the server with the trainer's role (which row-level security
 * does not limit). The server groups: a class of 300 learners × a year is about 7 million answers,
 * and the report reads a few thousand rows — per learner and day from the activity summary, per
 * learner and task the readiness sums, per question the item analysis (schema-summaries.ts).
 *
 * The class's questions (parsed from its banks by the report) are put in a temporary table first
 * (putClassQuestions), so the server can group by domain, task and shape.
 */
import type { Connection } from './connection.js';
import { CLASS_SCHEMA } from './schema.js';
import { QUARTER_MS, QUARTERS_PER_DAY, timeBinLowerMs, timeBinWidthMs } from './schema-summaries.js';

const s = CLASS_SCHEMA;
const DAY_MS = 86_400_000;

export interface ClassExamRow {
  readonly role: string;
  readonly outline: string;
  readonly submittedAt: number;
  readonly scored: number;
  readonly correct: number;
  /** Per domain: scored, correct, and answered/right/predicted as readiness's mock evidence needs them. */
  readonly byDomain: Readonly<Record<string, Partial<Record<'scored' | 'correct' | 'answered' | 'right' | 'predicted', number>>>>;
}

export interface ClassBasics {
  readonly learners: readonly { readonly name: string; readonly role: string }[];
  readonly banks: readonly { readonly bankId: string; readonly content: string }[];
  readonly settings: readonly { readonly role: string; readonly key: string; readonly value: unknown }[];
  readonly exams: readonly ClassExamRow[];
}

export async function readClassBasics(c: Connection): Promise<ClassBasics> {
  const learners = (await c.query(`SELECT name, role_name FROM ${s}.learners ORDER BY name`)).rows.map((r: { name: string; role_name: string }) => ({ name: r.name, role: r.role_name }));
  const banks = (await c.query(`SELECT bank_id, content FROM ${s}.banks ORDER BY bank_id`)).rows.map((r: { bank_id: string; content: string }) => ({ bankId: r.bank_id, content: r.content }));
  const settings = (await c.query(`SELECT learner, key, value FROM ${s}.learner_settings`)).rows.map((r: { learner: string; key: string; value: unknown }) => ({ role: r.learner, key: r.key, value: r.value }));
  const exams = (await c.query(`SELECT learner, outline, submitted_at, scored, correct, by_domain FROM ${s}.exam_results ORDER BY submitted_at`)).rows.map(
    (r: { learner: string; outline: string; submitted_at: string; scored: number; correct: number; by_domain: ClassExamRow['byDomain'] }) => ({
      role: r.learner,
      outline: r.outline,
      submittedAt: Number(r.submitted_at),
      scored: r.scored,
      correct: r.correct,
      byDomain: r.by_domain,
    }),
  );
  return { learners, banks, settings, exams };
}

/** A class question as the server needs it for grouping. */
export interface QuestionShapeRow {
  readonly bankId: string;
  readonly questionId: string;
  readonly outline: string | null;
  readonly domain: string | null;
  readonly task: number | null;
  readonly type: string;
  readonly options: number;
  readonly keys: number;
}

/** Numbers each question (qi) and each shape group of an outline's questions (grp), so the server groups and joins on integers. */
export async function putClassQuestions(c: Connection, rows: readonly QuestionShapeRow[]): Promise<void> {
  const groups = new Map<string, number>();
  const grp = rows.map((q) => {
    if (q.outline === null || q.domain === null || q.task === null) return null;
    const k = JSON.stringify([q.outline, q.domain, q.task, q.type, q.options, q.keys]);
    if (!groups.has(k)) groups.set(k, groups.size + 1);
    return groups.get(k) as number;
  });
  // qno: the question's number in question_numbers (class schema step 3), what recall_states is keyed by.
  await c.query(`CREATE TEMP TABLE class_questions (qi integer, bank_id text, question_id text, outline text, domain text, task integer, type text, options integer, keys integer, grp integer, qno integer, PRIMARY KEY (bank_id, question_id))`);
  await c.query(
    `INSERT INTO pg_temp.class_questions SELECT * FROM unnest($1::integer[], $2::text[], $3::text[], $4::text[], $5::text[], $6::integer[], $7::text[], $8::integer[], $9::integer[], $10::integer[]) ON CONFLICT DO NOTHING`,
    [rows.map((_, i) => i), rows.map((q) => q.bankId), rows.map((q) => q.questionId), rows.map((q) => q.outline), rows.map((q) => q.domain), rows.map((q) => q.task), rows.map((q) => q.type), rows.map((q) => q.options), rows.map((q) => q.keys), grp],
  );
  // Numbered here rather than joined in each read: the planner guessed that join at 35 rows of 1,000 and chose a nested
  // loop over 300,000 states. The numbers are those of now: a question first answered later has none in this table.
  await c.query(`UPDATE pg_temp.class_questions q SET qno = n.no FROM ${s}.question_numbers n WHERE n.bank_id = q.bank_id AND n.question_id = q.question_id`);
  await c.query('ANALYZE pg_temp.class_questions');
}

export interface LearnerActivity {
  /** Answers per local study day (days since 1970-01-01 of the local date), from `sinceDay` on. */
  readonly perDay: ReadonlyMap<number, number>;
  readonly total: number;
  /** The local study day of the newest answer; null with none. */
  readonly lastDay: number | null;
}

/**
 * Answers per learner and study day for a study day that starts `dayStartMs` after UTC midnight
 * (04:00 local = 4 h minus the UTC offset), from local day `sinceDay` on, with totals over all time.
 */
export async function readActivity(c: Connection, dayStartMs: number, sinceDay: number): Promise<Map<string, LearnerActivity>> {
  // A UTC day d holds the end of local day d - shift - 1 (its first `split` quarter-hours) and the start of local day d - shift.
  const shift = Math.floor(dayStartMs / DAY_MS);
  const split = (dayStartMs - shift * DAY_MS) / QUARTER_MS;
  const early = split === 0 ? '0' : `before[${split}]`;
  const all = `before[${QUARTERS_PER_DAY}]`;
  const out = new Map<string, LearnerActivity>();
  const totals = await c.query({
    text: `SELECT learner, sum(${all})::bigint,
                  max(CASE WHEN ${all} > ${early} THEN day - $1 WHEN ${all} > 0 THEN day - $1 - 1 END)
           FROM ${s}.activity GROUP BY learner`,
    values: [shift],
    rowMode: 'array',
  });
  for (const [role, total, lastDay] of totals.rows as [string, string, number | null][]) out.set(role, { perDay: new Map(), total: Number(total), lastDay });
  // Per learner, the UTC days' early and whole counts as three arrays; each UTC day is cut in two here.
  const days = await c.query({
    text: `SELECT learner, array_agg(day), array_agg(${early}), array_agg(${all}) FROM ${s}.activity WHERE day >= $1 GROUP BY learner`,
    values: [sinceDay + shift],
    rowMode: 'array',
  });
  for (const [role, utcDays, earlyCounts, allCounts] of days.rows as [string, number[], number[], number[]][]) {
    const perDay = out.get(role)?.perDay as Map<number, number> | undefined;
    if (!perDay) continue;
    const add = (day: number, n: number) => void (day >= sinceDay && n > 0 && perDay.set(day, (perDay.get(day) ?? 0) + n));
    utcDays.forEach((d, i) => {
      const e = earlyCounts[i] as number;
      add(d - shift - 1, e);
      add(d - shift, (allCounts[i] as number) - e);
    });
  }
  return out;
}

/** Per learner and domain of one outline: questions answered at least once, and right at their first answer. */
export async function readFirstSight(c: Connection, outline: string): Promise<{ role: string; domain: string; seen: number; right: number }[]> {
  const r = await c.query({
    // recall_states holds learner_questions' first answers on integer keys (class schema step 3): grouped by numbers, named after.
    text: `SELECT ln.learner, f.domain, f.seen, f.right FROM (
             SELECT rs.learner_no, q.domain, count(*)::integer AS seen, count(*) FILTER (WHERE rs.first_correct)::integer AS right
             FROM ${s}.recall_states rs JOIN pg_temp.class_questions q ON q.qno = rs.question_no
             WHERE rs.first_correct IS NOT NULL AND q.outline = $1 AND q.domain IS NOT NULL AND q.task IS NOT NULL
             GROUP BY rs.learner_no, q.domain) f
           JOIN ${s}.learner_numbers ln ON ln.no = f.learner_no`,
    values: [outline],
    rowMode: 'array',
  });
  return (r.rows as [string, string, number, number][]).map(([role, domain, seen, right]) => ({ role, domain, seen, right }));
}

/** Item analysis per question of the class's banks, over every learner's answers outside practice. */
export interface ItemRow {
  readonly bankId: string;
  readonly questionId: string;
  readonly answers: number;
  readonly learners: number;
  /** Of those learners, right at first sight. */
  readonly firstRight: number;
  /** Pearson correlation of first-sight correctness with the learner's rest score (null when either does not vary). */
  readonly discrimination: number | null;
  readonly leeches: number;
  readonly medianElapsedMs: number | null;
  readonly chosen: Record<string, number>;
}

export async function readItems(c: Connection, leechLapses: number): Promise<ItemRow[]> {
  const r = await c.query({
    text: `WITH h AS MATERIALIZED (
             SELECT rs.learner_no AS learner, q.qi, rs.item_answers, rs.item_first_correct::integer AS x
             FROM ${s}.recall_states rs JOIN pg_temp.class_questions q ON q.qno = rs.question_no
             WHERE rs.item_answers > 0 AND rs.item_first_correct IS NOT NULL),
           t AS (SELECT learner, sum(x) AS r, count(*) AS n FROM h GROUP BY learner),
           i AS (SELECT h.qi, sum(h.item_answers)::integer AS answers, count(*)::integer AS learners, sum(h.x)::integer AS firsts,
                        corr(h.x, CASE WHEN t.n > 1 THEN (t.r - h.x)::float8 / (t.n - 1) ELSE 0 END) AS disc
                 FROM h JOIN t ON t.learner = h.learner GROUP BY h.qi)
           SELECT q.bank_id, q.question_id, i.answers, i.learners, i.firsts, i.disc FROM i JOIN pg_temp.class_questions q ON q.qi = i.qi`,
    rowMode: 'array',
  });
  const leeches = await c.query({
    text: `SELECT q.bank_id, q.question_id, count(*)::integer FROM ${s}.recall_states rs JOIN pg_temp.class_questions q ON q.qno = rs.question_no
           WHERE rs.lapses >= $1 AND rs.item_answers > 0 GROUP BY q.bank_id, q.question_id`,
    values: [leechLapses],
    rowMode: 'array',
  });
  const key = (bankId: string, questionId: string) => `${bankId}\u0000${questionId}`;
  const items = new Map<string, ItemRow>();
  const leechesOf = new Map((leeches.rows as [string, string, number][]).map(([bankId, questionId, n]) => [key(bankId, questionId), n]));
  for (const [bankId, questionId, answers, learners, firstRight, discrimination] of r.rows as [string, string, number, number, number, number | null][]) {
    items.set(key(bankId, questionId), { bankId, questionId, answers, learners, firstRight, discrimination, leeches: leechesOf.get(key(bankId, questionId)) ?? 0, medianElapsedMs: null, chosen: {} });
  }
  const chosen = await c.query({ text: `SELECT bank_id, question_id, option_id, chosen FROM ${s}.question_choices WHERE chosen > 0`, rowMode: 'array' });
  for (const [bankId, questionId, optionId, n] of chosen.rows as [string, string, string, number][]) {
    const item = items.get(key(bankId, questionId));
    if (item) item.chosen[optionId] = n;
  }
  for (const m of await readMedians(c)) {
    const item = items.get(key(m.bankId, m.questionId));
    if (item) items.set(key(m.bankId, m.questionId), { ...item, medianElapsedMs: m.medianMs });
  }
  return [...items.values()];
}

/**
 * The median time taken per question, from the binned counts: the middle answer's bin (the mean of
 * the two middle ones for an even count), each taken at its middle — exact to half a bin.
 */
async function readMedians(c: Connection): Promise<{ bankId: string; questionId: string; medianMs: number }[]> {
  const r = await c.query({
    text: `WITH b AS (SELECT bank_id, question_id, bin, answers,
                             sum(answers) OVER (PARTITION BY bank_id, question_id ORDER BY bin) AS upto,
                             sum(answers) OVER (PARTITION BY bank_id, question_id) AS total
                      FROM ${s}.question_times WHERE answers > 0)
           SELECT bank_id, question_id,
                  min(bin) FILTER (WHERE upto > (total - 1) / 2), min(bin) FILTER (WHERE upto > total / 2)
           FROM b GROUP BY bank_id, question_id`,
    rowMode: 'array',
  });
  const middle = (bin: number) => timeBinLowerMs(bin) + timeBinWidthMs(bin) / 2;
  return (r.rows as [string, string, number, number][]).map(([bankId, questionId, low, high]) => ({ bankId, questionId, medianMs: (middle(low) + middle(high)) / 2 }));
}
