/**
 * `pmp config`: what the tool remembers in the settings table, under documented kebab-case names,
 * each with its type and the same checks as the option that sets it elsewhere. Values set here
 * are the ones `pmp study`, `pmp plan` and `pmp readiness` use.
 *
 * Left out on purpose: the scheduler revision (SETTING.schedulerRevision) marks which scheduler
 * computed the cached memory states. It is no choice of the learner's: changing it would force or
 * skip a rebuild of every memory state, and `pmp doctor`/`pmp rebuild` already report on that cache.
 * Nor the seed of the order of new questions (SETTING.newOrderSeed): drawn once so the learner's
 * progress through the bank stays in one order. Nor the kept recall calibration
 * (SETTING.recallCalibrationFit): a cache of a fit of the log, not a choice.
 */
import { PmpError } from '../errors.js';
import { writeTransaction, type Db } from '../storage/database.js';
import { deleteSetting, getSetting, hasSetting, putSetting, SETTING } from '../storage/settings.js';
import { examDateFrom, studyToday } from './exam-date.js';
import { storedParameters, type AdoptedParameters } from './learner-scheduler.js';
import type { Clock } from './ports.js';
import type { StoredPlan } from './study-plan.js';

/** The ranges `pmp study --new` and `--max-reviews` accept; `pmp config set` checks the same. */
export const NEW_PER_DAY_RANGE = { min: 0, max: 10_000 } as const;
export const MAX_REVIEWS_RANGE = { min: 0, max: 100_000 } as const;
/** pmp study's new questions a day without --new, a setting or a plan. */
export const DEFAULT_NEW_PER_DAY = 20;

export const CONFIG_KEYS = ['exam-date', 'new-per-day', 'max-reviews', 'study-plan', 'fsrs-parameters'] as const;
export type ConfigKey = (typeof CONFIG_KEYS)[number];

export type ConfigValue =
  | { readonly key: 'exam-date'; readonly value: string | null }
  | { readonly key: 'new-per-day'; readonly value: number | null }
  /** 0 = set to no cap; null = not set (no cap either). */
  | { readonly key: 'max-reviews'; readonly value: number | null }
  | { readonly key: 'study-plan'; readonly value: (StoredPlan & { readonly newToday: number | null }) | null }
  | { readonly key: 'fsrs-parameters'; readonly value: AdoptedParameters | { readonly damaged: true } | null };

export interface ConfigEntry {
  readonly key: ConfigKey;
  /** date (YYYY-MM-DD), integer, or a record only another command writes. */
  readonly type: 'date' | 'integer' | 'record';
  /** A row is stored for it. */
  readonly set: boolean;
  readonly value: ConfigValue['value'];
  /** `pmp config set` may change it. */
  readonly settable: boolean;
  /** `pmp config unset` may remove it. */
  readonly unsettable: boolean;
  /** Where a value comes from when none is set, or what writes it. */
  readonly default: string | number | null;
}

interface KeyRule {
  readonly type: ConfigEntry['type'];
  readonly setting: string;
  readonly settable: boolean;
  readonly unsettable: boolean;
  readonly default: ConfigEntry['default'];
}

const RULES: Readonly<Record<ConfigKey, KeyRule>> = {
  'exam-date': { type: 'date', setting: SETTING.examDate, settable: true, unsettable: true, default: null },
  'new-per-day': { type: 'integer', setting: SETTING.newPerDay, settable: true, unsettable: true, default: DEFAULT_NEW_PER_DAY },
  'max-reviews': { type: 'integer', setting: SETTING.maxReviewsPerDay, settable: true, unsettable: true, default: 0 },
  'study-plan': { type: 'record', setting: SETTING.studyPlan, settable: false, unsettable: true, default: null },
  'fsrs-parameters': { type: 'record', setting: SETTING.fsrsParameters, settable: false, unsettable: false, default: null },
};

export function isConfigKey(key: string): key is ConfigKey {
  return (CONFIG_KEYS as readonly string[]).includes(key);
}

export function configKey(key: string): ConfigKey {
  if (!isConfigKey(key)) throw new PmpError('config.unknown-key', 'usage', { key, keys: CONFIG_KEYS.join(', ') });
  return key;
}

export function listConfig(db: Db, clock: Clock, followPlan: PlanFollower): ConfigEntry[] {
  return CONFIG_KEYS.map((key) => getConfig(db, clock, key, followPlan));
}

/** Today's new questions under the stored plan (app/study-plan.ts followPlan), passed in so its code loads only when needed. */
export type PlanFollower = (db: Db, clock: Clock) => { readonly newPerDay: number } | null;

