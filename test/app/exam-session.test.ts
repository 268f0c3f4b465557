/** The mock exam as a use case: a scripted learner, a clock the test moves, timers that never fire. */
import { describe, expect, it } from '@jest/globals';
import { examReport } from '../../src/app/exam-report.js';
import { runExam, type ExamAction, type ExamScreen, type ExamUi, type Refusal, type Timers } from '../../src/app/exam-session.js';
import { startExam } from '../../src/app/exam-start.js';
import { loadOutlines } from '../../src/app/outlines.js';
import { rebuildAllStates } from '../../src/app/rebuild.js';
import { keyResponse } from '../../src/domain/answer-check.js';
import type { Outline } from '../../src/domain/outline.js';
import { createScheduler } from '../../src/domain/scheduler.js';
import { PmpError } from '../../src/errors.js';
import type { Db } from '../../src/storage/database.js';
import { examById, examItems } from '../../src/storage/exam-store.js';
import { runStudySession } from '../../src/app/study-session.js';
import { importBank } from '../../src/app/import-bank.js';
import { bankFile, DAY, MINUTE, memoryDbWithBank, movableClock, parseBank, scriptedUi, T0 } from '../helpers/fixtures.js';

const outline = loadOutlines().get('eco-2026') as Outline;
const idleTimers: Timers = { setTimeout: () => 0, clearTimeout: () => {}, setInterval: () => 0, clearInterval: () => {} };

type Step = ExamAction | ((screen: ExamScreen) => ExamAction);

/** Plays `steps`; each takes `stepMs` of exam time. Fails the test on a prompt past the script. */
function scripted(clock: ReturnType<typeof movableClock>, steps: Step[], options: { stepMs?: number; restMs?: number } = {}) {
  const screens: ExamScreen[] = [];
  const refusals: Refusal[] = [];
  const saved: number[] = [];
  const ui: ExamUi = {
    async ask(screen) {
      screens.push(screen);
      const step = steps.shift();
      if (!step) throw new Error(`unexpected prompt at ${screen.kind} ${screen.kind === 'question' ? screen.item.position : ''}`);
      clock.advance(options.stepMs ?? 10_000);
      return typeof step === 'function' ? step(screen) : step;
    },
    saved: (item) => void saved.push(item.position),
    flagged: () => {},
    refused: (reason) => void refusals.push(reason),
    async rest() {
      clock.advance(options.restMs ?? 0);
    },
    timeUp: () => {},
  };
  return { ui, screens, refusals, saved };
}

const right = (screen: ExamScreen): ExamAction => {
  if (screen.kind !== 'question') throw new Error('expected a question');
  return { kind: 'answer', response: keyResponse(screen.item.presentation.question) };
};

/** Answers a question right; at a section's end goes on without the break. */
const rightOrOn = (screen: ExamScreen): ExamAction => (screen.kind === 'question' ? right(screen) : { kind: 'continue', takeBreak: false });

function setUp(questions = 12, minutes = 20) {
  const db = memoryDbWithBank(parseBank(bankFile(60)));
  const clock = movableClock();
  const { examId } = startExam(db, clock, { outline, scheduler: createScheduler(), questions, minutes, seed: 7 });
  const run = (ui: ExamUi) => runExam({ db, clock, monotonicMs: clock.now, scheduler: createScheduler(), ui, timers: idleTimers }, examId);
  return { db, clock, examId, run };
}

const logRows = (db: Db) => db.prepare(`SELECT question_pk, mode, session_id FROM review_log ORDER BY id`).all() as { question_pk: number; mode: string; session_id: number }[];

