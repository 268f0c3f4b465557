/**
 * `pmp readiness --calibration`: the recall probabilities logged before each answer, set against
 * what happened. Practice (cram) answers and undone answers are left out; history per question
 * restarts when its answer key changed (as a replay does).
 */
import { calibrate, MIN_PREDICTIONS, scoreableAnswers, type Calibration, type LoggedAnswer, type ScoredAnswer } from '../domain/calibration.js';
import type { RatingValue } from '../domain/grading.js';
import { guessingFloorOf, type QuestionType } from '../domain/question.js';
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

/** question_pk, key_version, answered_at, correct, rating, predicted_recall */
type Row = [number, number, number, number, number, number | null];

export function calibrationReport(db: Db, options: { readonly since?: number } = {}): CalibrationReport {
  const from = options.since ?? -Infinity;
  // Read in the log's own order (a plain scan) and grouped here: asking SQLite to sort 1,000,000
  // answers by question and key version took ~6 s; each group keeps the log's order.
  const read = db.prepare(
    `SELECT r.question_pk, r.key_version, r.answered_at, r.correct, r.rating, r.predicted_recall
     FROM review_log r
     WHERE r.mode != 'cram' AND NOT EXISTS (SELECT 1 FROM review_undo u WHERE u.log_id = r.id)
     ORDER BY r.id`,
  );
  const histories = new Map<number, Map<number, LoggedAnswer[]>>();
  for (const [questionPk, keyVersion, at, correct, rating, predictedRecall] of read.raw().iterate() as IterableIterator<Row>) {
    let byKey = histories.get(questionPk);
    if (!byKey) histories.set(questionPk, (byKey = new Map()));
    let history = byKey.get(keyVersion);
    if (!history) byKey.set(keyVersion, (history = []));
    history.push({ at, rating: rating as RatingValue, correct: correct === 1, predictedRecall });
  }
  const scored: { answer: ScoredAnswer; questionPk: number }[] = [];
  let answers = 0;
  let firstAnswers = 0;
  let sameDay = 0;
  for (const questionPk of [...histories.keys()].sort((a, b) => a - b)) {
    const byKey = histories.get(questionPk) as Map<number, LoggedAnswer[]>;
    for (const keyVersion of [...byKey.keys()].sort((a, b) => a - b)) {
      const history = byKey.get(keyVersion) as LoggedAnswer[];
      for (const a of history) {
        if (a.at < from) continue;
        answers++;
        if (a.predictedRecall === null) firstAnswers++;
      }
      const result = scoreableAnswers(history, from);
      sameDay += result.sameDay;
      for (const answer of result.answers) scored.push({ answer, questionPk });
    }
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

/** The guessing floor of each question, from the counts kept beside its body (options and how many are right). */
function guessingFloors(db: Db, pks: ReadonlySet<number>): Map<number, number> {
  const floors = new Map<number, number>();
  const shape = db.prepare('SELECT type, choices AS options, keys FROM questions WHERE pk = ?');
  for (const pk of pks) {
    const row = shape.get(pk) as { type: QuestionType; options: number; keys: number } | undefined;
    floors.set(pk, row ? guessingFloorOf(row) : 0);
  }
  return floors;
}
