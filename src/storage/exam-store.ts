/**
 * Mock exams in SQLite: the drawn questions, each answer as it is given, the clock used so far,
 * locks and breaks. Every write is one short immediate transaction, so a killed process loses at
 * most the last few seconds of exam time and never an answer it acknowledged.
 */
import type { ExamCandidate, ExamPlan, ExamSlice } from '../domain/exam-draw.js';
import type { Approach, DomainId, Response } from '../domain/question.js';
import { writeTransaction, type Db } from './database.js';
import { filterSql } from './study-filter.js';

export type ExamStatus = 'in-progress' | 'submitted' | 'expired' | 'abandoned';

/** What the exams.format column holds: the shape of this exam, fixed when it was drawn. */
export type ExamFormatRecord = Omit<ExamPlan, 'items'> & {
  readonly questions: number;
  /** The banks and tags the exam was drawn from (absent: every bank of the outline); a resume keeps them. */
  readonly slice?: ExamSlice;
};

export interface BreakRecord {
  readonly afterQuestion: number;
  readonly taken: boolean;
  /** Break time used, ms (time past the break's length counted as exam time). */
  readonly usedMs: number;
}

export interface ExamRecord extends Omit<ExamProgress, 'itemTimes'> {
  readonly id: number;
  readonly sessionId: number;
  readonly outline: string;
  readonly seed: number;
  readonly format: ExamFormatRecord;
  readonly startedAt: number;
  readonly status: ExamStatus;
  readonly submittedAt: number | null;
}

export interface ExamItemRecord {
  readonly position: number;
  readonly questionPk: number;
  readonly bankId: string;
  readonly questionId: string;
  readonly domain: DomainId | null;
  readonly task: number | null;
  readonly scored: boolean;
  readonly section: number;
  readonly shownOrder: readonly string[] | null;
  readonly response: Response | null;
  readonly flagged: boolean;
  readonly answeredAt: number | null;
  readonly timeMs: number;
  readonly correct: boolean | null;
  /** The readiness model's chance of a right answer when the exam was drawn. */
  readonly predicted: number | null;
}

interface ExamRow {
  id: number;
  session_id: number;
  outline: string;
  seed: number;
  format: string;
  started_at: number;
  status: ExamStatus;
  elapsed_ms: number;
  section_ms: string;
  position: number;
  at_section_end: number;
  locked_through: number;
  breaks: string;
  submitted_at: number | null;
}

const toExam = (r: ExamRow): ExamRecord => ({
  id: r.id,
  sessionId: r.session_id,
  outline: r.outline,
  seed: r.seed,
  format: JSON.parse(r.format) as ExamFormatRecord,
  startedAt: r.started_at,
  status: r.status,
  elapsedMs: r.elapsed_ms,
  sectionMs: JSON.parse(r.section_ms) as number[],
  position: r.position,
  atSectionEnd: r.at_section_end === 1,
  lockedThrough: r.locked_through,
  breaks: JSON.parse(r.breaks) as BreakRecord[],
  submittedAt: r.submitted_at,
});

/**
 * Active questions of the banks tagged to `outline` that carry an ECO domain, with when each was
 * last answered: the time of its newest answer in the log, found from the log's question index
 * alone (MAX(answered_at) per question read every answer's row: 10 s at 1,000,000 answers).
 */
export function examCandidates(db: Db, outline: string, slice?: ExamSlice): ExamCandidate[] {
  // The slice is selected exactly as pmp study selects --bank and --tag.
  const filter = filterSql({ ...(slice && slice.banks.length > 0 ? { banks: slice.banks } : {}), ...(slice && slice.tags.length > 0 ? { tags: slice.tags } : {}) });
  const rows = db
    .prepare(
      `SELECT q.pk, q.domain, q.approach, q.bank_id, q.scenario_id, last.at AS last_seen
       FROM questions q JOIN banks b ON b.id = q.bank_id
       LEFT JOIN (SELECT l.question_pk, r.answered_at AS at FROM (SELECT question_pk, MAX(id) AS id FROM review_log GROUP BY question_pk) l
                  JOIN review_log r ON r.id = l.id) last ON last.question_pk = q.pk
       WHERE b.outline = ? AND b.removed_at IS NULL AND q.retired_at IS NULL AND q.domain IS NOT NULL${filter.sql}`,
    )
    .all(outline, ...filter.params) as { pk: number; domain: DomainId; approach: Approach | null; bank_id: string; scenario_id: string | null; last_seen: number | null }[];
  return rows.map((r) => ({
    questionPk: r.pk,
    domain: r.domain,
    approach: r.approach,
    setKey: r.scenario_id === null ? null : `${r.bank_id}\u0000${r.scenario_id}`,
    lastSeenAt: r.last_seen,
  }));
}