describe('a mock exam', () => {
  it('saves each answer as it is given, and resumes with the same questions, answers and time', async () => {
    const { db, clock, examId, run } = setUp();
    const first = scripted(clock, [right, right, { kind: 'flag' }, right, { kind: 'leave' }]);
    expect(await run(first.ui)).toEqual({ examId, status: 'in-progress' });
    const items = examItems(db, examId);
    expect(items.filter((i) => i.response !== null).map((i) => i.position)).toEqual([1, 2, 3]);
    expect(items[2]?.flagged).toBe(true);
    expect(first.saved).toEqual([1, 2, 3]);
    expect(examById(db, examId)?.elapsedMs).toBe(50_000);
    expect(logRows(db)).toEqual([]); // nothing in the review log before submission

    clock.advance(3 * 3_600_000); // the window was closed for three hours: that time does not count
    const again = scripted(clock, [{ kind: 'previous' }, { kind: 'leave' }]);
    await run(again.ui);
    const resumed = again.screens[0];
    expect(resumed?.kind === 'question' && resumed.item.position).toBe(4);
    expect(examById(db, examId)?.elapsedMs).toBe(70_000); // two more steps of 10 s, the three hours not
    expect(resumed?.remainingMs()).toBe(20 * MINUTE - 70_000);
    const back = again.screens[1];
    expect(back?.kind === 'question' && back.item.response).toEqual(items[2]?.response);
    expect(back?.kind === 'question' && back.item.presentation.question.id).toBe(first.screens[2]?.kind === 'question' ? first.screens[2].item.presentation.question.id : 'x');
  });

  it('moves only within a section, locks it at the break point, and does not count the break', async () => {
    const { db, clock, examId, run } = setUp();
    const steps: Step[] = [right, right, right, { kind: 'next' }, { kind: 'next' }, { kind: 'goto', position: 6 }, { kind: 'previous' }, { kind: 'next' }, { kind: 'continue', takeBreak: true }, { kind: 'goto', position: 2 }, { kind: 'leave' }];
    const count = steps.length;
    const ui = scripted(clock, steps, { restMs: 4 * MINUTE });
    await run(ui.ui);
    expect(ui.refusals).toEqual(['end-of-section', 'other-section', 'locked']);
    expect(ui.screens[4]?.kind).toBe('section-end');
    const exam = examById(db, examId);
    expect(exam?.lockedThrough).toBe(4);
    expect(exam?.breaks).toEqual([{ afterQuestion: 4, taken: true, usedMs: 4 * MINUTE }]);
    expect(exam?.elapsedMs).toBe(count * 10_000);
    expect(exam?.position).toBe(5);
  });

  it('resumes at the end of a section when it stopped there', async () => {
    const { clock, run } = setUp();
    await run(scripted(clock, [right, right, right, right, { kind: 'leave' }]).ui);
    const again = scripted(clock, [{ kind: 'leave' }]);
    await run(again.ui);
    expect(again.screens[0]?.kind).toBe('section-end');
  });

  it('counts a break longer than its length as exam time', async () => {
    const { db, clock, examId, run } = setUp();
    const ui = scripted(clock, [right, right, right, right, { kind: 'continue', takeBreak: true }, { kind: 'leave' }], { restMs: 13 * MINUTE, stepMs: 1000 });
    await run(ui.ui);
    expect(examById(db, examId)?.elapsedMs).toBe(6000 + 3 * MINUTE);
  });

  it('submits: final answers enter the review log as exam answers, memory states follow, rebuild agrees', async () => {
    const { db, clock, examId, run } = setUp();
    const wrongFirst = (screen: ExamScreen): ExamAction => {
      if (screen.kind !== 'question') throw new Error('expected a question');
      const q = screen.item.presentation.question;
      if (q.type !== 'single') throw new Error('single expected');
      return { kind: 'answer', response: { type: 'single', optionId: q.options.find((o) => o.id !== q.answer)?.id ?? '' } };
    };
    // Q1 wrong then changed to right; Q2 wrong; Q3 right; the rest unanswered.
    const ui = scripted(clock, [wrongFirst, wrongFirst, right, { kind: 'goto', position: 1 }, right, { kind: 'submit' }]);
    expect(await run(ui.ui)).toEqual({ examId, status: 'submitted' });
    const exam = examById(db, examId);
    const rows = logRows(db);
    expect(rows).toHaveLength(3);
    expect(rows.every((r) => r.mode === 'exam' && r.session_id === exam?.sessionId)).toBe(true);
    const states = db.prepare(`SELECT COUNT(*) FROM card_state WHERE phase != 'new'`).pluck().get();
    expect(states).toBe(3);
    expect(rebuildAllStates(db, createScheduler(), { checkOnly: true }).mismatched).toEqual([]);
    const report = examReport(db, examId, 0.61);
    expect(report.score?.overall.right).toBe(2);
    expect(report.score?.overall.total).toBe(12);
    expect(report.score?.unanswered).toBe(9);
    expect(report.items.map((i) => i.correct).slice(0, 3)).toEqual([true, false, true]);
    expect(db.prepare('SELECT ended_at FROM sessions WHERE id = ?').pluck().get(exam?.sessionId)).toBe(clock.now());
    // A learner with no history: every four-option question was predicted at the 50 % prior. Only
    // the three answered questions check the prediction: nine left blank say nothing about recall.
    expect(report.prediction).toEqual({
      questions: 3,
      expected: 0.5,
      actual: 2 / 3,
      brier: expect.closeTo(0.25, 12),
      logLoss: expect.closeTo(Math.LN2, 12),
      baselineBrier: expect.closeTo((2 / 3) * (1 / 3), 12),
      baselineLogLoss: expect.any(Number),
      // Nothing was seen before: the whole check is of first-sight accuracy.
      seen: null,
      unseen: expect.objectContaining({ questions: 3, expected: 0.5, actual: 2 / 3 }),
    });
  });

  it('predicts each drawn question with the readiness model: seen ones by recall, unseen by first-sight accuracy', async () => {
    const db = memoryDbWithBank(parseBank(bankFile(15)));
    const clock = movableClock();
    // Twelve of fifteen answered right at first sight a day before: first-sight accuracy 100 %, shrunk.
    const learn = scriptedUi(Array.from({ length: 12 }, () => ({ answer: 'right' as const })));
    await runStudySession({ db, clock, scheduler: createScheduler(), ui: learn }, { filter: {}, newPerDay: 12, limit: 12, seed: 1 });
    clock.advance(DAY);
    const { examId } = startExam(db, clock, { outline, scheduler: createScheduler(), questions: 12, minutes: 20, seed: 3 });
    const items = examItems(db, examId);
    const seen = new Set(learn.asked.map((i) => i.questionId));
    for (const item of items) {
      expect(item.predicted).toBeGreaterThan(0.5);
      expect(item.predicted).toBeLessThan(1);
    }
    // A day after a right answer, recall beats the shrunk first-sight prior of the unseen ones.
    const seenItems = items.filter((i) => seen.has(i.questionId));
    const unseenItems = items.filter((i) => !seen.has(i.questionId));
    expect(seenItems.length).toBeGreaterThan(0);
    expect(unseenItems.length).toBeGreaterThan(0);
    for (const s of seenItems) for (const u of unseenItems) expect(s.predicted).toBeGreaterThan(u.predicted ?? 1);
    // The report checks the two parts of the estimate apart (over answered questions: all twelve are, two section ends passed on the way).
    const run = runExam({ db, clock, monotonicMs: clock.now, scheduler: createScheduler(), ui: scripted(clock, [...Array.from({ length: 14 }, () => rightOrOn), { kind: 'submit' }]).ui, timers: idleTimers }, examId);
    expect(await run).toEqual({ examId, status: 'submitted' });
    const report = examReport(db, examId, 0.61);
    expect(report.prediction?.seen?.questions).toBe(seenItems.filter((i) => i.scored).length);
    expect(report.prediction?.unseen?.questions).toBe(unseenItems.filter((i) => i.scored).length);
  });

  it('ends the exam when the time runs out, keeping what was saved and ignoring a late answer', async () => {
    const { db, clock, examId, run } = setUp(12, 1);
    const ui = scripted(clock, [right, right, { kind: 'timeout' }, right], { stepMs: 25_000 });
    expect(await run(ui.ui)).toEqual({ examId, status: 'expired' });
    expect(examItems(db, examId).filter((i) => i.response !== null)).toHaveLength(2);
    expect(logRows(db)).toHaveLength(2);
    expect(examById(db, examId)?.status).toBe('expired');
  });

  it('expires at once on resume when no time was left', async () => {
    const { db, examId, run } = setUp();
    db.prepare('UPDATE exams SET elapsed_ms = ? WHERE id = ?').run(20 * MINUTE, examId);
    expect(await run(scripted(movableClock(), []).ui)).toEqual({ examId, status: 'expired' });
  });

  it('allows one exam in progress at a time, and refuses an outline no bank follows without writing', () => {
    const { db, clock } = setUp();
    expect(() => startExam(db, clock, { outline, scheduler: createScheduler(), seed: 1 })).toThrow(PmpError);
    const fresh = memoryDbWithBank(parseBank(bankFile(30)));
    const before = fresh.prepare('SELECT COUNT(*) FROM sessions').pluck().get();
    try {
      startExam(fresh, clock, { outline: loadOutlines().get('eco-2021') as Outline, scheduler: createScheduler(), seed: 1 });
      throw new Error('expected a refusal');
    } catch (e) {
      expect((e as PmpError).key).toBe('exam.no-questions');
    }
    expect(fresh.prepare('SELECT COUNT(*) FROM exams').pluck().get()).toBe(0);
    expect(fresh.prepare('SELECT COUNT(*) FROM sessions').pluck().get()).toBe(before);
  });
});

