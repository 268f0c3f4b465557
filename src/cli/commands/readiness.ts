import { MOCK_WINDOW_DAYS, READINESS_HORIZON_DAYS, readinessReport } from '../../app/readiness.js';
import { PmpError } from '../../errors.js';
import type { CliContext } from '../context.js';
import { cutOption, outlineOption } from '../exam-options.js';
import { schedulerFor } from './learner-scheduler.js';
import { resolveExamDate } from '../../app/exam-date.js';
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
  const outline = outlineOption(options.eco);
  return withDatabase(ctx, (db) => {
    const exam = resolveExamDate(db, ctx.clock, options.examDate);
    const at = exam?.at ?? ctx.clock.now() + READINESS_HORIZON_DAYS * 86_400_000;
    const readiness = readinessReport(db, schedulerFor(ctx, db), { outline, at, cut, mocksSince: ctx.clock.now() - MOCK_WINDOW_DAYS * 86_400_000 });
    const questions = readiness.status === 'ready' ? readiness.overall.questions : readiness.questions;
    if (questions === 0) throw new PmpError('readiness.empty-bank', 'failure', { outline: outline.id });
    if (options.json) {
      ctx.out(toSafeJson({ outline: outline.id, examDate: exam?.date ?? null, at: new Date(at).toISOString(), cut, ...readiness }));
      return 0;
    }
    const lines = renderReadiness(ctx, outline, readiness, { cut, exam, calibrationAnswers: readiness.calibration.answers, mocks: readiness.mocks, mockDays: MOCK_WINDOW_DAYS });
    if (options.explain && readiness.status === 'ready') lines.push('', ...renderReadinessExplain(ctx, outline, readiness, readiness.calibration, readiness.mocks));
    ctx.out(lines.join('\n') + '\n');
    return 0;
  });
}
