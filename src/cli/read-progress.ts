/**
 * What a person waiting on bank files sees on stderr: a progress line while a mapping runs long
 * (a terminal only, after a second, with the time so far; erased when the file is read), and with
 * --verbose one line per file with the time it took. Never on stdout; nothing with --json.
 */
import { performance } from 'node:perf_hooks';
import { basename } from 'node:path';
import type { ReadReporter } from '../app/load-import.js';
import type { CliContext } from './context.js';
import { sanitizeInline } from './terminal/sanitize.js';

/** A mapping is "long" after this; below it, a line would only flicker. */
export const PROGRESS_AFTER_MS = 1000;
/** How often the line is redrawn. */
const REDRAW_MS = 250;

export function readReporter(ctx: CliContext, options: { readonly json: boolean; readonly verbose: boolean }, now: () => number = () => performance.now()): ReadReporter | undefined {
  const stderr = ctx.runtime.stderr;
  const showProgress = !options.json && stderr.isTTY === true && ctx.runtime.env.TERM !== 'dumb';
  if (!showProgress && !options.verbose) return undefined;
  let startedAt = 0;
  let drawnAt = 0;
  let label = '';
  let map = '';
  let drawn = false;
  return {
    readStart(file, mapFile) {
      startedAt = now();
      drawnAt = startedAt;
      drawn = false;
      map = mapFile ? sanitizeInline(basename(mapFile)) : '';
      label = sanitizeInline(basename(file));
    },
    mappingStep() {
      if (!showProgress) return;
      const at = now();
      if (at - startedAt < PROGRESS_AFTER_MS || at - drawnAt < REDRAW_MS) return;
      drawnAt = at;
      drawn = true;
      stderr.write(`\r\x1b[K${ctx.i18n.t('bank-files.mapping-running', { file: label, map, seconds: ((at - startedAt) / 1000).toFixed(1) })}`);
    },
    readEnd(file, read) {
      if (drawn) stderr.write('\r\x1b[K');
      drawn = false;
      if (options.verbose && read) {
        ctx.err(ctx.i18n.t('bank-files.read-time', { file: sanitizeInline(file), format: read.format, map, ms: Math.round(now() - startedAt), n: read.questions }) + '\n');
      }
    },
  };
}
