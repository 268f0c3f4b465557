import { validateBankFiles, type ValidationProblem } from '../../app/validate-banks.js';
import { EXIT_CODE } from '../../errors.js';
import { toSafeJson } from '../terminal/safe-json.js';
import { integerOption, type CliContext } from '../context.js';
import { sanitizeInline } from '../terminal/sanitize.js';
import { problemText } from '../../i18n/problems.js';
import { readerText } from '../report-error.js';
import { importFileOptions, type ReadOptions } from './read-options.js';

export interface ValidateOptions extends ReadOptions {
  readonly strict?: boolean;
  readonly minPerTask?: string;
  readonly maxKeyLongest?: string;
  readonly maxKeyShortest?: string;
  readonly json?: boolean;
}

/** `pmp validate FILE...`: every problem in every file, nothing written. Exit 3 when any error. */
export async function validateCommand(ctx: CliContext, files: readonly string[], options: ValidateOptions): Promise<number> {
  const minPerTask = integerOption(options.minPerTask, '--min-per-task', 0, 100_000);
  const maxKeyLongest = integerOption(options.maxKeyLongest, '--max-key-longest', 0, 100);
  const maxKeyShortest = integerOption(options.maxKeyShortest, '--max-key-shortest', 0, 100);
  const read = importFileOptions(files, options, ctx);
  const report = await validateBankFiles(files, {
    strict: options.strict === true,
    ...(minPerTask !== undefined ? { minPerTask } : {}),
    ...(maxKeyLongest !== undefined ? { maxKeyLongest: maxKeyLongest / 100 } : {}),
    ...(maxKeyShortest !== undefined ? { maxKeyShortest: maxKeyShortest / 100 } : {}),
  }, read);
  if (options.json) {
    ctx.out(toSafeJson({ ok: report.errors === 0, ...report }));
  } else {
    const { t } = ctx.i18n;
    const lines: string[] = [];
    const show = (p: ValidationProblem) => {
      const where = [p.file, p.line, p.column].filter((x) => x !== undefined).join(':');
      const label = p.severity === 'error' ? ctx.style.bad(t('severity.error')) : ctx.style.warn(t('severity.warning'));
      const what = [p.path, p.questionId ? `(${p.questionId})` : undefined].filter(Boolean).join(' ');
      const message = (p.messageKey ? ctx.i18n.lookup(p.messageKey, p.params) : undefined) ?? readerText(ctx.i18n, p) ?? problemText(ctx.i18n.lang, p.code, p.message);
      return `  ${label} ${sanitizeInline(`${where}: ${what ? `${what}: ` : ''}${message}`)}`;
    };
    for (const f of report.files) {
      const file = sanitizeInline(f.file);
      if (f.questions === undefined) lines.push(t('validate.unreadable', { file }));
      else if (f.problems.length === 0) lines.push(ctx.style.good(t('validate.ok', { file, n: f.questions })));
      else lines.push(t('validate.file', { file, n: f.questions }));
      lines.push(...f.problems.map(show));
    }
    if (report.overall.length > 0) lines.push(t('validate.overall'), ...report.overall.map(show));
    lines.push(t('validate.summary', { errors: report.errors, warnings: report.warnings, files: report.files.length }));
    // Findings are data the user asked for: stdout. The verdict is the exit code.
    ctx.out(lines.join('\n') + '\n');
  }
  return report.errors > 0 ? EXIT_CODE.input : EXIT_CODE.ok;
}
