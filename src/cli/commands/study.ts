import { existsSync } from 'node:fs';
import { randomInt } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { runStudySession, type StudySummary, type StudyUi } from '../../app/study-session.js';
import type { RenderContext } from '../render/context.js';
import { schedulerFor } from './learner-scheduler.js';
import { PmpError } from '../../errors.js';
import { requireKnownBanks } from '../../app/list-banks.js';
import { studyLimits } from '../../app/study-limits.js';
import type { StudyFilter } from '../../domain/study-filter.js';
import { integerOption, renderContext, type CliContext } from '../context.js';
import { lineReader } from '../ui/line-reader.js';
import { plainStudyUi } from '../ui/plain-ui.js';
import { taskLabeller, withDatabase } from './open.js';
import { loadDisplayWidth, wrap } from '../terminal/wrap.js';
import { DEFAULT_NEW_PER_DAY, MAX_REVIEWS_RANGE, NEW_PER_DAY_RANGE } from '../../app/config.js';
import { MAX_NEW_PER_DAY } from '../../domain/study-plan.js';
import { examDateFrom } from '../../app/exam-date.js';
import { recordOpeningLines } from '../ui/opening-lines.js';
import { sanitizeInline } from '../terminal/sanitize.js';

export interface StudyCommandOptions {
  readonly new?: string;
  readonly limit?: string;
  readonly bank?: readonly string[];
  readonly domain?: string;
  readonly task?: string;
  readonly tag?: string;
  readonly seed?: string;
  readonly confidence?: boolean;
  readonly plain?: boolean;
  readonly cram?: boolean;
  readonly weak?: boolean;
  readonly wrongLastTime?: boolean;
  readonly flagged?: boolean;
  readonly trap?: string;
  readonly maxReviews?: string;
  readonly leechLapses?: string;
  readonly json?: boolean;
  /** After the session, send the answers to the class (pmp sync); a failure there is a warning. */
  readonly sync?: boolean;
}

const DOMAINS = ['people', 'process', 'business-environment'];