describe('a mock exam from a slice of the banks (--bank, --tag)', () => {
  const withId = (id: string, n: number, tags: (i: number) => string[], domain?: (i: number) => string) => {
    const file = bankFile(n, { id }) as { questions: Record<string, unknown>[] };
    file.questions.forEach((q, i) => {
      q.id = `${id}-${i}`;
      q.prompt = { en: `${id} question ${i}: which option is right?`, ko: `${id} 문제 ${i}` };
      q.tags = tags(i);
      if (domain) q.eco = { domain: domain(i), task: 1 + (i % 8) };
    });
    return parseBank(file);
  };
  function setUpSlices() {
    const db = memoryDbWithBank(withId('course', 60, (i) => (i < 30 ? ['week-1'] : i < 45 ? ['week-2'] : ['week-3'])));
    importBank(db, { bank: withId('people-only', 40, () => ['people'], () => 'people'), fileHash: 'p', text: '' }, { source: 'import', at: T0 });
    importBank(db, { bank: withId('other', 60, () => ['week-1']), fileHash: 'o', text: '' }, { source: 'import', at: T0 });
    importBank(db, { bank: withId('process-only', 10, () => [], () => 'process'), fileHash: 'r', text: '' }, { source: 'import', at: T0 });
    return { db, clock: movableClock() };
  }
  const banksOf = (db: Db, examId: number) => [...new Set(examItems(db, examId).map((i) => i.bankId))];

  it('draws only from the chosen banks and tags (any of the tags), stores the slice, and keeps it on resume', async () => {
    const { db, clock } = setUpSlices();
    const slice = { banks: ['course'], tags: ['week-1', 'week-3'] };
    const { examId, plan } = startExam(db, clock, { outline, scheduler: createScheduler(), questions: 12, minutes: 20, seed: 3, slice });
    expect(plan.items).toHaveLength(12);
    expect(plan.shortfall).toEqual([]);
    const items = examItems(db, examId);
    expect(banksOf(db, examId)).toEqual(['course']);
    const week2 = new Set(Array.from({ length: 15 }, (_, i) => `course-${30 + i}`));
    expect(items.some((i) => week2.has(i.questionId))).toBe(false);
    expect(examById(db, examId)?.format.slice).toEqual(slice);

    const run = (ui: ExamUi) => runExam({ db, clock, monotonicMs: clock.now, scheduler: createScheduler(), ui, timers: idleTimers }, examId);
    await run(scripted(clock, [right, { kind: 'leave' }]).ui);
    const resumed = scripted(clock, [right, right, { kind: 'submit' }]);
    expect(await run(resumed.ui)).toEqual({ examId, status: 'submitted' });
    expect(examItems(db, examId).map((i) => i.questionId)).toEqual(items.map((i) => i.questionId));
    const report = examReport(db, examId, 0.61);
    expect(report.exam.format.slice).toEqual(slice);
    expect(report.items.every((i) => i.bankId === 'course')).toBe(true);
  });

  it('scales down with a per-domain shortfall when the slice cannot fill the blueprint, and notes it with the exam', () => {
    const { db, clock } = setUpSlices();
    // week-2 holds 15 questions, 5 per domain: 30 questions at the ECO 2026 weights want more Process than that.
    const { examId, plan } = startExam(db, clock, { outline, scheduler: createScheduler(), questions: 30, seed: 3, slice: { banks: ['course'], tags: ['week-2'] } });
    expect(plan.requested).toBe(30);
    expect(plan.items.length).toBeLessThan(30);
    expect(plan.items.length).toBeGreaterThan(0);
    expect(plan.shortfall.length).toBeGreaterThan(0);
    for (const s of plan.shortfall) expect(s.available).toBe(5);
    expect(plan.shortfall.map((s) => s.domain)).toContain('process');
    const exam = examById(db, examId);
    expect(exam?.format.shortfall).toEqual(plan.shortfall);
    expect(exam?.format.requested).toBe(30);
    expect(exam?.format.questions).toBe(plan.items.length);
  });

  it('says which domains a People-only bank lacks instead of claiming it holds no questions of the outline; writes nothing', () => {
    const { db, clock } = setUpSlices();
    const before = db.prepare('SELECT COUNT(*) FROM sessions').pluck().get();
    try {
      startExam(db, clock, { outline, scheduler: createScheduler(), seed: 1, slice: { banks: ['people-only'], tags: [] } });
      throw new Error('expected a refusal');
    } catch (e) {
      const error = e as PmpError;
      expect(error.key).toBe('exam.domains-missing');
      expect(error.params).toMatchObject({ outline: 'eco-2026', slice: '--bank people-only', missing: 'process,business-environment', held: 'people:40,process:0,business-environment:0', requested: 180 });
    }
    // A Process-only bank could fill the blueprint's share of a one-question exam: refused the same way.
    expect(() => startExam(db, clock, { outline, scheduler: createScheduler(), seed: 1, slice: { banks: ['process-only'], tags: [] } })).toThrow(
      expect.objectContaining({ key: 'exam.domains-missing', params: expect.objectContaining({ missing: 'people,business-environment' }) }),
    );
    // A slice with nothing of the outline in it says so, naming the slice.
    expect(() => startExam(db, clock, { outline, scheduler: createScheduler(), seed: 1, slice: { banks: ['course'], tags: ['no-such-tag'] } })).toThrow(
      expect.objectContaining({ key: 'exam.slice-empty', params: { outline: 'eco-2026', slice: '--bank course --tag no-such-tag' } }),
    );
    expect(db.prepare('SELECT COUNT(*) FROM exams').pluck().get()).toBe(0);
    expect(db.prepare('SELECT COUNT(*) FROM sessions').pluck().get()).toBe(before);
  });
});
