import type { Question } from '../domain/question.js';
import type { CardPhase, MemoryState } from '../domain/scheduler.js';
import { parseStoredQuestion } from './bank-store.js';
import { countWaiting } from './card-counts.js';
import { filterNeedsQuestions, filterSql, type StudyFilter } from './study-filter.js';
import { StudyLogStore } from './study-log.js';
import { statement } from './statements.js';

export type { StudyFilter } from './study-filter.js';
export type { LogEntry } from './study-log.js';

export interface CardRef {
  readonly questionPk: number;
  readonly keyVersion: number;
  readonly bankId: string;
  readonly questionId: string;
  readonly state: MemoryState | null;
}

interface StateRow {
  question_pk: number;
  key_version: number;
  bank_id: string;
  question_id: string;
  phase: CardPhase;
  due_at: number | null;
  stability: number;
  difficulty: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  last_review_at: number | null;
}

const CARD_COLUMNS = `cs.question_pk, q.key_version, q.bank_id, q.question_id, cs.phase, cs.due_at, cs.stability, cs.difficulty,
  cs.scheduled_days, cs.learning_steps, cs.reps, cs.lapses, cs.last_review_at`;

function toCardRef(row: StateRow): CardRef {
  return {
    questionPk: row.question_pk,
    keyVersion: row.key_version,
    bankId: row.bank_id,
    questionId: row.question_id,
    state:
      row.phase === 'new'
        ? null
        : {
            phase: row.phase,
            dueAt: row.due_at ?? 0,
            stability: row.stability,
            difficulty: row.difficulty,
            scheduledDays: row.scheduled_days,
            learningSteps: row.learning_steps,
            reps: row.reps,
            lapses: row.lapses,
            lastReviewAt: row.last_review_at,
          },
  };
}

/**
 * The exam retention schedule's condition (domain/exam-retention.ts stretchedDueAt, in SQL): a
 * review also waits until its stretched interval, in whole days and at least one, has passed by
 * `until`. The due_at bound stays first, so the index still narrows the search.
 */
function stretched(until: number, stretch: number): { sql: string; params: number[] } {
  if (stretch <= 1) return { sql: '', params: [] };
  return { sql: ' AND (cs.last_review_at IS NULL OR cs.lapses > 0 OR cs.last_review_at + MAX(1, ROUND(cs.stability * ?)) * 86400000 < ?)', params: [stretch, until] };
}

/**
 * Queries for the study queue; each returns at most one card, cheaply, through an index. The
 * writes (the review log, memory states, sessions) come from StudyLogStore (study-log.ts).
 */
export class StudyStore extends StudyLogStore {

  /** Cards that may be shown at `now`: studied, not suspended, not buried. */
  private one(now: number, where: string, order: string, filter: StudyFilter, params: unknown[], exclude: readonly number[]): CardRef | undefined {
    const f = filterSql(filter);
    const ex = exclude.length > 0 ? ` AND cs.question_pk NOT IN (${exclude.map(() => '?').join(', ')})` : '';
    const row = this.db
      .prepare(
        `SELECT ${CARD_COLUMNS} FROM card_state cs JOIN questions q ON q.pk = cs.question_pk
         WHERE cs.active = 1 AND cs.suspended = 0 AND (cs.buried_until IS NULL OR cs.buried_until <= ?)
           AND ${where}${f.sql}${ex} ORDER BY ${order} LIMIT 1`,
      )
      .get(now, ...params, ...f.params, ...exclude) as StateRow | undefined;
    return row ? toCardRef(row) : undefined;
  }

  /** A learning or relearning card due by `at` (its step has passed; `at` may look ahead of `now`). */
  learningDue(now: number, at: number, filter: StudyFilter, exclude: readonly number[] = []): CardRef | undefined {
    return this.one(now, `cs.phase IN ('learning', 'relearning') AND cs.due_at <= ?`, 'cs.due_at', filter, [at], exclude);
  }

