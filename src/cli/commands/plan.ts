import { makeStudyPlan, savePlan, type StudyPlan } from '../../app/study-plan.js';
import { planProjection, type PlanProjection } from '../../app/plan-projection.js';
import { examDateFrom } from '../../app/exam-date.js';
import { studyDayStart } from '../../domain/study-day.js';
import type { Db } from '../../app/learner-database.js';
import { outlineOption } from '../exam-options.js';
import { schedulerFor } from './learner-scheduler.js';
import { domainName } from '../render/readiness-view.js';
import { MAX_NEW_PER_DAY } from '../../domain/study-plan.js';
import { integerOption, type CliContext } from '../context.js';
import { toSafeJson } from '../terminal/safe-json.js';
import { displayWidth, padEnd, padStart, wrap } from '../terminal/wrap.js';
import { withDatabase } from './open.js';
import { dateRange } from '../render/date-range.js';

/** Weekly rows shown in full; a longer plan shows the first ones and the last two. */
const SHOWN_WEEKS = 16;

export async function planCommand(ctx: CliContext, options: { readonly examDate?: string; readonly minutesPerDay?: string; readonly json?: boolean }): Promise<number> {
  const minutesPerDay = integerOption(options.minutesPerDay, '--minutes-per-day', 1, 1440);
  return withDatabase(ctx, (db) => {
    const plan = makeStudyPlan(db, ctx.clock, { ...(options.examDate !== undefined ? { examDate: options.examDate } : {}), ...(minutesPerDay !== undefined ? { minutesPerDay } : {}) });
    savePlan(db, plan, ctx.clock.now());
    const projection = projectPlan(ctx, db, plan);
    if (options.json) ctx.out(toSafeJson({ ...plan, projection }));
    else ctx.out(renderPlan(ctx, plan, projection).join('\n') + '\n');
    return 0;
  });
}

/** Where the plan leads on exam day (the default outline's blueprint); null on the exam day itself or with no tagged questions. */
function projectPlan(ctx: CliContext, db: Db, p: StudyPlan): PlanProjection | null {
  const exam = examDateFrom(p.examDate, ctx.clock);
  if (!exam || p.daysLeft === 0) return null;
  const now = ctx.clock.now();
  const dayStart = studyDayStart(now, ctx.clock.utcOffsetMinutes(now));
  return planProjection(db, schedulerFor(ctx, db), outlineOption(undefined), { now, dayStart, examAt: exam.at, newPerDay: p.newPerDay, newQuestionDays: p.newQuestionDays });
}

