/**
 * The mock-exam loop. Each answer and flag is committed before the next screen; the exam time
 * used is saved with every action and on a heartbeat. The clock counts only while this loop runs
 * and not during a break (a break longer than its length counts the excess): a learner whose
 * window closed loses at most a heartbeat of time. A real exam's clock does not stop.
 */
import { present, type Presentation } from '../domain/presentation.js';
import { isChoiceQuestion, type Question, type Response } from '../domain/question.js';
import { hashString, seededRandom } from '../domain/random.js';
import type { Scheduler } from '../domain/scheduler.js';
import type { Db } from '../storage/database.js';
import { examById, examItems, saveProgress, type BreakRecord, type ExamItemRecord, type ExamStatus } from '../storage/exam-store.js';
import { StudyStore } from '../storage/study-store.js';
import { submitExam } from './exam-submit.js';
import type { ExamAction, ExamItemView, ExamScreen, ExamUi, ScreenCommon } from './exam-ui.js';

export type * from './exam-ui.js';
import type { Clock } from './ports.js';

export const HEARTBEAT_MS = 5000;

/** An exam question as the loop holds it: answer, flag and time change as the learner works. */
type LiveItem = Omit<ExamItemRecord, 'response' | 'flagged' | 'timeMs'> & { presentation: Presentation; response: Response | null; flagged: boolean; timeMs: number };

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  setInterval(fn: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

const realTimers: Timers = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout),
  setInterval: (fn, ms) => setInterval(fn, ms),
  clearInterval: (h) => clearInterval(h as NodeJS.Timeout),
};

export interface ExamDeps {
  readonly db: Db;
  /** Wall clock, for timestamps. */
  readonly clock: Clock;
  /** Monotonic ms, for the exam time (immune to clock changes). */
  readonly monotonicMs: () => number;
  readonly scheduler: Scheduler;
  readonly ui: ExamUi;
  readonly timers?: Timers;
}

export interface ExamRunResult {
  readonly examId: number;
  readonly status: ExamStatus;
}

/** The shown order saved with the exam, or a fresh one if the bank changed the options since. */
export function presentationOf(question: Question, order: readonly string[] | null, seed: string): Presentation {
  const ids = isChoiceQuestion(question) ? question.options.map((o) => o.id) : question.type === 'matching' ? question.right.map((r) => r.id) : [];
  const same = order !== null && order.length === ids.length && ids.every((id) => order.includes(id));
  if (!same) return present(question, seededRandom(hashString(seed)));
  return { question, optionOrder: isChoiceQuestion(question) ? order : [], rightOrder: question.type === 'matching' ? order : [] };
}

