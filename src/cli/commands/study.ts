import { randomInt } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { runStudySession, type StudyUi } from '../../app/study-session.js';
import { schedulerFor } from './learner-scheduler.js';
import { PmpError } from '../../errors.js';
import { bankRefs } from '../../storage/bank-store.js';
import type { StudyFilter } from '../../storage/study-store.js';
import { integerOption, renderContext, type CliContext } from '../context.js';
import { lineReader } from '../ui/line-reader.js';
import { plainStudyUi } from '../ui/plain-ui.js';
import { taskLabeller, withDatabase } from './open.js';
import { getSetting, putSetting, SETTING } from '../../storage/settings.js';
import { loadDisplayWidth, wrap } from '../terminal/wrap.js';
import { DEFAULT_NEW_PER_DAY, MAX_REVIEWS_RANGE, NEW_PER_DAY_RANGE } from '../../app/config.js';

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
}

const DOMAINS = ['people', 'process', 'business-environment'];

export async function studyCommand(ctx: CliContext, options: StudyCommandOptions): Promise<number> {
  const explicitNew = integerOption(options.new, '--new', NEW_PER_DAY_RANGE.min, NEW_PER_DAY_RANGE.max);
  const limit = integerOption(options.limit, '--limit', 1, 100_000);
  const task = integerOption(options.task, '--task', 1, 30);
  const maxReviews = integerOption(options.maxReviews, '--max-reviews', MAX_REVIEWS_RANGE.min, MAX_REVIEWS_RANGE.max);
  const leechLapses = integerOption(options.leechLapses, '--leech-lapses', 1, 1000);
  const seed = integerOption(options.seed, '--seed', 0, 2 ** 31 - 1) ?? integerOption(ctx.runtime.env.PMP_SEED, 'PMP_SEED', 0, 2 ** 31 - 1) ?? randomInt(2 ** 31 - 1);
  if (options.domain !== undefined && !DOMAINS.includes(options.domain)) throw new PmpError('usage.bad-domain', 'usage', { value: options.domain });

  return withDatabase(ctx, async (db) => {
    const known = bankRefs(db).map((b) => b.id);
    for (const id of options.bank ?? []) {
      if (!known.includes(id)) throw new PmpError('usage.unknown-bank', 'usage', { id, known: known.join(', ') });
    }
    const render = renderContext(ctx, taskLabeller(db, ctx));
    const scheduler = schedulerFor(ctx, db);
    let weakTasks: StudyFilter['tasks'];
    if (options.weak) {
      await loadDisplayWidth();
      const { chooseWeakTasks } = await import('./study-weak.js');
      const weak = chooseWeakTasks(ctx, db, scheduler, render);
      if (!weak) {
        ctx.out(wrap(ctx.i18n.t('study.weak-none'), ctx.width).join('\n') + '\n');
        return 0;
      }
      weakTasks = weak.tasks;
      ctx.out(wrap(weak.message, ctx.width).join('\n') + '\n');
    }
    // --max-reviews is remembered: the cap is a habit, and the forecast in pmp stats follows it.
    if (maxReviews !== undefined) putSetting(db, SETTING.maxReviewsPerDay, maxReviews === 0 ? null : maxReviews);
    const cap = getSetting<number | null>(db, SETTING.maxReviewsPerDay) ?? undefined;
    // Without --new, a remembered number (pmp config set new-per-day) acts as --new would.
    const remembered = getSetting<unknown>(db, SETTING.newPerDay);
    const chosenNew = explicitNew ?? (Number.isInteger(remembered) ? (remembered as number) : undefined);
    // Otherwise a stored study plan (pmp plan) sets today's new questions.
    // The plan's code loads only when a plan is stored: most sessions have none.
    const planned = chosenNew === undefined && !options.cram && getSetting(db, SETTING.studyPlan) !== undefined;
    const plan = planned ? (await import('../../app/study-plan.js')).followPlan(db, ctx.clock) : null;
    if (plan) ctx.out(wrap(ctx.i18n.t('plan.following', { n: plan.newPerDay, date: plan.examDate }), ctx.width).join('\n') + '\n');
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
      ui = interactiveStudyUi({ ctx: render, write, monotonicMs, rows, askConfidence: options.confidence !== false });
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
          ...(plan ? { reserveNew: true } : {}),
          ...(cap !== undefined ? { maxReviewsPerDay: cap } : {}),
          ...(leechLapses !== undefined ? { leechLapses } : {}),
        },
      );
      const { renderSummary } = await import('../render/feedback-view.js');
      await loadDisplayWidth();
      ctx.out(renderSummary(render, summary).join('\n') + '\n');
      return 0;
    } finally {
      process.removeListener('SIGINT', onInterrupt);
      stopReading();
    }
  });
}
