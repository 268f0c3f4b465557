import { describe, expect, it } from '@jest/globals';
import { cutDay, groupHistories, heldOutItems, predictableCount, studyDayNumber, trainingItems, type LoggedReview } from '../../src/domain/fsrs-training.js';
import type { RatingValue } from '../../src/domain/grading.js';
import { scheduledReviews } from '../../src/storage/review-history.js';
import { StudyStore } from '../../src/storage/study-store.js';
import { bankFile, memoryDbWithBank, parseBank, DAY, MINUTE, T0 } from '../helpers/fixtures.js';

const HOUR = 60 * MINUTE;
const utc = () => 0;
const row = (questionPk: number, at: number, rating: RatingValue, keyVersion = 1): LoggedReview => ({ questionPk, keyVersion, at, rating });
const asPairs = (items: ReturnType<typeof trainingItems>) => items.map((i) => i.reviews.map((r) => [r.rating, r.deltaDays]));

describe('training items for the FSRS optimizer', () => {
  it('counts study days, rolling over at 04:00 local time', () => {
    const evening = Date.UTC(2026, 0, 10, 23, 0);
    expect(studyDayNumber(Date.UTC(2026, 0, 11, 3, 59), 0)).toBe(studyDayNumber(evening, 0)); // 03:59 is still the evening before
    expect(studyDayNumber(Date.UTC(2026, 0, 11, 4, 0), 0)).toBe(studyDayNumber(evening, 0) + 1);
    // 20:00 UTC is 05:00 the next morning in Seoul (UTC+9): already the next study day there.
    expect(studyDayNumber(Date.UTC(2026, 0, 10, 20, 0), 540)).toBe(studyDayNumber(Date.UTC(2026, 0, 10, 20, 0), 0) + 1);
  });

  it('makes one item per answer on a later day, with the whole history before it and delta_t in study days', () => {
    const histories = groupHistories([row(1, T0, 3), row(1, T0 + 2 * DAY, 3), row(1, T0 + 9 * DAY, 1)], utc);
    expect(asPairs(trainingItems(histories))).toEqual([
      [[3, 0], [3, 2]],
      [[3, 0], [3, 2], [1, 7]],
    ]);
  });

  it('keeps same-day answers in the history (delta_t 0) but never makes them an item to predict', () => {
    // Wrong at first sight, right ten minutes later (a learning step), then right 3 days on.
    const histories = groupHistories([row(1, T0, 1), row(1, T0 + 10 * MINUTE, 3), row(1, T0 + 3 * DAY, 3)], utc);
    expect(asPairs(trainingItems(histories))).toEqual([[[1, 0], [3, 0], [3, 3]]]);
    expect(predictableCount(histories)).toBe(1);
  });

  it('treats a late-night answer as the same study day as the evening before', () => {
    const evening = Date.UTC(2026, 0, 10, 22, 0);
    const histories = groupHistories([row(1, evening, 3), row(1, evening + 4 * HOUR, 3), row(1, evening + 7 * HOUR, 3)], utc);
    expect(histories[0]?.map((a) => a.deltaDays)).toEqual([0, 0, 1]); // 02:00 same day; 05:00 next day
  });

  it('restarts a question whose answer key changed, and keeps questions apart', () => {
    const histories = groupHistories(
      [row(1, T0, 3), row(2, T0, 1), row(1, T0 + 2 * DAY, 3), row(1, T0 + 3 * DAY, 3, 2), row(2, T0 + DAY, 3), row(1, T0 + 5 * DAY, 1, 2)],
      utc,
    );
    expect(histories.map((h) => h.map((a) => [a.rating, a.deltaDays]))).toEqual([
      [[3, 0], [3, 2]],
      [[1, 0], [3, 1]],
      [[3, 0], [1, 2]], // key version 2 starts from nothing on day 3
    ]);
    expect(predictableCount(histories)).toBe(3);
  });

  it('never lets days run backwards when the clock was set back', () => {
    const histories = groupHistories([row(1, T0 + 5 * DAY, 3), row(1, T0 + 2 * DAY, 3)], utc);
    expect(histories[0]?.map((a) => a.deltaDays)).toEqual([0, 0]);
  });

  it('splits by study day: items before the cut are fitted, later ones held out with their full history', () => {
    const rows = Array.from({ length: 10 }, (_, d) => row(1, T0 + d * DAY, 3));
    const histories = groupHistories(rows, utc);
    const cut = cutDay(histories, 0.8);
    expect(cut).toBe(studyDayNumber(T0 + 8 * DAY, 0));
    expect(trainingItems(histories, cut)).toHaveLength(7); // days 1..7
    const held = heldOutItems(histories, cut ?? 0);
    expect(held.map((i) => i.reviews.length)).toEqual([9, 10]); // days 8 and 9, each with everything before
    expect(cutDay(groupHistories([row(1, T0, 3)], utc), 0.8)).toBeUndefined();
  });

  it('reads from the log only answers that shape memory: no practice (cram), nothing undone', () => {
    const db = memoryDbWithBank(parseBank(bankFile(2)));
    const store = new StudyStore(db);
    const pk = db.prepare('SELECT pk FROM questions ORDER BY pk LIMIT 1').pluck().get() as number;
    const log = (at: number, rating: RatingValue, mode: 'study' | 'cram' = 'study') =>
      store.appendLog({ questionPk: pk, keyVersion: 1, sessionId: null, mode, answeredAt: at, response: { type: 'single', optionId: 'a' }, shownOrder: null, correct: rating > 1, elapsedMs: 1000, confidence: null, rating, predictedRecall: null });
    log(T0, 3);
    log(T0 + DAY, 1, 'cram');
    const undone = log(T0 + 2 * DAY, 1);
    store.markUndone(undone, T0 + 2 * DAY + MINUTE);
    log(T0 + 4 * DAY, 3);
    const histories = groupHistories(scheduledReviews(db), utc);
    // Rated from the raw facts as a replay rates them: right at first sight on a single-choice item is Hard.
    expect(asPairs(trainingItems(histories))).toEqual([[[2, 0], [3, 4]]]);
  });
});