export async function runExam(deps: ExamDeps, examId: number): Promise<ExamRunResult> {
  const { db, clock, monotonicMs, scheduler, ui } = deps;
  const timers = deps.timers ?? realTimers;
  const exam = examById(db, examId);
  if (!exam || exam.status !== 'in-progress') throw new Error(`exam ${examId} is not in progress`);
  const limitMs = exam.format.minutes * 60_000;
  const store = new StudyStore(db);
  const items: LiveItem[] = examItems(db, examId).map((r) => ({ ...r, presentation: presentationOf(store.question(r.questionPk), r.shownOrder, `exam:${exam.seed}:${r.questionPk}`) }));
  const total = items.length;
  const sections = Math.max(1, ...items.map((i) => i.section));
  const sectionOf = (p: number) => items[p - 1]?.section ?? sections;
  const firstOf = (s: number) => items.find((i) => i.section === s)?.position ?? 1;
  const lastOf = (s: number) => [...items].reverse().find((i) => i.section === s)?.position ?? total;

  let elapsed = exam.elapsedMs;
  const sectionMs = Array.from({ length: sections }, (_, i) => exam.sectionMs[i] ?? 0);
  let position = Math.min(Math.max(1, exam.position, exam.lockedThrough + 1), total);
  let lockedThrough = exam.lockedThrough;
  const breaks: BreakRecord[] = [...exam.breaks];
  let atSectionEnd = exam.atSectionEnd && exam.position > exam.lockedThrough;
  let paused = false;
  let anchor = monotonicMs();
  const changedTimes = new Set<number>();

  const tick = () => {
    const now = monotonicMs();
    const d = Math.max(0, now - anchor);
    anchor = now;
    if (paused) return;
    elapsed += d;
    const s = sectionOf(position) - 1;
    sectionMs[s] = (sectionMs[s] ?? 0) + d;
    if (!atSectionEnd) {
      const item = items[position - 1];
      if (item) {
        item.timeMs += d;
        changedTimes.add(position);
      }
    }
  };
  const remainingMs = () => limitMs - elapsed - (paused ? 0 : Math.max(0, monotonicMs() - anchor));
  const persist = (change?: Parameters<typeof saveProgress>[3]) => {
    const itemTimes = new Map([...changedTimes].map((p) => [p, items[p - 1]?.timeMs ?? 0]));
    saveProgress(db, examId, { elapsedMs: elapsed, sectionMs, position, atSectionEnd, lockedThrough, breaks, itemTimes }, change);
    changedTimes.clear();
  };
  const finish = (status: 'submitted' | 'expired'): ExamRunResult => {
    tick();
    persist();
    submitExam(db, scheduler, examId, clock.now(), status);
    return { examId, status: examById(db, examId)?.status ?? status };
  };
  const screen = (): ExamScreen => {
    const section = sectionOf(position);
    const common: ScreenCommon = {
      examId,
      total,
      section,
      sections,
      sectionFirst: firstOf(section),
      sectionLast: lastOf(section),
      statuses: items.map((i) => ({ position: i.position, section: i.section, answered: i.response !== null, flagged: i.flagged, locked: i.position <= lockedThrough })),
      remainingMs,
    };
    if (atSectionEnd) {
      const offered = section < sections ? (exam.format.breaks.find((b) => b.afterQuestion === common.sectionLast)?.minutes ?? exam.format.breaks[section - 1]?.minutes ?? 0) : null;
      return { ...common, kind: 'section-end', breakMinutes: offered };
    }
    const item = items[position - 1];
    if (!item) throw new Error(`exam ${examId} has no question ${position}`);
    const view: ExamItemView = { position, presentation: item.presentation, bankId: item.bankId, questionId: item.questionId, response: item.response, flagged: item.flagged };
    return { ...common, kind: 'question', item: view };
  };

  const takeBreak = async (minutes: number) => {
    tick();
    paused = true;
    const started = monotonicMs();
    const breakMs = minutes * 60_000;
    const controller = new AbortController();
    const timer = timers.setTimeout(() => controller.abort(), breakMs);
    try {
      await ui.rest({ minutes, remainingMs: () => breakMs - (monotonicMs() - started) }, controller.signal);
    } finally {
      timers.clearTimeout(timer);
    }
    const used = Math.max(0, monotonicMs() - started);
    const last = breaks.pop();
    if (last) breaks.push({ ...last, usedMs: Math.round(used) });
    // A break longer than its length costs exam time, as at a test centre.
    const over = Math.max(0, used - breakMs);
    elapsed += over;
    const s = sectionOf(position) - 1;
    sectionMs[s] = (sectionMs[s] ?? 0) + over;
    paused = false;
    anchor = monotonicMs();
    persist();
  };

  if (remainingMs() <= 0) {
    ui.timeUp();
    return finish('expired');
  }
  const heartbeat = timers.setInterval(() => {
    tick();
    persist();
  }, HEARTBEAT_MS);
  try {
    for (;;) {
      const controller = new AbortController();
      const timer = timers.setTimeout(() => controller.abort(), Math.max(0, remainingMs()) + 20);
      let action: ExamAction;
      try {
        action = await ui.ask(screen(), controller.signal);
      } finally {
        timers.clearTimeout(timer);
      }
      tick();
      if (remainingMs() <= 0) {
        ui.timeUp();
        return finish('expired');
      }
      const section = sectionOf(position);
      switch (action.kind) {
        case 'timeout':
          break;
        case 'answer': {
          const item = items[position - 1];
          if (atSectionEnd || !item) {
            ui.refused('not-here', position);
            break;
          }
          item.response = action.response;
          const answeredAt = clock.now();
          const answeredPosition = position;
          if (position < lastOf(section)) position++;
          else atSectionEnd = true;
          persist({ position: answeredPosition, response: action.response, answeredAt });
          ui.saved({ position: answeredPosition, presentation: item.presentation, bankId: item.bankId, questionId: item.questionId, response: item.response, flagged: item.flagged }, action.response, total);
          break;
        }
        case 'next':
          if (atSectionEnd) ui.refused('end-of-section', position);
          else if (position < lastOf(section)) position++;
          else atSectionEnd = true;
          persist();
          break;
        case 'previous':
          if (atSectionEnd) atSectionEnd = false;
          else if (position > firstOf(section)) position--;
          else ui.refused('first-of-section', position);
          persist();
          break;
        case 'goto':
          if (action.position < 1 || action.position > total) ui.refused('no-such-question', action.position);
          else if (action.position <= lockedThrough) ui.refused('locked', action.position);
          else if (sectionOf(action.position) !== section) ui.refused('other-section', action.position);
          else {
            position = action.position;
            atSectionEnd = false;
          }
          persist();
          break;
        case 'flag': {
          const item = items[position - 1];
          if (atSectionEnd || !item) {
            ui.refused('not-here', position);
            break;
          }
          item.flagged = !item.flagged;
          persist({ position, flagged: item.flagged });
          ui.flagged(position, item.flagged);
          break;
        }
        case 'continue': {
          if (!atSectionEnd) {
            ui.refused('not-here', position);
            break;
          }
          if (section >= sections) return finish('submitted');
          const current = screen();
          const minutes = current.kind === 'section-end' ? (current.breakMinutes ?? 0) : 0;
          lockedThrough = lastOf(section);
          breaks.push({ afterQuestion: lockedThrough, taken: action.takeBreak && minutes > 0, usedMs: 0 });
          position = lockedThrough + 1;
          atSectionEnd = false;
          // The lock is saved before the break starts: a window closed during the break resumes after it.
          persist();
          if (action.takeBreak && minutes > 0) await takeBreak(minutes);
          break;
        }
        case 'submit':
          return finish('submitted');
        case 'leave':
          persist();
          return { examId, status: 'in-progress' };
      }
    }
  } finally {
    timers.clearInterval(heartbeat);
  }
}
