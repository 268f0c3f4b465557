import { rebuildAllStates } from '../../app/rebuild.js';
import { schedulerFor } from './learner-scheduler.js';
import { toSafeJson } from '../terminal/safe-json.js';
import type { CliContext } from '../context.js';
import { withDatabase } from './open.js';

/** Replays the review log into every question's memory state (the log is the truth; states are a cache). */
export async function rebuildCommand(ctx: CliContext, options: { readonly check?: boolean; readonly json?: boolean }): Promise<number> {
  return withDatabase(ctx, (db) => {
    const report = rebuildAllStates(db, schedulerFor(ctx, db), { checkOnly: options.check === true });
    if (options.json) {
      ctx.out(toSafeJson({ questions: report.questions, mismatched: report.mismatched.length, fixed: options.check ? 0 : report.mismatched.length }));
    } else {
      ctx.out(ctx.i18n.t(options.check ? 'rebuild.checked' : 'rebuild.done', { n: report.questions, fixed: report.mismatched.length }) + '\n');
    }
    // --check is for scripts: a mismatch is a failure worth a non-zero exit.
    return options.check && report.mismatched.length > 0 ? 1 : 0;
  });
}
