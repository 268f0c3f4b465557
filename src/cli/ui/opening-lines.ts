/**
 * What a command says before its interactive screen opens ("Created your database at …", the plan
 * it follows): the screen clears the terminal for its first question, which would wipe those lines
 * before anyone read them. The recorder passes every line through as usual and keeps a copy, which
 * the first screen shows above its question (plain mode needs none of this: nothing is cleared).
 */
import type { CliContext } from '../context.js';

export interface OpeningLines {
  /** The context to say things through until the screen opens. */
  readonly ctx: CliContext;
  /** Stops recording and returns the lines said so far. */
  take(): string[];
}

export function recordOpeningLines(base: CliContext): OpeningLines {
  let said: string[] | undefined = [];
  const keep = (text: string) => said?.push(...text.replace(/\n$/, '').split('\n'));
  // A context that inherits from the base, so getters such as the width are still read at each use.
  const ctx: CliContext = Object.create(base, {
    out: { value: (text: string) => (keep(text), base.out(text)) },
    err: { value: (text: string) => (keep(text), base.err(text)) },
  });
  return {
    ctx,
    take() {
      const lines = said ?? [];
      said = undefined;
      return lines;
    },
  };
}