export interface NewExam {
  readonly outline: string;
  readonly seed: number;
  readonly format: ExamFormatRecord;
  readonly startedAt: number;
  readonly items: readonly {
    readonly questionPk: number;
    readonly scored: boolean;
    readonly section: number;
    readonly shownOrder: readonly string[] | null;
    /** The readiness model's chance of a right answer, at the draw. */
    readonly predicted: number;
  }[];
}

/** Writes a drawn exam; undefined (and nothing written) when another exam is already in progress. */
export function insertExam(db: Db, exam: NewExam): number | undefined {
  return writeTransaction(db, () => {
    if (examInProgress(db)) return undefined;
    const sessionId = Number(db.prepare(`INSERT INTO sessions (kind, started_at) VALUES ('exam', ?)`).run(exam.startedAt).lastInsertRowid);
    const sections = Math.max(1, ...exam.items.map((i) => i.section));
    const id = Number(
      db
        .prepare(`INSERT INTO exams (session_id, outline, seed, format, started_at, status, section_ms) VALUES (?, ?, ?, ?, ?, 'in-progress', ?)`)
        .run(sessionId, exam.outline, exam.seed, JSON.stringify(exam.format), exam.startedAt, JSON.stringify(Array<number>(sections).fill(0))).lastInsertRowid,
    );
    const insert = db.prepare(`INSERT INTO exam_items (exam_id, position, question_pk, scored, section, shown_order, predicted) VALUES (?, ?, ?, ?, ?, ?, ?)`);
    exam.items.forEach((item, i) => insert.run(id, i + 1, item.questionPk, item.scored ? 1 : 0, item.section, item.shownOrder ? JSON.stringify(item.shownOrder) : null, item.predicted));
    return id;
  });
}

export function examInProgress(db: Db): ExamRecord | undefined {
  const row = db.prepare(`SELECT * FROM exams WHERE status = 'in-progress'`).get() as ExamRow | undefined;
  return row ? toExam(row) : undefined;
}

export function examById(db: Db, id: number): ExamRecord | undefined {
  const row = db.prepare('SELECT * FROM exams WHERE id = ?').get(id) as ExamRow | undefined;
  return row ? toExam(row) : undefined;
}

/** The newest exam that is over (submitted or expired). */
export function latestFinishedExam(db: Db): ExamRecord | undefined {
  const row = db.prepare(`SELECT * FROM exams WHERE status IN ('submitted', 'expired') ORDER BY id DESC LIMIT 1`).get() as ExamRow | undefined;
  return row ? toExam(row) : undefined;
}

export function allExams(db: Db): ExamRecord[] {
  return (db.prepare('SELECT * FROM exams ORDER BY id').all() as ExamRow[]).map(toExam);
}

