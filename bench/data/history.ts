/**
 * A learner's history made from a seed and written straight into a database that already holds
 * a bank: review_log rows and the card_state that a replay of them gives (`pmp rebuild --check`
 * finds nothing to fix). The learner introduces questions over about two years, answers when
 * questions fall due (sometimes days late), is right about as often as FSRS predicts, and says
 * now and then that an answer was unsure or a guess.
 */
import { keyResponse } from '../../src/domain/answer-check.js';
import { ratingFor, type Confidence } from '../../src/domain/grading.js';
import { guessingFloor } from '../../src/domain/question.js';
import type { Question, Response } from '../../src/domain/question.js';
import { seededRandom, type Random } from '../../src/domain/random.js';
import { createScheduler, SCHEDULER_REVISION, type MemoryState } from '../../src/domain/scheduler.js';
import { putSetting, SETTING } from '../../src/storage/settings.js';
import { parseStoredQuestion } from '../../src/storage/bank-store.js';
import { writeTransaction, type Db } from '../../src/storage/database.js';

const DAY_MS = 86_400_000;

export interface HistoryOptions {
  /** Review-log rows to write. */
  readonly rows: number;
  readonly seed: number;
  /** The end of the history, ms since epoch: nothing is answered after it. */
  readonly now: number;
  readonly spanDays?: number;
}

export interface HistorySummary {
  readonly rows: number;
  /** Questions answered at least once. */
  readonly questionsSeen: number;
  readonly firstAt: number;
  readonly lastAt: number;
}

interface Answer {
  readonly pk: number;
  readonly at: number;
  readonly rating: number;
  readonly correct: boolean;
  readonly predicted: number | null;
  readonly confidence: Confidence | null;
  readonly response: string;
  readonly elapsedMs: number;
}

export function writeHistory(db: Db, options: HistoryOptions): HistorySummary {
  const random = seededRandom(options.seed);
  const scheduler = createScheduler();
  const span = (options.spanDays ?? 730) * DAY_MS;
  const cards = db
    .prepare(
      `SELECT q.pk, q.body FROM questions q JOIN card_state cs ON cs.question_pk = q.pk
       WHERE cs.active = 1 AND cs.phase = 'new' ORDER BY cs.new_rank, q.pk`,
    )
    .all() as { pk: number; body: string }[];

  const answers: Answer[] = [];
  const finalStates = new Map<number, MemoryState>();
  for (const card of cards) {
    if (answers.length >= options.rows) break;
    const question = parseStoredQuestion(card.body, null);
    // More questions were introduced early on than lately: the age is skewed towards the span.
    let at = options.now - Math.floor(span * Math.sqrt(random())) + Math.floor(random() * 3_600_000);
    let state: MemoryState | null = null;
    while (at <= options.now && answers.length < options.rows) {
      const predicted = scheduler.recallProbability(state, at);
      const correct = random() < (predicted === null ? 0.6 : Math.min(0.98, predicted * 0.97));
      const confidence = confidenceOf(random, correct);
      const rating = ratingFor({ correct, confidence, firstSight: state === null, guessFloor: guessingFloor(question) });
      answers.push({
        pk: card.pk,
        at,
        rating,
        correct,
        predicted,
        confidence,
        response: JSON.stringify(correct ? keyResponse(question) : wrongResponse(question)),
        elapsedMs: 8_000 + Math.floor(random() * 80_000),
      });
      state = scheduler.next(state, at, rating);
      // Learning steps are answered within the session; reviews on the day due, or a little late.
      const late = state.phase === 'review' ? Math.floor(random() * random() * 4 * DAY_MS) : Math.floor(random() * 120_000);
      at = Math.max(state.dueAt, at + 30_000) + late;
    }
    if (state) finalStates.set(card.pk, state);
  }

  // Written in time order, as a learner's sessions would have written them.
  answers.sort((a, b) => a.at - b.at || a.pk - b.pk);
  writeTransaction(db, () => {
    const insert = db.prepare(
      `INSERT INTO review_log (question_pk, key_version, session_id, mode, answered_at, response, shown_order, correct,
         elapsed_ms, confidence, rating, predicted_recall)
       VALUES (?, 1, NULL, 'study', ?, ?, NULL, ?, ?, ?, ?, ?)`,
    );
    for (const a of answers) insert.run(a.pk, a.at, a.response, a.correct ? 1 : 0, a.elapsedMs, a.confidence, a.rating, a.predicted);
    const put = db.prepare(
      `UPDATE card_state SET phase = ?, due_at = ?, stability = ?, difficulty = ?, scheduled_days = ?, learning_steps = ?,
         reps = ?, lapses = ?, last_review_at = ? WHERE question_pk = ?`,
    );
    for (const [pk, s] of finalStates) {
      put.run(s.phase, s.dueAt, s.stability, s.difficulty, s.scheduledDays, s.learningSteps, s.reps, s.lapses, s.lastReviewAt, pk);
    }
    // The states are this scheduler's replay: stamp it, or the first command would rebuild them all.
    putSetting(db, SETTING.schedulerRevision, SCHEDULER_REVISION);
  });
  return {
    rows: answers.length,
    questionsSeen: finalStates.size,
    firstAt: answers[0]?.at ?? options.now,
    lastAt: answers[answers.length - 1]?.at ?? options.now,
  };
}

function confidenceOf(random: Random, correct: boolean): Confidence | null {
  const r = random();
  if (r < 0.5) return null; // not asked (plain mode, or --no-confidence)
  if (!correct) return 'sure';
  return r < 0.9 ? 'sure' : r < 0.97 ? 'unsure' : 'guessed';
}

/** A plausible wrong answer of the question's type. */
export function wrongResponse(q: Question): Response {
  switch (q.type) {
    case 'single':
      return { type: 'single', optionId: (q.options.find((o) => o.id !== q.answer) ?? q.options[0])?.id ?? 'a' };
    case 'multiple':
      return { type: 'multiple', optionIds: q.answer.slice(0, 1) };
    case 'ordering':
      return { type: 'ordering', optionIds: [...q.answer].reverse() };
    case 'matching': {
      const left = Object.keys(q.answer);
      const right = Object.values(q.answer);
      return { type: 'matching', pairs: Object.fromEntries(left.map((l, i) => [l, right[(i + 1) % right.length] as string])) };
    }
    case 'numeric':
      return { type: 'numeric', value: q.answer.value + 1 + q.answer.tolerance * 2 };
  }
}