export function getConfig(db: Db, clock: Clock, key: ConfigKey, followPlan: PlanFollower): ConfigEntry {
  const rule = RULES[key];
  const set = hasSetting(db, rule.setting);
  const entry = (value: ConfigValue['value']): ConfigEntry => ({ key, type: rule.type, set, value, settable: rule.settable, unsettable: rule.unsettable, default: rule.default });
  switch (key) {
    case 'exam-date': {
      const v = getSetting<unknown>(db, rule.setting);
      return entry(typeof v === 'string' ? v : null);
    }
    case 'new-per-day': {
      const v = getSetting<unknown>(db, rule.setting);
      return entry(Number.isInteger(v) ? (v as number) : null);
    }
    case 'max-reviews': {
      const v = getSetting<unknown>(db, rule.setting);
      // pmp study --max-reviews 0 stores null: "no cap", set on purpose.
      return entry(Number.isInteger(v) ? (v as number) : set && v === null ? 0 : null);
    }
    case 'study-plan': {
      const v = getSetting<StoredPlan>(db, rule.setting);
      if (!v || typeof v !== 'object') return entry(null);
      return entry({ examDate: v.examDate, newPerDay: v.newPerDay, madeAt: v.madeAt, newToday: followPlan(db, clock)?.newPerDay ?? null });
    }
    case 'fsrs-parameters': {
      const stored = storedParameters(db);
      return entry(stored.kind === 'adopted' ? stored.adopted : stored.kind === 'damaged' ? { damaged: true } : null);
    }
  }
}

export interface ConfigChange {
  readonly before: ConfigEntry;
  readonly after: ConfigEntry;
  /** Other keys changed with it (the study plan follows the exam date). */
  readonly alsoChanged: readonly ConfigKey[];
}

/** Checks the value as the option that sets it elsewhere does; writes nothing unless it is good. */
export function setConfig(db: Db, clock: Clock, key: ConfigKey, raw: string, followPlan: PlanFollower): ConfigChange {
  const rule = RULES[key];
  if (!rule.settable) throw new PmpError(`config.read-only.${key}`, 'usage', { key });
  const before = getConfig(db, clock, key, followPlan);
  const alsoChanged: ConfigKey[] = [];
  switch (key) {
    case 'exam-date': {
      const exam = examDateFrom(raw, clock);
      if (!exam) throw new PmpError('config.bad-exam-date', 'usage', { key, value: raw });
      if (exam.daysAway < 0) throw new PmpError('config.past-exam-date', 'usage', { key, value: raw, today: studyToday(clock) });
      writeTransaction(db, () => {
        putSetting(db, rule.setting, exam.date);
        // A stored plan is recounted each day towards its date: it follows the new one.
        const plan = getSetting<StoredPlan>(db, SETTING.studyPlan);
        if (plan && typeof plan === 'object' && plan.examDate !== exam.date) {
          putSetting(db, SETTING.studyPlan, { ...plan, examDate: exam.date } satisfies StoredPlan);
          alsoChanged.push('study-plan');
        }
      });
      break;
    }
    case 'new-per-day':
    case 'max-reviews': {
      const range = key === 'new-per-day' ? NEW_PER_DAY_RANGE : MAX_REVIEWS_RANGE;
      const n = wholeNumber(raw);
      if (n === undefined || n < range.min || n > range.max) throw new PmpError('config.bad-integer', 'usage', { key, value: raw, range: `${range.min}–${range.max}` });
      // As pmp study --max-reviews 0 does: a stored null is "no cap".
      writeTransaction(db, () => putSetting(db, rule.setting, key === 'max-reviews' && n === 0 ? null : n));
      break;
    }
    default:
      throw new PmpError(`config.read-only.${key}`, 'usage', { key });
  }
  return { before, after: getConfig(db, clock, key, followPlan), alsoChanged };
}

export function unsetConfig(db: Db, clock: Clock, key: ConfigKey, followPlan: PlanFollower): ConfigChange {
  const rule = RULES[key];
  if (!rule.unsettable) throw new PmpError(`config.read-only.${key}`, 'usage', { key });
  const before = getConfig(db, clock, key, followPlan);
  const alsoChanged: ConfigKey[] = [];
  writeTransaction(db, () => {
    deleteSetting(db, rule.setting);
    // A plan without its exam date would go on steering pmp study towards a date nothing shows.
    if (key === 'exam-date' && hasSetting(db, SETTING.studyPlan)) {
      deleteSetting(db, SETTING.studyPlan);
      alsoChanged.push('study-plan');
    }
  });
  return { before, after: getConfig(db, clock, key, followPlan), alsoChanged };
}

function wholeNumber(raw: string): number | undefined {
  const text = raw.trim();
  if (!/^\d+$/.test(text)) return undefined;
  const n = Number(text);
  return Number.isSafeInteger(n) ? n : undefined;
}
