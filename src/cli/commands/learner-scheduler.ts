import { learnerScheduler } from '../../app/learner-scheduler.js';
import type { Scheduler } from '../../domain/scheduler.js';
import type { Db } from '../../app/learner-database.js';
import type { CliContext } from '../context.js';

/** The learner's scheduler (adopted parameters or defaults), warning on stderr if the stored ones are damaged. */
export function schedulerFor(ctx: CliContext, db: Db): Scheduler {
  return learnerScheduler(db, () => ctx.err(ctx.i18n.t('optimize.damaged') + '\n'));
}