  /** The most overdue review card due before `until` (the end of the study day). */
  reviewDue(now: number, until: number, filter: StudyFilter, exclude: readonly number[] = [], stretch = 1): CardRef | undefined {
    const s = stretched(until, stretch);
    return this.one(now, `cs.phase = 'review' AND cs.due_at < ?${s.sql}`, 'cs.due_at', filter, [until, ...s.params], exclude);
  }

  /** The most overdue review card due before `until` whose wrong answers are fewer than `lapses` (not a leech). */
  reviewDueBelowLapses(now: number, until: number, lapses: number, filter: StudyFilter, exclude: readonly number[] = [], stretch = 1): CardRef | undefined {
    const s = stretched(until, stretch);
    return this.one(now, `cs.phase = 'review' AND cs.due_at < ? AND cs.lapses < ?${s.sql}`, 'cs.due_at', filter, [until, lapses, ...s.params], exclude);
  }

  /** The next question never answered, in the bank's mixed introduction order. */
  nextNew(now: number, filter: StudyFilter, exclude: readonly number[] = []): CardRef | undefined {
    return this.one(now, `cs.phase = 'new'`, 'cs.new_rank, cs.question_pk', filter, [], exclude);
  }

  /** Any card of the slice, in an order scrambled by `seed`: practice that ignores due dates. */
  anyInSlice(now: number, seed: number, filter: StudyFilter, exclude: readonly number[] = []): CardRef | undefined {
    const f = filterSql(filter);
    const ex = exclude.length > 0 ? ` AND cs.question_pk NOT IN (${exclude.map(() => '?').join(', ')})` : '';
    const row = this.db
      .prepare(
        `SELECT ${CARD_COLUMNS} FROM card_state cs JOIN questions q ON q.pk = cs.question_pk
         WHERE cs.active = 1 AND cs.suspended = 0 AND (cs.buried_until IS NULL OR cs.buried_until <= ?)${f.sql}${ex}
         ORDER BY (cs.question_pk * 2654435761 + ?) % 4294967291 LIMIT 1`,
      )
      .get(now, ...f.params, ...exclude, seed) as StateRow | undefined;
    return row ? toCardRef(row) : undefined;
  }

  /** How many questions the slice holds (for cram, whatever their schedule). */
  sliceSize(now: number, filter: StudyFilter): number {
    const f = filterSql(filter);
    return this.db
      .prepare(
        `SELECT COUNT(*) FROM card_state cs JOIN questions q ON q.pk = cs.question_pk
         WHERE cs.active = 1 AND cs.suspended = 0 AND (cs.buried_until IS NULL OR cs.buried_until <= ?)${f.sql}`,
      )
      .pluck()
      .get(now, ...f.params) as number;
  }

  /** Reviews (questions seen before) answered in study since `since`: what the daily cap counts. */
  reviewsSince(since: number): number {
    return this.db
      .prepare(
        `SELECT COUNT(*) FROM review_log r INDEXED BY review_log_time WHERE r.answered_at >= ? AND r.predicted_recall IS NOT NULL AND r.mode = 'study'
           AND NOT EXISTS (SELECT 1 FROM review_undo u WHERE u.log_id = r.id)`,
      )
      .pluck()
      .get(since) as number;
  }

  /** When the next answered question falls due (ms since epoch), or null if none has been answered. */
  earliestDue(filter: StudyFilter): number | null {
    const f = filterSql(filter);
    const row = this.db
      .prepare(
        `SELECT MIN(cs.due_at) AS at FROM card_state cs ${filterNeedsQuestions(filter) ? 'JOIN questions q ON q.pk = cs.question_pk' : ''}
         WHERE cs.active = 1 AND cs.phase IN ('learning', 'relearning', 'review')${f.sql}`,
      )
      .get(...f.params) as { at: number | null };
    return row.at;
  }

