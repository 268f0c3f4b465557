import { Chalk } from 'chalk';

/** The few looks the interface uses; all are identity functions when colour is off. */
export interface Style {
  readonly enabled: boolean;
  bold(s: string): string;
  dim(s: string): string;
  good(s: string): string;
  bad(s: string): string;
  accent(s: string): string;
  warn(s: string): string;
}

export type ColorChoice = 'auto' | 'always' | 'never';

/**
 * The one place that decides whether to colour (chalk's own detection is never used: every Chalk
 * here gets its level from this). In order:
 *  1. --color always / never;
 *  2. FORCE_COLOR, read as chalk reads it: 0 or false → off; 1, 2, 3 or true → on, even when the
 *     output is not a terminal (we use 16 colours whatever the level). Empty or anything else is
 *     ignored here, where chalk would take empty as "on";
 *  3. a non-empty NO_COLOR → off (chalk ignores NO_COLOR; FORCE_COLOR wins over it, as in Node);
 *  4. TERM=dumb → off;
 *  5. on only when the output is a terminal.
 */
export function colorEnabled(choice: ColorChoice, env: Readonly<Record<string, string | undefined>>, isTty: boolean): boolean {
  if (choice === 'always') return true;
  if (choice === 'never') return false;
  const forced = forceColor(env.FORCE_COLOR);
  if (forced !== undefined) return forced;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.TERM === 'dumb') return false;
  return isTty;
}

function forceColor(value: string | undefined): boolean | undefined {
  const v = value?.trim().toLowerCase();
  if (v === '0' || v === 'false') return false;
  if (v === '1' || v === '2' || v === '3' || v === 'true') return true;
  return undefined;
}

export function createStyle(enabled: boolean): Style {
  const c = new Chalk({ level: enabled ? 1 : 0 });
  return {
    enabled,
    bold: (s) => c.bold(s),
    dim: (s) => c.dim(s),
    good: (s) => c.green(s),
    bad: (s) => c.red(s),
    accent: (s) => c.cyan(s),
    warn: (s) => c.yellow(s),
  };
}
