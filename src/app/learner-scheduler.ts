/**
 * The one place that builds the scheduler for this learner's data: FSRS-6 with the parameters
 * `pmp optimize` adopted, or the published defaults. Study, rebuild, doctor and undo all use it,
 * so a replay of the log always agrees with the cached memory states.
 */
import { createScheduler, DEFAULT_SCHEDULER_SETTINGS, type Scheduler } from '../domain/scheduler.js';
import type { Db } from '../storage/database.js';
import { getSetting, SETTING } from '../storage/settings.js';

/** FSRS-6 has 21 parameters. */
export const FSRS_PARAMETER_COUNT = 21;

export interface AdoptedParameters {
  readonly weights: readonly number[];
  /** ISO 8601 */
  readonly adoptedAt: string;
  readonly fittedReviews: number;
  readonly heldOutReviews: number;
  readonly logLossBefore: number;
  readonly logLossAfter: number;
}

/**
 * The stored record, checked by hand: this runs before every study session, and loading zod for
 * it would cost a tenth of a second of start-up.
 */
function asAdoptedParameters(raw: unknown): AdoptedParameters | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const r = raw as Record<string, unknown>;
  const count = (x: unknown) => Number.isInteger(x) && (x as number) >= 0;
  const ok =
    Array.isArray(r.weights) &&
    r.weights.length === FSRS_PARAMETER_COUNT &&
    r.weights.every((w) => typeof w === 'number' && Number.isFinite(w)) &&
    typeof r.adoptedAt === 'string' &&
    count(r.fittedReviews) &&
    count(r.heldOutReviews) &&
    typeof r.logLossBefore === 'number' &&
    typeof r.logLossAfter === 'number';
  return ok ? (r as unknown as AdoptedParameters) : undefined;
}

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
  const adopted = asAdoptedParameters(raw);
  if (!adopted) return { kind: 'damaged' };
  try {
    createScheduler({ ...DEFAULT_SCHEDULER_SETTINGS, weights: adopted.weights }); // ts-fsrs rejects what it cannot use
  } catch {
    return { kind: 'damaged' };
  }
  return { kind: 'adopted', adopted };
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
