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
 * chalk ignores NO_COLOR and treats an empty FORCE_COLOR as "on" (FIELD-NOTES), so we decide:
 * off for --color=never, a non-empty NO_COLOR, TERM=dumb, or output that is not a terminal.
 */
export function colorEnabled(choice: ColorChoice, env: Readonly<Record<string, string | undefined>>, isTty: boolean): boolean {
  if (choice === 'always') return true;
  if (choice === 'never') return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.TERM === 'dumb') return false;
  return isTty;
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
