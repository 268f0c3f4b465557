import { loadOutlines } from '../../app/outlines.js';
import { readinessReport } from '../../app/readiness.js';
import { DEFAULT_CUT } from '../../domain/exam-rating.js';
import { PmpError } from '../../errors.js';
import type { CliContext } from '../context.js';
import { schedulerFor } from './learner-scheduler.js';
import { resolveExamDate } from '../exam-date.js';
import { renderReadiness } from '../render/readiness-view.js';
import { renderReadinessExplain } from '../render/readiness-explain.js';
import { toSafeJson } from '../terminal/safe-json.js';
import { withDatabase } from './open.js';

export interface ReadinessOptions {
  readonly examDate?: string;
  readonly cut?: string;
  readonly eco?: string;
  readonly explain?: boolean;
  readonly json?: boolean;
}

export async function readinessCommand(ctx: CliContext, options: ReadinessOptions): Promise<number> {
  const cut = cutOption(options.cut);
  const outline = loadOutlines().get(ecoOption(options.eco));
  if (!outline) throw new Error('outline data missing');
  return withDatabase(ctx, (db) => {
    const exam = resolveExamDate(db, ctx.clock, options.examDate);
    const at = exam?.at ?? ctx.clock.now();
    const readiness = readinessReport(db, schedulerFor(ctx, db), { outline, at, cut });
    if (readiness.status === 'ready' && readiness.overall.questions === 0) {
      throw new PmpError('readiness.empty-bank', 'failure', { outline: outline.id });
    }
    if (readiness.status === 'too-little-data' && readiness.questions === 0) {
      throw new PmpError('readiness.empty-bank', 'failure', { outline: outline.id });
    }
    if (options.json) {
      ctx.out(toSafeJson({ outline: outline.id, examDate: exam?.date ?? null, at: new Date(at).toISOString(), cut, ...readiness }));
      return 0;
    }
    const lines = renderReadiness(ctx, outline, readiness, { cut, exam });
    if (options.explain && readiness.status === 'ready') lines.push('', ...renderReadinessExplain(ctx, outline, readiness));
    ctx.out(lines.join('\n') + '\n');
    return 0;
  });
}

/** --cut as a percentage, 1..99 (a trailing % is fine); the default is the last cut PMI published. */
function cutOption(value: string | undefined): number {
  if (value === undefined) return DEFAULT_CUT;
  const n = Number(value.trim().replace(/%$/, ''));
  if (!Number.isFinite(n) || n < 1 || n > 99) throw new PmpError('usage.bad-cut', 'usage', { value });
  return n / 100;
}

function ecoOption(value: string | undefined): string {
  if (value === undefined) return 'eco-2026';
  const year = value.trim().toLowerCase().replace(/^eco-?/, '');
  if (year !== '2026' && year !== '2021') throw new PmpError('usage.bad-eco', 'usage', { value });
  return `eco-${year}`;
}
