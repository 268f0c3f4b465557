/**
 * The one place that builds the scheduler for this learner's data: FSRS-6 with the parameters
 * `pmp optimize` adopted, or the published defaults. Study, rebuild, doctor and undo all use it,
 * so a replay of the log always agrees with the cached memory states.
 */
import { z } from 'zod';
import { createScheduler, DEFAULT_SCHEDULER_SETTINGS, type Scheduler } from '../domain/scheduler.js';
import type { Db } from '../storage/database.js';
import { getSetting, SETTING } from '../storage/settings.js';

/** FSRS-6 has 21 parameters. */
export const FSRS_PARAMETER_COUNT = 21;

export const AdoptedParametersSchema = z.object({
  weights: z.array(z.number().finite()).length(FSRS_PARAMETER_COUNT),
  /** ISO 8601 */
  adoptedAt: z.string(),
  fittedReviews: z.number().int().nonnegative(),
  heldOutReviews: z.number().int().nonnegative(),
  logLossBefore: z.number(),
  logLossAfter: z.number(),
});
export type AdoptedParameters = z.infer<typeof AdoptedParametersSchema>;

export type StoredParameters =
  | { readonly kind: 'defaults' }
  | { readonly kind: 'adopted'; readonly adopted: AdoptedParameters }
  | { readonly kind: 'damaged' };

/** What the settings table holds, checked: a damaged value is reported, never used. */
export function storedParameters(db: Db): StoredParameters {
  let raw: unknown;
  try {
    raw = getSetting<unknown>(db, SETTING.fsrsParameters);
  } catch {
    return { kind: 'damaged' }; // not JSON at all
  }
  if (raw === undefined) return { kind: 'defaults' };
  const parsed = AdoptedParametersSchema.safeParse(raw);
  if (!parsed.success) return { kind: 'damaged' };
  try {
    createScheduler({ ...DEFAULT_SCHEDULER_SETTINGS, weights: parsed.data.weights }); // ts-fsrs rejects what it cannot use
  } catch {
    return { kind: 'damaged' };
  }
  return { kind: 'adopted', adopted: parsed.data };
}

export function schedulerWithWeights(weights: readonly number[] | undefined): Scheduler {
  return createScheduler(weights ? { ...DEFAULT_SCHEDULER_SETTINGS, weights } : DEFAULT_SCHEDULER_SETTINGS);
}

/**
 * The learner's scheduler. Damaged stored parameters fall back to the defaults and call
 * `onDamaged` (the command says so; `pmp optimize --reset` clears them).
 */
export function learnerScheduler(db: Db, onDamaged: () => void = () => {}): Scheduler {
  const stored = storedParameters(db);
  if (stored.kind === 'damaged') onDamaged();
  return schedulerWithWeights(stored.kind === 'adopted' ? stored.adopted.weights : undefined);
}
