import { randomInt } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { Readable } from 'node:stream';
import { examReport, listExams } from '../../app/exam-report.js';
import { runExam } from '../../app/exam-session.js';
import { startExam, type StartedExam } from '../../app/exam-start.js';
import { abandonExam } from '../../app/exam-submit.js';
import type { ExamUi } from '../../app/exam-ui.js';
import { examOutlineId, examTimeLeftMs, examToResume } from '../../app/exam-progress.js';
import { requireKnownBanks } from '../../app/list-banks.js';
import { loadOutlines } from '../../app/outlines.js';
import { describeSlice, isSliced, type ExamSlice } from '../../domain/exam-draw.js';
import type { Outline } from '../../domain/outline.js';
import { pickText } from '../../domain/text.js';
import { PmpError } from '../../errors.js';
import { integerOption, renderContext, type CliContext } from '../context.js';
import { cutOption, examDomainOption, outlineOption } from '../exam-options.js';
import { examListJson, examReportJson, renderExamList, renderExamQuestions, renderScore, shortfallText } from '../render/exam-report-view.js';
import { formatClock } from '../render/exam-view.js';
import { sanitizeInline } from '../terminal/sanitize.js';
import { toSafeJson } from '../terminal/safe-json.js';
import { wrap } from '../terminal/wrap.js';
import { plainExamUi } from '../ui/exam-plain-ui.js';
import { lineReader } from '../ui/line-reader.js';
import { schedulerFor } from './learner-scheduler.js';
import { taskLabeller, withDatabase } from './open.js';

export interface ExamCommandOptions {
  readonly eco?: string;
  readonly questions?: string;
  readonly minutes?: string;
  readonly seen?: string;
  readonly seed?: string;
  readonly resume?: boolean;
  readonly plain?: boolean;
  readonly cut?: string;
  readonly bank?: readonly string[];
  readonly tag?: readonly string[];
  readonly domain?: string;
}


export async function examCommand(ctx: CliContext, options: ExamCommandOptions): Promise<number> {
  const cut = cutOption(options.cut);
  const { t } = ctx.i18n;
  const say = (text: string) => ctx.out(wrap(text, ctx.width).join('\n') + '\n');
  if (options.resume && [options.eco, options.questions, options.minutes, options.seed, options.seen, options.bank, options.tag, options.domain].some((o) => o !== undefined)) {
    throw new PmpError('exam.resume-with-options', 'usage');
  }
  const outline = options.resume ? undefined : outlineOption(options.eco);
  const questions = integerOption(options.questions, '--questions', 1, 1000);
  const minutes = integerOption(options.minutes, '--minutes', 1, 24 * 60);
  const seen = integerOption(options.seen, '--seen', 0, 100);
  const seed = integerOption(options.seed, '--seed', 0, 2 ** 31 - 1) ?? integerOption(ctx.runtime.env.PMP_SEED, 'PMP_SEED', 0, 2 ** 31 - 1) ?? randomInt(2 ** 31 - 1);

  const domain = outline ? examDomainOption(options.domain, outline) : undefined;
  const slice: ExamSlice = { banks: [...new Set(options.bank ?? [])], tags: [...new Set(options.tag ?? [])], ...(domain ? { domain } : {}) };

  return withDatabase(ctx, async (db) => {
    requireKnownBanks(db, slice.banks);
    const render = renderContext(ctx, taskLabeller(db, ctx));
    const other = ctx.i18n.lang === 'en' ? ['ko'] : ['en'];
    let examId: number;
    if (options.resume) {
      const running = examToResume(db);
      if (!running) throw new PmpError('exam.none-in-progress', 'usage');
      examId = running.id;
      say(t('exam.resuming', { id: running.id, position: running.position, total: running.format.questions, left: formatClock(running.format.minutes * 60_000 - running.elapsedMs) }));
      if (running.format.slice) say(t('exam.slice', { slice: sanitizeInline(describeSlice(running.format.slice)) }));
    } else {
      const name = (d: string) => pickText(outline?.domains.find((x) => x.id === d)?.name ?? { en: d }, ctx.i18n.lang, other);
      let started: StartedExam;
      try {
        started = startExam(db, ctx.clock, { outline: outline as Outline, scheduler: schedulerFor(ctx, db), seed, slice, ...(questions !== undefined ? { questions } : {}), ...(minutes !== undefined ? { minutes } : {}), ...(seen !== undefined ? { seenShare: seen / 100 } : {}) });
      } catch (error) {
        throw error instanceof PmpError && error.key === 'exam.domains-missing' ? domainsMissing(ctx, error, name) : error;
      }
      examId = started.examId;
      const { plan } = started;
      if (isSliced(slice)) say(t('exam.slice', { slice: sanitizeInline(describeSlice(slice)) }));
      if (plan.shortfall.length > 0) say(ctx.style.warn(shortfallText(ctx.i18n, plan.requested, plan.items.length, plan.shortfall, name)));
      const breaks = plan.breaks.length > 0 ? t('exam.breaks', { minutes: plan.breaks[0]?.minutes ?? 0, list: plan.breaks.map((b) => b.afterQuestion).join(', ') }) : t('exam.no-breaks');
      say(t('exam.starting', { id: examId, outline: outline?.id ?? '', questions: plan.items.length, minutes: plan.minutes, breaks }));
      say(t('exam.mix', { agile: plan.agileHybrid, predictive: plan.predictive, unscored: plan.items.filter((i) => !i.scored).length }));
      say(ctx.style.dim(t('exam.clock-note')));
    }

    let ui: ExamUi;
    let stopReading = () => {};
    /** Gives the terminal back (full-screen mode) and prints what was said as it closed. */
    let closeScreen = () => {};
    if (ctx.interactive && !options.plain) {
      // Loaded only for a terminal: plain mode need not pay for the screen.
      const [{ screenExamUi }, { openScreen }] = await Promise.all([import('../exam-screen/screen-ui.js'), import('../exam-screen/terminal.js')]);
      const { stdin, stdout } = ctx.runtime;
      const screenUi = screenExamUi({ ctx: render, open: () => openScreen({ input: stdin as NodeJS.ReadStream, output: stdout as NodeJS.WriteStream, process }) });
      ui = screenUi;
      closeScreen = () => {
        const said = screenUi.close();
        if (said.length > 0) say(said.join('\n'));
      };
    } else {
      const lines = lineReader(ctx.runtime.stdin as NodeJS.ReadableStream & Readable);
      stopReading = () => lines.close();
      ui = plainExamUi({ ctx: render, lines, write: (text) => ctx.out(text) });
    }
    // Ctrl-C outside a prompt stops for now: every answer is already saved.
    const onInterrupt = () => stopReading();
    process.once('SIGINT', onInterrupt);
    try {
      let result;
      try {
        result = await runExam({ db, clock: ctx.clock, monotonicMs: () => performance.now(), scheduler: schedulerFor(ctx, db), ui }, examId);
      } finally {
        closeScreen();
      }
      if (result.status === 'in-progress') {
        say(t('exam.left', { left: formatClock(examTimeLeftMs(db, examId)) }));
        return 0;
      }
      ctx.out(['', ...renderScore(render, examReport(db, examId, cut), loadOutlines().get(examOutlineId(db, examId)))].join('\n') + '\n');
      return 0;
    } finally {
      process.removeListener('SIGINT', onInterrupt);
      stopReading();
    }
  });
}

