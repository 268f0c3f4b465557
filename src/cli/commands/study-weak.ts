/**
 * `pmp study --weak`: which ECO tasks to drill. With enough history, the tasks where the readiness
 * estimate loses the most exam questions (src/domain/readiness.ts, on the remembered exam date);
 * before that, the tasks with the lowest first-sight and recent accuracy (src/app/weak-spots.ts).
 */
import { bankOfOutline } from '../../app/list-banks.js';
import { loadOutlines } from '../../app/outlines.js';
import { readinessReport } from '../../app/readiness.js';
import { weakestTasks } from '../../app/weak-spots.js';
import { DEFAULT_CUT } from '../../domain/exam-rating.js';
import type { Scheduler } from '../../domain/scheduler.js';
import type { Db } from '../../app/learner-database.js';
import type { StudyFilter } from '../../domain/study-filter.js';
import type { CliContext } from '../context.js';
import { resolveExamDate } from '../../app/exam-date.js';
import type { RenderContext } from '../render/context.js';

const WEAK_TASKS = 3;
const DEFAULT_OUTLINE = 'eco-2026';

export interface WeakChoice {
  readonly tasks: NonNullable<StudyFilter['tasks']>;
  /** Says which tasks and why, in the learner's language. */
  readonly message: string;
}

export function chooseWeakTasks(ctx: CliContext, db: Db, scheduler: Scheduler, render: RenderContext): WeakChoice | undefined {
  const { t } = ctx.i18n;
  const outline = loadOutlines().get(DEFAULT_OUTLINE);
  const at = resolveExamDate(db, ctx.clock, undefined)?.at ?? ctx.clock.now();
  const readiness = outline ? readinessReport(db, scheduler, { outline, at, cut: DEFAULT_CUT }) : undefined;
  if (readiness?.status === 'ready' && readiness.focus.length > 0) {
    const focus = readiness.focus.slice(0, WEAK_TASKS);
    const bank = bankOfOutline(db, DEFAULT_OUTLINE);
    const list = focus.map((f) =>
      t('study.weak-focus-task', {
        task: render.taskLabel(bank, f.domain, f.task) ?? `${f.domain} ${f.task}`,
        expected: `${Math.round(f.expected * 100)}%`,
        lost: f.pointsLost.toFixed(1),
      }),
    );
    return { tasks: focus.map((f) => ({ outline: DEFAULT_OUTLINE, domain: f.domain, task: f.task })), message: t('study.weak-focus', { list: list.join('; ') }) };
  }
  const weak = weakestTasks(db, ctx.clock.now(), WEAK_TASKS);
  if (weak.length === 0) return undefined;
  const list = weak.map((w) =>
    t('study.weak-task', {
      task: render.taskLabel(bankOfOutline(db, w.outline), w.domain, w.task) ?? `${w.domain} ${w.task}`,
      first: `${w.firstRight}/${w.firstSeen}`,
      recent: `${w.recentRight}/${w.recentAnswers}`,
      expected: `${Math.round(w.expected * 100)}%`,
    }),
  );
  return { tasks: weak.map((w) => ({ outline: w.outline, domain: w.domain, task: w.task })), message: t('study.weak-tasks', { list: list.join('; ') }) };
}
