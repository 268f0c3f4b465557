/**
 * Turns global options and the environment into what commands need: the database path, the
 * clock, the language, colours and width. Reads nothing else of the process.
 */
import envPaths from 'env-paths';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fixedClock, systemClock, type Clock } from '../app/ports.js';
import { PmpError } from '../errors.js';
import { detectLanguage, translator, type Translator } from '../i18n/index.js';
import type { RenderContext } from './render/context.js';
import type { Runtime } from './runtime.js';
import { colorEnabled, createStyle, type ColorChoice, type Style } from './terminal/style.js';

export interface GlobalOptions {
  readonly db?: string;
  readonly lang?: string;
  readonly color?: string;
}

export interface CliContext {
  readonly runtime: Runtime;
  readonly dbPath: string;
  readonly clock: Clock;
  readonly i18n: Translator;
  readonly style: Style;
  readonly width: number;
  /** Both stdin and stdout are terminals: prompts may be used. */
  readonly interactive: boolean;
  out(text: string): void;
  err(text: string): void;
}

export const MIN_WIDTH = 40;
const MAX_WIDTH = 100;

export function createContext(options: GlobalOptions, runtime: Runtime): CliContext {
  const { env } = runtime;
  const lang = detectLanguage(options.lang, env);
  if (!lang) throw new PmpError('usage.bad-lang', 'usage', { value: options.lang ?? '' });
  const colorChoice = (options.color ?? 'auto') as ColorChoice;
  if (!['auto', 'always', 'never'].includes(colorChoice)) throw new PmpError('usage.bad-color', 'usage', { value: String(options.color) });
  return {
    runtime,
    dbPath: resolveDbPath(options.db ?? env.PMP_DB),
    clock: clockFrom(env.PMP_NOW),
    i18n: translator(lang),
    style: createStyle(colorEnabled(colorChoice, env, runtime.stdout.isTTY === true)),
    // Read at each use, not once: a terminal resized during a session gets lines of its new width.
    get width() {
      return helpWidth(runtime);
    },
    interactive: runtime.stdin.isTTY === true && runtime.stdout.isTTY === true,
    out: (text) => void runtime.stdout.write(text),
    err: (text) => void runtime.stderr.write(text),
  };
}

/**
 * The width text is laid out to: the terminal's columns (COLUMNS when stdout is not a terminal),
 * kept between 40 and 100 so lines stay readable. Help is wrapped to the same width.
 */
export function helpWidth(runtime: Runtime): number {
  const columns = runtime.stdout.columns ?? Number(runtime.env.COLUMNS ?? 80);
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, Number.isFinite(columns) && columns > 0 ? columns : 80));
}

/** --db, else PMP_DB, else pmp.db in the platform's data folder (created if missing). */
export function resolveDbPath(explicit: string | undefined): string {
  if (explicit) return resolve(explicit);
  // env-paths honours XDG_DATA_HOME on Linux (and the platform's own folders elsewhere).
  return join(envPaths('pmp-study', { suffix: '' }).data, 'pmp.db');
}

export function ensureParentDir(path: string): void {
  mkdirSync(dirname(path), { recursive: true });
}

/** PMP_NOW (ISO 8601) stops the clock at that instant: a testing aid, documented in README. */
export function clockFrom(pmpNow: string | undefined): Clock {
  if (!pmpNow) return systemClock;
  const at = Date.parse(pmpNow);
  // Dates and calendars are computed from it: keep it to years 1970–9999, where every date format holds.
  if (!Number.isFinite(at) || at < 0 || at >= Date.UTC(10000, 0, 1)) throw new PmpError('usage.bad-now', 'usage', { value: pmpNow });
  return fixedClock(at);
}

export function renderContext(ctx: CliContext, taskLabel: RenderContext['taskLabel'] = () => undefined): RenderContext {
  return {
    i18n: ctx.i18n,
    style: ctx.style,
    get width() {
      return ctx.width;
    },
    now: () => ctx.clock.now(),
    taskLabel,
  };
}

/** A whole number option within a range, or a usage error naming the option. */
export function integerOption(value: string | undefined, option: string, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new PmpError('usage.bad-integer', 'usage', { option, value, range: `${min}–${max}` });
  return n;
}