  card(questionPk: number): CardRef | undefined {
    const row = statement(this.db, `SELECT ${CARD_COLUMNS} FROM card_state cs JOIN questions q ON q.pk = cs.question_pk WHERE cs.question_pk = ?`).get(questionPk) as
      | StateRow
      | undefined;
    return row ? toCardRef(row) : undefined;
  }

  question(questionPk: number): Question {
    const row = this.db
      .prepare(
        `SELECT q.body, s.body AS scenario FROM questions q
         LEFT JOIN scenarios s ON s.bank_id = q.bank_id AND s.scenario_id = q.scenario_id WHERE q.pk = ?`,
      )
      .get(questionPk) as { body: string; scenario: string | null } | undefined;
    if (!row) throw new Error(`no question with pk ${questionPk}`);
    return parseStoredQuestion(row.body, row.scenario);
  }

  /** How many learning or review cards wait by `until`, and how many new ones could be shown. */
  counts(now: number, reviewUntil: number, filter: StudyFilter, stretch = 1): { learning: number; review: number; fresh: number } {
    const f = filterSql(filter);
    if (f.sql === '') return countWaiting(this.db, now, reviewUntil, stretch);
    const s = stretched(reviewUntil, stretch);
    // One pass over card_state's small rows, in table order: through an index it would look up
    // every new card, and joined with questions it would read every question's text (100 times slower).
    // A domain slice starts from its questions in the slice index instead (SQLite, without statistics,
    // would scan every card and read every question: ~0.4 s a question shown on 100,000 of them).
    const from = filter.domain
      ? 'questions q INDEXED BY questions_slice JOIN card_state cs ON cs.question_pk = q.pk'
      : filterNeedsQuestions(filter)
        ? 'card_state cs JOIN questions q ON q.pk = cs.question_pk'
        : 'card_state cs NOT INDEXED';
    const row = this.db
      .prepare(
        `SELECT
           SUM(cs.phase IN ('learning', 'relearning') AND cs.due_at <= ?) AS learning,
           SUM(cs.phase = 'review' AND cs.due_at < ?${s.sql}) AS review,
           SUM(cs.phase = 'new') AS fresh
         FROM ${from}
         WHERE cs.active = 1 AND cs.suspended = 0 AND (cs.buried_until IS NULL OR cs.buried_until <= ?)${f.sql}`,
      )
      .get(now, reviewUntil, ...s.params, now, ...f.params) as { learning: number | null; review: number | null; fresh: number | null };
    return { learning: row.learning ?? 0, review: row.review ?? 0, fresh: row.fresh ?? 0 };
  }

  /** Distinct questions seen for the first time since `since` (they count against the new-per-day limit). */
  newIntroducedSince(since: number): number {
    return this.db
      .prepare(
        // Pinned to the time index: left to itself SQLite walks the whole log in question order (seconds at 1M rows).
        `SELECT COUNT(DISTINCT r.question_pk) FROM review_log r INDEXED BY review_log_time
         WHERE r.answered_at >= ? AND r.predicted_recall IS NULL AND r.mode = 'study'
           AND NOT EXISTS (SELECT 1 FROM review_undo u WHERE u.log_id = r.id)`,
      )
      .pluck()
      .get(since) as number;
  }

  /** Every review card of the slice that may be shown at `now` (studied, not suspended, not buried); with `dueBefore`, only those FSRS has due by then. */
  reviewCards(now: number, filter: StudyFilter, dueBefore?: number): CardRef[] {
    const f = filterSql(filter);
    const due = dueBefore === undefined ? '' : ' AND cs.due_at < ?';
    const rows = this.db
      .prepare(
        `SELECT ${CARD_COLUMNS} FROM card_state cs JOIN questions q ON q.pk = cs.question_pk
         WHERE cs.active = 1 AND cs.suspended = 0 AND (cs.buried_until IS NULL OR cs.buried_until <= ?) AND cs.phase = 'review'${due}${f.sql}`,
      )
      .all(now, ...(dueBefore === undefined ? [] : [dueBefore]), ...f.params) as StateRow[];
    return rows.map(toCardRef);
  }
}