/** The domains-missing error with the outline's domain names in the learner's language. */
function domainsMissing(ctx: CliContext, error: PmpError, name: (domain: string) => string): PmpError {
  const { t } = ctx.i18n;
  const p = error.params as Record<string, string | number>;
  const pairs = (v: unknown) => String(v ?? '').split(',').filter(Boolean).map((e) => e.split(':'));
  const missing = String(p.missing ?? '').split(',').filter(Boolean).map(name).join(t('exam.list-and'));
  const list = pairs(p.shortfall).map(([d, wanted, available]) => t('exam.shortfall.domain', { domain: name(d ?? ''), wanted: Number(wanted), available: Number(available), missing: Number(wanted) - Number(available) })).join('; ');
  const held = pairs(p.held).filter(([, n]) => Number(n) > 0).map(([d, n]) => t('exam.held.domain', { domain: name(d ?? ''), n: Number(n) })).join(', ');
  return new PmpError('exam.domains-missing', 'failure', { outline: p.outline ?? '', slice: p.slice ?? '', missing, list, held, requested: p.requested ?? 0 });
}

export interface ExamReviewOptions {
  readonly cut?: string;
  readonly json?: boolean;
  readonly wrong?: boolean;
  readonly details?: boolean;
}

export async function examReviewCommand(ctx: CliContext, id: string | undefined, options: ExamReviewOptions): Promise<number> {
  const cut = cutOption(options.cut);
  const examId = integerOption(id, 'ID', 1, Number.MAX_SAFE_INTEGER);
  return withDatabase(ctx, (db) => {
    const report = examReport(db, examId, cut);
    if (options.json) {
      ctx.out(toSafeJson(examReportJson(report)));
      return 0;
    }
    const render = renderContext(ctx, taskLabeller(db, ctx));
    const lines = renderScore(render, report, loadOutlines().get(report.exam.outline), { details: options.details === true });
    // The questions of an exam in progress stay hidden: a review would give the answers away.
    if (report.score) lines.push(...renderExamQuestions(render, report, options.wrong ? 'wrong' : 'all'));
    ctx.out(lines.join('\n') + '\n');
    return 0;
  });
}

export async function examListCommand(ctx: CliContext, options: { readonly cut?: string; readonly json?: boolean }): Promise<number> {
  const cut = cutOption(options.cut);
  return withDatabase(ctx, (db) => {
    const entries = listExams(db, cut);
    ctx.out(options.json ? toSafeJson(examListJson(entries)) : renderExamList(renderContext(ctx), entries).join('\n') + '\n');
    return 0;
  });
}

export async function examAbandonCommand(ctx: CliContext): Promise<number> {
  return withDatabase(ctx, (db) => {
    const id = abandonExam(db, ctx.clock.now());
    if (id === undefined) throw new PmpError('exam.none-in-progress', 'usage');
    ctx.out(wrap(ctx.i18n.t('exam.abandoned', { id }), ctx.width).join('\n') + '\n');
    return 0;
  });
}
