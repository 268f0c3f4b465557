/**
 * What a reader read but not as written (Moodle questions of types that cannot be studied, skipped;
 * images a terminal cannot show …): said on stderr by every command that reads bank files, so the
 * data on stdout stays clean. `pmp validate` lists them among its findings instead.
 */
import type { InputProblem } from '../../errors.js';
import type { CliContext } from '../context.js';
import { formatProblem, readerText } from '../report-error.js';
import { sanitizeInline } from '../terminal/sanitize.js';

/** Most warnings shown per file; validate and --json have them all. */
const SHOWN_WARNINGS = 20;

export function reportReadWarnings(ctx: CliContext, files: readonly { readonly file: string; readonly warnings: readonly InputProblem[] }[]): void {
  const lines: string[] = [];
  for (const f of files) {
    if (f.warnings.length === 0) continue;
    lines.push(ctx.style.warn(ctx.i18n.t('formats.warnings', { file: sanitizeInline(f.file), n: f.warnings.length })));
    for (const w of f.warnings.slice(0, SHOWN_WARNINGS)) lines.push(`  ${formatProblem({ ...w, message: readerText(ctx.i18n, w) ?? w.message })}`);
    if (f.warnings.length > SHOWN_WARNINGS) lines.push(`  ${ctx.i18n.t('formats.more-warnings', { n: f.warnings.length - SHOWN_WARNINGS })}`);
  }
  if (lines.length > 0) ctx.err(lines.join('\n') + '\n');
}