export async function studyCommand(outer: CliContext, options: StudyCommandOptions): Promise<number> {
  // With --json the session (questions, feedback, "saved:" lines) goes to stderr and stdout carries
  // only the end summary as JSON, so `pmp study --json | jq` reads one object.
  const base: CliContext = options.json ? { ...outer, out: outer.err } : outer;
  // In a terminal the first question clears the screen: what is said before it is shown again on it.
  const opening = base.interactive && !options.plain ? recordOpeningLines(base) : undefined;
  // A first run in a terminal: the line saying where the database was made was on screen only until
  // the first question; the end of the session says it again, where it stays.
  const firstRun = opening !== undefined && !existsSync(base.dbPath);
  const ctx = opening?.ctx ?? base;
  const printSummary = async (summary: StudySummary, render: RenderContext): Promise<void> => {
    if (options.json) return outer.out(JSON.stringify(summaryJson(summary), null, 2) + '\n');
    const { renderSummary } = await import('../render/feedback-view.js');
    await loadDisplayWidth();
    ctx.out(renderSummary(render, summary).join('\n') + '\n');
  };
  const explicitNew = integerOption(options.new, '--new', NEW_PER_DAY_RANGE.min, NEW_PER_DAY_RANGE.max);
  const limit = integerOption(options.limit, '--limit', 1, 100_000);
  const task = integerOption(options.task, '--task', 1, 30);
  const maxReviews = integerOption(options.maxReviews, '--max-reviews', MAX_REVIEWS_RANGE.min, MAX_REVIEWS_RANGE.max);
  const leechLapses = integerOption(options.leechLapses, '--leech-lapses', 1, 1000);
  const seed = integerOption(options.seed, '--seed', 0, 2 ** 31 - 1) ?? integerOption(ctx.runtime.env.PMP_SEED, 'PMP_SEED', 0, 2 ** 31 - 1) ?? randomInt(2 ** 31 - 1);
  if (options.domain !== undefined && !DOMAINS.includes(options.domain)) throw new PmpError('usage.bad-domain', 'usage', { value: options.domain });

  return withDatabase(ctx, async (db) => {
    requireKnownBanks(db, options.bank ?? []);
    const render = renderContext(ctx, taskLabeller(db, ctx));
    const scheduler = schedulerFor(ctx, db);
    let weakTasks: StudyFilter['tasks'];
    if (options.weak) {
      await loadDisplayWidth();
      const { chooseWeakTasks } = await import('./study-weak.js');
      const weak = chooseWeakTasks(ctx, db, scheduler, render);
      if (!weak) {
        ctx.out(wrap(ctx.i18n.t('study.weak-none'), ctx.width).join('\n') + '\n');
        if (options.json) outer.out(JSON.stringify(summaryJson(NOTHING_STUDIED), null, 2) + '\n');
        return 0;
      }
      weakTasks = weak.tasks;
      ctx.out(wrap(weak.message, ctx.width).join('\n') + '\n');
    }
    // The review cap (remembered), today's new questions (--new, remembered, or a stored plan's).
    const limits = studyLimits(db, { ...(maxReviews !== undefined ? { maxReviews } : {}), ...(explicitNew !== undefined ? { explicitNew } : {}), cram: options.cram === true });
    const { maxReviewsPerDay: cap, chosenNew, followsPlan: planned } = limits;
    // The plan's code loads only when a plan is stored: most sessions have none.
    const plan = planned ? (await import('../../app/study-plan.js')).followPlan(db, ctx.clock) : null;
    if (plan) {
      const { t } = ctx.i18n;
      const say = (text: string) => ctx.out(wrap(text, ctx.width).join('\n') + '\n');
      say(t('plan.following', { n: plan.newPerDay, date: plan.examDate }));
      // At most one warning that the bank will not be covered by the exam date: the strongest reason.
      if (plan.tooManyNew) say(render.style.warn(t('plan.too-many-now', { n: plan.newPerDay, max: MAX_NEW_PER_DAY, date: plan.examDate })));
      else if (limit !== undefined && limit < plan.newPerDay) say(render.style.warn(t('plan.limit-short', { limit, n: plan.newPerDay, date: plan.examDate })));
      else if (plan.pace && plan.pace.unseenAtExam > 0) {
        say(render.style.warn(t('plan.pace-short', { days: plan.pace.days, n: Math.round(plan.pace.newPerDay), left: plan.pace.unseenAtExam, date: plan.examDate, planned: plan.newPerDay })));
      }
    }
    const newPerDay = chosenNew ?? plan?.newPerDay ?? DEFAULT_NEW_PER_DAY;
    const filter: StudyFilter = {
      ...(options.bank && options.bank.length > 0 ? { banks: options.bank } : {}),
      ...(options.domain ? { domain: options.domain } : {}),
      ...(task !== undefined ? { task } : {}),
      ...(options.tag ? { tag: options.tag } : {}),
      ...(weakTasks ? { tasks: weakTasks } : {}),
      ...(options.wrongLastTime ? { wrongLastTime: true } : {}),
      ...(options.flagged ? { flagged: true } : {}),
      ...(options.trap ? { trap: options.trap } : {}),
    };
    const monotonicMs = () => performance.now();
    const write = (text: string) => ctx.out(text);

    let ui: StudyUi;
    let stopReading = () => {};
    if (ctx.interactive && !options.plain) {
      // Loaded only for a terminal: the prompt library costs ~0.1 s that plain mode need not pay.
      const { interactiveStudyUi } = await import('../ui/interactive-ui.js');
      await loadDisplayWidth();
      const rows = () => ctx.runtime.stdout.rows ?? 24;
      ui = interactiveStudyUi({ ctx: render, write, monotonicMs, rows, askConfidence: options.confidence !== false, opening: opening?.take() ?? [] });
    } else {
      const lines = lineReader(ctx.runtime.stdin as NodeJS.ReadableStream & import('node:stream').Readable);
      stopReading = () => lines.close();
      ui = plainStudyUi({ ctx: render, lines, write, monotonicMs });
    }
    // Ctrl-C outside a prompt ends the session like "q": every answer is already committed.
    const onInterrupt = () => stopReading();
    process.once('SIGINT', onInterrupt);
    try {
      const summary = await runStudySession(
        { db, clock: ctx.clock, scheduler, ui },
        {
          filter,
          newPerDay,
          seed,
          cram: options.cram === true,
          ...(limit !== undefined ? { limit } : {}),
          // Following a plan aimed at an exam date: its new questions keep their place in a limited session.
          // and in its last week the weakest questions on exam day get one more review (domain/exam-sweep.ts).
          ...(plan ? { reserveNew: true, ...examMoment(plan.examDate, ctx) } : {}),
          ...(cap !== undefined ? { maxReviewsPerDay: cap } : {}),
          ...(leechLapses !== undefined ? { leechLapses } : {}),
        },
      );
      await printSummary(summary, render);
      if (firstRun) ctx.out(wrap(ctx.i18n.t('db.saved-in', { path: sanitizeInline(ctx.dbPath) }), ctx.width).join('\n') + '\n');
      if (options.sync) await (await import('./sync.js')).syncAfterStudy(ctx, db);
      return 0;
    } finally {
      process.removeListener('SIGINT', onInterrupt);
      stopReading();
    }
  });
}

function examMoment(date: string, ctx: CliContext): { examAt?: number } {
  const exam = examDateFrom(date, ctx.clock);
  return exam ? { examAt: exam.at } : {};
}

const NOTHING_STUDIED: StudySummary = { answered: 0, correct: 0, newSeen: 0, undone: 0, durationMs: 0, stoppedBecause: 'done', nextDueAt: null, reviewsWaiting: 0, leeches: [], cram: false, clockBeforeLastAnswer: null };

/** The end summary of pmp study --json: the figures of the printed summary, times as ISO strings. */
function summaryJson(s: StudySummary): Record<string, unknown> {
  return {
    answered: s.answered,
    correct: s.correct,
    newSeen: s.newSeen,
    undone: s.undone,
    durationSeconds: Math.round(s.durationMs / 1000),
    stoppedBecause: s.stoppedBecause,
    nextDueAt: s.nextDueAt === null ? null : new Date(s.nextDueAt).toISOString(),
    reviewsWaiting: s.reviewsWaiting,
    leeches: s.leeches,
    cram: s.cram,
    clockBeforeLastAnswer: s.clockBeforeLastAnswer === null ? null : new Date(s.clockBeforeLastAnswer).toISOString(),
  };
}
