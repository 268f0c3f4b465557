/**
 * How an answer to a question becomes an FSRS rating. A multiple-choice answer is not free
 * recall, so "Easy" is never given: a right answer is Good unless the learner says otherwise.
 */
export type Confidence = 'sure' | 'unsure' | 'guessed';

/** FSRS ratings, numbered as ts-fsrs numbers them. */
export const Rating = { Again: 1, Hard: 2, Good: 3, Easy: 4 } as const;
export type RatingValue = (typeof Rating)[keyof typeof Rating];

/** Wrong answers after which a question counts as a leech (Anki's default is 8; we flag sooner). */
export const DEFAULT_LEECH_LAPSES = 6;

/**
 * A right answer the first time a question is seen is rated Hard, not Good, when a blind pick is
 * right more often than this and the learner did not say "sure". Why: at first sight most
 * candidates know about a third of the answers (bank first-sight accuracy ≈ 0.5 on four options,
 * (0.5 − 0.25)/0.75 ≈ 1/3); by Bayes the chance that a right answer was known is
 * p/(p + (1 − p)·g), under 0.8 for any floor g above 1/8 (single choice, choose two of four),
 * over it for choose two of five and matching. Simulated over 60 days, 500 questions, budgets of
 * 45–120 answers a day, three seeds (the bench's learners): exam-day share right +0.5 to +1.0
 * points for an FSRS learner, +0.1 to +8 for half-life-regression learners of three abilities,
 * with the same daily budget. Later right answers stay Good: FSRS's recall at a review is about
 * 0.9, and 0.9/(0.9 + 0.1·0.25) ≈ 0.97.
 */
export const FIRST_SIGHT_GUESS_FLOOR = 1 / 8;

export interface AnswerFacts {
  readonly correct: boolean;
  readonly confidence: Confidence | undefined | null;
  /** The first answer that counts for scheduling under the current answer key. */
  readonly firstSight: boolean;
  /** The chance of a right answer by picking at random (domain/question.ts guessingFloor). */
  readonly guessFloor: number;
}

export function ratingFor(facts: AnswerFacts): RatingValue {
  if (!facts.correct) return Rating.Again;
  if (facts.confidence === 'guessed') return Rating.Again;
  if (facts.confidence === 'unsure') return Rating.Hard;
  if (facts.firstSight && facts.confidence !== 'sure' && facts.guessFloor > FIRST_SIGHT_GUESS_FLOOR) return Rating.Hard;
  return Rating.Good;
}

/** One question's scheduled answers, oldest first, rated as ratingFor rates them today: what a replay applies. */
export function ratedHistory(answers: readonly { readonly at: number; readonly correct: boolean; readonly confidence: Confidence | null }[], guessFloor: number): { at: number; rating: RatingValue }[] {
  return answers.map((a, i) => ({ at: a.at, rating: ratingFor({ correct: a.correct, confidence: a.confidence, firstSight: i === 0, guessFloor }) }));
}