function renderPlan(ctx: CliContext, p: StudyPlan, projection: PlanProjection | null): string[] {
  const { t } = ctx.i18n;
  const round = (x: number) => String(Math.round(x));
  const lines: string[] = [ctx.style.bold(t('plan.title', { date: p.examDate, days: p.daysLeft }))];
  const say = (text: string, indent = '  ') => lines.push(...wrap(text, ctx.width, indent));
  const item = (text: string) => lines.push(...wrap(text, ctx.width - 4, '  ').map((l) => `  · ${l}`.replace(/^  ·   /, '    ')));
  if (p.unseen === 0) say(t('plan.all-seen'));
  else {
    say(p.marginDays > 0 ? t('plan.unseen', { n: p.unseen, margin: p.marginDays }) : t('plan.unseen-no-margin', { n: p.unseen }));
    if (p.daysLeft > 0) say(ctx.style.accent(t('plan.new-per-day', { n: p.newPerDay, days: p.newQuestionDays })));
  }
  if (p.pace && p.unseen > 0 && p.daysLeft > 0) {
    const args = { days: p.pace.days, n: round(p.pace.newPerDay), date: p.examDate, left: p.pace.unseenAtExam, planned: p.newPerDay };
    say(p.pace.unseenAtExam > 0 ? ctx.style.warn(t('plan.pace-short', args)) : t('plan.pace-covered', args));
  }
  if (p.daysLeft > 0) {
    const pace =
      p.secondsFrom === 'history'
        ? t('plan.pace-history', { s: p.secondsPerAnswer })
        : p.secondsFrom === 'too-fast'
          ? t('plan.pace-too-fast', { s: p.secondsPerAnswer, median: p.measuredSeconds ?? 0 })
          : t('plan.pace-default', { s: p.secondsPerAnswer });
    say(`${t('plan.time', { average: round(p.averageMinutesPerDay), peak: round(p.peakMinutesPerDay) })} ${pace}`);
  }
  if (p.verdict === 'too-close') {
    lines.push('', ctx.style.warn(t('plan.too-close')));
    for (const reason of p.tooClose) {
      if (reason === 'exam-today') item(t('plan.too-close.exam-today'));
      if (reason === 'too-many-new') item(t('plan.too-close.too-many-new', { n: p.newPerDay, max: MAX_NEW_PER_DAY }));
      if (reason === 'too-much-time') item(t('plan.too-close.too-much-time', { peak: round(p.peakMinutesPerDay) }));
    }
    if (p.fit) say(t('plan.too-close-fit', { budget: p.fit.minutesPerDay, max: MAX_NEW_PER_DAY }));
  } else if (p.fit?.fits) say(ctx.style.good(t('plan.fits', { budget: p.fit.minutesPerDay })));
  else if (p.fit) say(ctx.style.warn(t('plan.over', { budget: p.fit.minutesPerDay, needed: p.fit.minutesNeeded })));
  if (p.fit && !p.fit.fits) {
    if (p.verdict !== 'too-close') item(t('plan.fit-minutes', { needed: p.fit.minutesNeeded }));
    item(p.fit.examDateThatFits ? t('plan.fit-date', { date: p.fit.examDateThatFits }) : t('plan.fit-none-date'));
    if (p.unseen > 0 && p.daysLeft > 0) {
      item(t('plan.fit-share', { share: `${Math.floor(p.fit.shareThatFits * 100)}%`, n: p.fit.questionsThatFit, total: p.unseen, date: p.examDate }));
    }
  }
  if (projection?.status === 'too-little-data') {
    say(ctx.style.dim(t('plan.projection-thin', { have: projection.calibrationAnswers, need: projection.needed })));
  } else if (projection) {
    const pct = (x: number) => `${Math.round(x * 100)}%`;
    const domains = projection.domains.map((d) => `${domainName(ctx, outlineOption(undefined), d.domain)} ${pct(d.expected)}`).join(' · ');
    const figures = { expected: pct(projection.expected), low: pct(projection.low), high: pct(projection.high), domains };
    say(ctx.style.accent(projection.pace ? t('plan.projection', { ...figures, pace: Math.round(projection.pace.answersPerDay) }) : t('plan.projection-kept', figures)));
    // Say when the learner's pace leaves reviews waiting: the projection is then lower than the plan kept in full.
    if (projection.pace && projection.answersPerDayUncapped !== null && projection.answersPerDayUncapped > 1.1 * projection.pace.answersPerDay) {
      say(t('plan.projection-behind', { needed: Math.round(projection.answersPerDayUncapped), pace: Math.round(projection.pace.answersPerDay) }));
    }
    say(ctx.style.dim(t('plan.projection-note')));
  }
  if (p.weeks.length > 0) lines.push('', ...weekTable(ctx, p));
  lines.push('', ...wrap(ctx.style.dim(t('plan.saved')), ctx.width));
  return lines;
}

function weekTable(ctx: CliContext, p: StudyPlan): string[] {
  const { t } = ctx.i18n;
  const heads = [t('plan.week'), t('plan.week-new'), t('plan.week-answers'), t('plan.week-minutes')];
  const rows = p.weeks.map((w) => [dateRange(w.from, w.to, ctx.i18n.lang), String(Math.round(w.newPerDay)), String(Math.round(w.answersPerDay)), String(Math.round(w.minutesPerDay))]);
  const widths = heads.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))));
  const format = (cells: readonly string[]) => cells.map((c, i) => (i === 0 ? padEnd(c, widths[0] ?? 0) : padStart(c, (widths[i] ?? 0) + 2))).join('');
  const lines = [ctx.style.dim(format(heads).trimEnd())];
  const shown = rows.length <= SHOWN_WEEKS ? rows : [...rows.slice(0, SHOWN_WEEKS - 2), ...rows.slice(-2)];
  shown.forEach((r, i) => {
    if (rows.length > SHOWN_WEEKS && i === SHOWN_WEEKS - 2) lines.push(ctx.style.dim(t('plan.more-weeks', { n: rows.length - SHOWN_WEEKS })));
    lines.push(format(r));
  });
  return lines;
}
