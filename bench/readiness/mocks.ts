/**
 * Mock exams on exam morning: drawn by startExam exactly as `pmp exam` draws them (with its
 * per-question predictions), answered by the learner without touching its memory, scored as
 * `pmp exam` scores, and abandoned — several mocks from one state, none changing the database the
 * next one is drawn from.
 */
import { abandonExam } from '../../src/app/exam-submit.js';
import { startExam } from '../../src/app/exam-start.js';
import type { Clock } from '../../src/app/ports.js';
import { isCorrect } from '../../src/domain/answer-check.js';
import { DEFAULT_CUT } from '../../src/domain/exam-rating.js';
import { scoreExam } from '../../src/domain/exam-score.js';
import type { Outline } from '../../src/domain/outline.js';
import { hashString, seededRandom } from '../../src/domain/random.js';
import type { Scheduler } from '../../src/domain/scheduler.js';
import type { MemoryLearner } from '../../src/simulation/memory-learner.js';
import { learnerResponse } from '../../src/simulation/responses.js';
import type { Db } from '../../src/storage/database.js';
import { examItems } from '../../src/storage/exam-store.js';
import type { Bank } from './app-database.js';

/**
 * How a mock is drawn: as `pmp exam` draws by default (never-answered questions first, as on the
 * real exam), or with `pmp exam --seen PCT` at the bank's own seen share, so that the mock samples
 * the same mix of seen and unseen questions that readiness averages over.
 */
export type MockDraw = 'unseen-first' | 'bank-share';

export interface MockOutcome {
  readonly draw: MockDraw;
  readonly score: number;
  /** Scored questions in the mock. */
  readonly scored: number;
  /** The draw's own predicted score (mean of the per-question chances startExam stored, scored questions). */
  readonly predicted: number;
  readonly seen: number;
  readonly questions: number;
}

export function takeMocks(db: Db, clock: Clock, scheduler: Scheduler, bank: Bank, learner: MemoryLearner, outline: Outline, at: number, config: { readonly seed: number; readonly mocks: number; readonly mockQuestions: number }): MockOutcome[] {
  const mocks: MockOutcome[] = [];
  const seenShare = bank.pks.filter((_, i) => learner.studied(i)).length / bank.pks.length;
  for (let m = 0; m < 2 * config.mocks; m++) {
    const draw: MockDraw = m < config.mocks ? 'unseen-first' : 'bank-share';
    const seed = hashString(`mock:${config.seed}:${m}`);
    const random = seededRandom(seed);
    // --seen takes whole percents.
    const seen = draw === 'bank-share' ? { seenShare: Math.round(seenShare * 100) / 100 } : {};
    const { examId, plan } = startExam(db, clock, { outline, scheduler, questions: config.mockQuestions, seed, ...seen });
    const drawn = examItems(db, examId).filter((i) => i.scored);
    const predicted = drawn.reduce((a, i) => a + (i.predicted ?? 0), 0) / Math.max(1, drawn.length);
    const items = plan.items.map((item) => {
      const index = bank.indexOf.get(item.questionPk)!;
      const question = bank.questions[index]!;
      const right = random() < learner.chanceRight(index, at);
      return { domain: question.eco?.domain ?? null, scored: item.scored, answered: true, correct: isCorrect(question, learnerResponse(question, right)), seen: learner.studied(index) };
    });
    const score = scoreExam(items, outline.domains.map((d) => d.id), DEFAULT_CUT);
    abandonExam(db, clock.now());
    mocks.push({ draw, score: score.overall.share, scored: score.overall.total, predicted, seen: items.filter((i) => i.seen).length, questions: items.length });
  }
  return mocks;
}
