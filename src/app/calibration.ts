/**
 * `pmp readiness --calibration`: the recall probabilities logged before each answer, set against
 * what happened. Practice (cram) answers and undone answers are left out; history per question
 * restarts when its answer key changed (as a replay does).
 */
import { calibrate, MIN_PREDICTIONS, scoreableAnswers, type Calibration, type LoggedAnswer, type ScoredAnswer } from '../domain/calibration.js';
import type { RatingValue } from '../domain/grading.js';
import { guessingFloor, type Question } from '../domain/question.js';
import type { Db } from '../storage/database.js';

export interface CalibrationReport {
  /** 'too-few' when fewer than `needed` predictions can be scored: no scores then. */
  readonly status: 'ok' | 'too-few';
  /** Only answers from this time on are scored (ms since epoch); null = all. */
  readonly since: number | null;
  /** Answers in the window (study and exam; practice and undone ones left out). */
  readonly answers: number;
  /** First answers to a question: nothing was predicted. */
  readonly firstAnswers: number;
  /** Answers less than a day after the previous one to the same question: left out (see domain/calibration.ts). */
  readonly sameDay: number;
  readonly predictions: number;
  readonly needed: number;
  readonly calibration: Calibration | null;
}

interface Row {
  question_pk: number;
  key_version: number;
  answered_at: number;
  correct: number;
  rating: number;
  predicted_recall: number | null;
}

export function calibrationReport(db: Db, options: { readonly since?: number } = {}): CalibrationReport {
  const from = options.since ?? -Infinity;
  const rows = db
    .prepare(
      `SELECT r.question_pk, r.key_version, r.answered_at, r.correct, r.rating, r.predicted_recall
       FROM review_log r
       WHERE r.mode != 'cram' AND NOT EXISTS (SELECT 1 FROM review_undo u WHERE u.log_id = r.id)
       ORDER BY r.question_pk, r.key_version, r.id`,
    )
    .all() as Row[];
  const scored: { answer: ScoredAnswer; questionPk: number }[] = [];
  let answers = 0;
  let firstAnswers = 0;
  let sameDay = 0;
  for (let start = 0; start < rows.length; ) {
    const head = rows[start] as Row;
    let end = start;
    while (end < rows.length && rows[end]?.question_pk === head.question_pk && rows[end]?.key_version === head.key_version) end++;
    const history: LoggedAnswer[] = rows.slice(start, end).map((r) => ({
      at: r.answered_at,
      rating: r.rating as RatingValue,
      correct: r.correct === 1,
      predictedRecall: r.predicted_recall,
    }));
    for (const a of history) {
      if (a.at < from) continue;
      answers++;
      if (a.predictedRecall === null) firstAnswers++;
    }
    const result = scoreableAnswers(history, from);
    sameDay += result.sameDay;
    for (const answer of result.answers) scored.push({ answer, questionPk: head.question_pk });
    start = end;
  }
  const base = { since: options.since ?? null, answers, firstAnswers, sameDay, predictions: scored.length, needed: MIN_PREDICTIONS };
  if (scored.length < MIN_PREDICTIONS) return { status: 'too-few', ...base, calibration: null };
  const floors = guessingFloors(db, new Set(scored.map((s) => s.questionPk)));
  const calibration = calibrate(
    scored.map((s) => s.answer),
    (i) => floors.get((scored[i] as { questionPk: number }).questionPk) ?? 0,
  );
  return { status: 'ok', ...base, calibration };
}

/** The guessing floor of each question, from its stored body (options and how many are right). */
function guessingFloors(db: Db, pks: ReadonlySet<number>): Map<number, number> {
  const floors = new Map<number, number>();
  const body = db.prepare('SELECT body FROM questions WHERE pk = ?').pluck();
  for (const pk of pks) {
    const text = body.get(pk) as string | undefined;
    floors.set(pk, text ? guessingFloor(JSON.parse(text) as Question) : 0);
  }
  return floors;
}