export function examItems(db: Db, examId: number): ExamItemRecord[] {
  const rows = db
    .prepare(
      `SELECT i.*, q.bank_id, q.question_id, q.domain, q.task FROM exam_items i JOIN questions q ON q.pk = i.question_pk
       WHERE i.exam_id = ? ORDER BY i.position`,
    )
    .all(examId) as {
    position: number;
    question_pk: number;
    bank_id: string;
    question_id: string;
    domain: DomainId | null;
    task: number | null;
    scored: number;
    section: number;
    shown_order: string | null;
    response: string | null;
    flagged: number;
    answered_at: number | null;
    time_ms: number;
    correct: number | null;
    predicted: number | null;
  }[];
  return rows.map((r) => ({
    position: r.position,
    questionPk: r.question_pk,
    bankId: r.bank_id,
    questionId: r.question_id,
    domain: r.domain,
    task: r.task,
    scored: r.scored === 1,
    section: r.section,
    shownOrder: r.shown_order === null ? null : (JSON.parse(r.shown_order) as string[]),
    response: r.response === null ? null : (JSON.parse(r.response) as Response),
    flagged: r.flagged === 1,
    answeredAt: r.answered_at,
    timeMs: r.time_ms,
    correct: r.correct === null ? null : r.correct === 1,
    predicted: r.predicted,
  }));
}

/** The running state written with every action and on the heartbeat. */
export interface ExamProgress {
  readonly elapsedMs: number;
  readonly sectionMs: readonly number[];
  readonly position: number;
  /** The end-of-section screen after `position` was showing. */
  readonly atSectionEnd: boolean;
  readonly lockedThrough: number;
  readonly breaks: readonly BreakRecord[];
  /** Time spent on each question so far, by position (only the ones that changed need be given). */
  readonly itemTimes: ReadonlyMap<number, number>;
}

/** Saves the running state, and an item change (answer or flag) with it, in one transaction. */
export function saveProgress(
  db: Db,
  examId: number,
  progress: ExamProgress,
  change?: { readonly position: number; readonly response?: Response; readonly answeredAt?: number; readonly flagged?: boolean },
): void {
  writeTransaction(db, () => {
    db.prepare(`UPDATE exams SET elapsed_ms = ?, section_ms = ?, position = ?, at_section_end = ?, locked_through = ?, breaks = ? WHERE id = ? AND status = 'in-progress'`).run(
      Math.round(progress.elapsedMs),
      JSON.stringify(progress.sectionMs.map(Math.round)),
      progress.position,
      progress.atSectionEnd ? 1 : 0,
      progress.lockedThrough,
      JSON.stringify(progress.breaks),
      examId,
    );
    const time = db.prepare('UPDATE exam_items SET time_ms = ? WHERE exam_id = ? AND position = ?');
    for (const [position, ms] of progress.itemTimes) time.run(Math.round(ms), examId, position);
    if (change?.response !== undefined) {
      db.prepare('UPDATE exam_items SET response = ?, answered_at = ? WHERE exam_id = ? AND position = ?').run(JSON.stringify(change.response), change.answeredAt ?? null, examId, change.position);
    }
    if (change?.flagged !== undefined) db.prepare('UPDATE exam_items SET flagged = ? WHERE exam_id = ? AND position = ?').run(change.flagged ? 1 : 0, examId, change.position);
  });
}

/** Marks an exam over; call inside the submission's transaction. */
export function closeExam(db: Db, exam: ExamRecord, status: Exclude<ExamStatus, 'in-progress'>, at: number): void {
  db.prepare(`UPDATE exams SET status = ?, submitted_at = ? WHERE id = ?`).run(status, status === 'abandoned' ? null : at, exam.id);
  db.prepare('UPDATE sessions SET ended_at = ? WHERE id = ?').run(at, exam.sessionId);
}

export function recordItemResult(db: Db, examId: number, position: number, correct: boolean, logId: number | null): void {
  db.prepare('UPDATE exam_items SET correct = ?, log_id = ? WHERE exam_id = ? AND position = ?').run(correct ? 1 : 0, logId, examId, position);
}

/** The questions of an exam that the learner had answered before it started (in study, practice or an earlier exam). */
export function questionsSeenBefore(db: Db, examId: number): Set<number> {
  const pks = db
    .prepare(
      `SELECT i.question_pk FROM exam_items i JOIN exams e ON e.id = i.exam_id
       WHERE i.exam_id = ? AND EXISTS (SELECT 1 FROM review_log r WHERE r.question_pk = i.question_pk AND r.answered_at < e.started_at)`,
    )
    .pluck()
    .all(examId) as number[];
  return new Set(pks);
}
