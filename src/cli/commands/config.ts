/** `pmp config list|get|set|unset`: the settings the tool remembers, seen and changed. */
import { configKey, getConfig, listConfig, setConfig, unsetConfig, type ConfigChange, type ConfigEntry, type PlanFollower } from '../../app/config.js';
import type { CliContext } from '../context.js';
import { sanitizeInline } from '../terminal/sanitize.js';
import { toSafeJson } from '../terminal/safe-json.js';
import { wrap } from '../terminal/wrap.js';
import { withDatabase } from './open.js';
import type { MessageKey, Translator } from '../../i18n/index.js';

interface JsonOption {
  readonly json?: boolean;
}

/** The plan's code loads only for the key that shows it. */
const followPlan = async (): Promise<PlanFollower> => (await import('../../app/study-plan.js')).followPlan;

const KEY_WIDTH = 17;

export async function configListCommand(ctx: CliContext, options: JsonOption): Promise<number> {
  const follow = await followPlan();
  return withDatabase(ctx, (db) => {
    const entries = listConfig(db, ctx.clock, follow);
    if (options.json) {
      ctx.out(toSafeJson(entries));
      return 0;
    }
    const lines: string[] = [];
    for (const e of entries) {
      const mark = e.settable ? '' : ` ${ctx.style.dim(`[${ctx.i18n.t('config.read-only-mark')}]`)}`;
      lines.push(`${ctx.style.bold(e.key.padEnd(KEY_WIDTH))} ${describeValue(e, ctx.i18n)}${mark}`);
      const indent = ' '.repeat(KEY_WIDTH + 1);
      const room = ctx.width - indent.length;
      for (const l of wrap(ctx.i18n.t(`config.describe.${e.key}` as MessageKey), room)) lines.push(indent + ctx.style.dim(l));
      lines.push(indent + ctx.style.dim(`${ctx.i18n.t('config.label.allowed')}: ${ctx.i18n.t(`config.allowed.${e.key}` as MessageKey)}`));
    }
    ctx.out(lines.join('\n') + '\n');
    return 0;
  });
}

export async function configGetCommand(ctx: CliContext, key: string, options: JsonOption): Promise<number> {
  const k = configKey(key);
  const follow = await followPlan();
  return withDatabase(ctx, (db) => {
    const entry = getConfig(db, ctx.clock, k, follow);
    if (options.json) {
      ctx.out(toSafeJson(entry));
      return 0;
    }
    if (entry.value === null) {
      // Nothing on stdout, so `$(pmp config get exam-date)` is empty; what applies instead goes to stderr.
      ctx.err(`${ctx.i18n.t('config.not-set-note', { key: k })} ${describeValue(entry, ctx.i18n)}\n`);
      return 0;
    }
    ctx.out(rawValue(entry, ctx.i18n) + '\n');
    return 0;
  });
}

export async function configSetCommand(ctx: CliContext, key: string, value: string, options: JsonOption): Promise<number> {
  const k = configKey(key);
  const follow = await followPlan();
  return withDatabase(ctx, (db) => {
    const change = setConfig(db, ctx.clock, k, value, follow);
    reportChange(ctx, change, 'config.set-done', options);
    return 0;
  });
}

export async function configUnsetCommand(ctx: CliContext, key: string, options: JsonOption): Promise<number> {
  const k = configKey(key);
  const follow = await followPlan();
  return withDatabase(ctx, (db) => {
    const change = unsetConfig(db, ctx.clock, k, follow);
    reportChange(ctx, change, 'config.unset-done', options);
    return 0;
  });
}

function reportChange(ctx: CliContext, change: ConfigChange, message: 'config.set-done' | 'config.unset-done', options: JsonOption): void {
  if (options.json) {
    ctx.out(toSafeJson({ key: change.after.key, before: change.before.value, after: change.after.value, alsoChanged: change.alsoChanged }));
    return;
  }
  const t = ctx.i18n.t;
  const line = t(message, { key: change.after.key, value: describeValue(change.after, ctx.i18n), before: describeValue(change.before, ctx.i18n) });
  const lines = wrap(line, ctx.width);
  if (change.alsoChanged.length > 0) lines.push(...wrap(t('config.also-changed', { keys: change.alsoChanged.join(', ') }), ctx.width));
  ctx.out(lines.join('\n') + '\n');
}

/** The value as a script wants it: the date or the number, else the record in one line. */
function rawValue(e: ConfigEntry, i18n: Translator): string {
  if (typeof e.value === 'string' || typeof e.value === 'number') return sanitizeInline(String(e.value));
  return describeValue(e, i18n);
}

/** The value for a person, or what applies when it is not set. */
export function describeValue(e: ConfigEntry, i18n: Translator): string {
  const t = i18n.t;
  const v = e.value;
  switch (e.key) {
    case 'exam-date':
      return typeof v === 'string' ? sanitizeInline(v) : t('config.no-date');
    case 'new-per-day':
      return typeof v === 'number' ? String(v) : t('config.new-default');
    case 'max-reviews':
      return v === 0 ? t('config.no-cap') : typeof v === 'number' ? String(v) : t('config.cap-default');
    case 'study-plan': {
      if (v === null || typeof v !== 'object' || !('examDate' in v)) return t('config.no-plan');
      const made = sanitizeInline(String(v.madeAt).slice(0, 10));
      const date = sanitizeInline(String(v.examDate));
      return v.newToday === null ? t('config.plan-value-over', { date, made }) : t('config.plan-value', { date, today: v.newToday, made });
    }
    case 'fsrs-parameters': {
      if (v === null || typeof v !== 'object') return t('config.defaults');
      if ('damaged' in v) return t('config.params-damaged');
      if (!('weights' in v)) return t('config.defaults');
      return t('config.params-value', {
        date: sanitizeInline(v.adoptedAt.slice(0, 10)),
        n: v.weights.length,
        before: v.logLossBefore.toFixed(4),
        after: v.logLossAfter.toFixed(4),
      });
    }
  }
}
