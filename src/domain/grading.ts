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

export function ratingFor(correct: boolean, confidence: Confidence | undefined): RatingValue {
  if (!correct) return Rating.Again;
  if (confidence === 'guessed') return Rating.Again;
  if (confidence === 'unsure') return Rating.Hard;
  return Rating.Good;
}
