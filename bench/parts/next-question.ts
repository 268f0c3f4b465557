/**
 * Inside a session on the big database: the work between two questions, done in-process the
 * way runStudySession does it — choose the next card, load and present the question, count
 * what waits, check the flag — and, separately, committing an answer (recordAnswer), which the
 * queue must then see. The clock moves on 20 s per answer.
 */
import { performance } from 'node:perf_hooks';
import { recordAnswer } from '../../src/app/record-answer.js';
import { createQueue } from '../../src/app/study-queue.js';
import { keyResponse } from '../../src/domain/answer-check.js';
import { present } from '../../src/domain/presentation.js';
import { hashString, seededRandom } from '../../src/domain/random.js';
import { createScheduler } from '../../src/domain/scheduler.js';
import { nextStudyDayStart } from '../../src/domain/study-day.js';
import { isFlagged } from '../../src/storage/card-marks.js';
import { openDatabase } from '../../src/storage/database.js';
import { StudyStore } from '../../src/storage/study-store.js';
import { wrongResponse } from '../data/history.js';
import { quantile, median } from '../lib/processes.js';
import { thousands } from '../lib/report.js';
import type { BenchPart } from './part.js';

const ITERATIONS = 1000;
const WARM_UP = 20;
const STEP_MS = 20_000;
const UTC_OFFSET_MINUTES = 0;

export const nextQuestionPart: BenchPart = {
  name: 'next-question',
  async run({ fixtures, log }) {
    const study = fixtures.studyDb();
    const db = openDatabase(fixtures.copyOf(study.path, 'next-question.db'));
    const choose: number[] = [];
    const commit: number[] = [];
    log(`${ITERATIONS} questions answered in-process`);
    try {
      const store = new StudyStore(db);
      const scheduler = createScheduler();
      const random = seededRandom(fixtures.options.seed);
      const queue = createQueue(store, { filter: {}, newPerDay: 1000, cram: false, seed: fixtures.options.seed });
      let now = Date.parse(fixtures.options.now);
      const sessionId = store.startSession('study', now);
      let lastPk: number | undefined;
      for (let i = 0; i < WARM_UP + ITERATIONS; i++) {
        const started = performance.now();
        const card = queue.next(now, UTC_OFFSET_MINUTES, lastPk);
        if (!card) throw new Error(`nothing to study after ${i} answers`);
        const question = store.question(card.questionPk);
        const presentation = present(question, seededRandom(hashString(`${fixtures.options.seed}:${card.questionPk}:${i}`)));
        store.counts(now, nextStudyDayStart(now, UTC_OFFSET_MINUTES), {});
        isFlagged(db, card.questionPk);
        const chosen = performance.now();
        recordAnswer(db, store, scheduler, {
          questionPk: card.questionPk,
          question,
          response: random() < 0.85 ? keyResponse(question) : wrongResponse(question),
          shownOrder: presentation.optionOrder.length > 0 ? presentation.optionOrder : null,
          confidence: undefined,
          elapsedMs: STEP_MS,
          at: now,
          sessionId,
          mode: 'study',
        });
        const committed = performance.now();
        if (i >= WARM_UP) {
          choose.push(chosen - started);
          commit.push(committed - chosen);
        }
        lastPk = card.questionPk;
        now += STEP_MS;
      }
    } finally {
      db.close();
    }
    const size = `${thousands(study.questions)} questions, ${thousands(study.history.rows)} log rows`;
    const note = `${ITERATIONS} answers`;
    return [
      { label: `next question, median (${size})`, value: median(choose), unit: 'ms', note },
      { label: `next question, p99 (${size})`, value: quantile(choose, 0.99), unit: 'ms', target: { max: 10, unit: 'ms' }, note },
      { label: 'answer commit, median', value: median(commit), unit: 'ms', note },
      { label: 'answer commit, p99', value: quantile(commit, 0.99), unit: 'ms', note },
    ];
  },
};
