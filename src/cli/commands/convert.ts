import { loadImportFiles } from '../../app/load-import.js';
import { bankToFile } from '../../import/export-bank.js';
import { toSafeJson } from '../terminal/safe-json.js';
import type { CliContext } from '../context.js';
import { writeOut } from './banks.js';
import { importFileOptions, type ReadOptions } from './read-options.js';
import { failureJson } from './problem-json.js';
import { PmpError } from '../../errors.js';
import { reportReadWarnings } from './read-warnings.js';

export interface ConvertOptions extends ReadOptions {
  readonly out?: string;
  readonly force?: boolean;
  readonly json?: boolean;
}

/**
 * `pmp convert FILE`: the bank (pmp-bank/1 JSON) that a file in any format, or a JSON file through
 * a mapping, produces — read exactly as `pmp import` reads it, with the same problems. Writes the
 * bank to --out (whole or not at all; an existing file only with --force) or to stdout.
 */
export async function convertCommand(ctx: CliContext, file: string, options: ConvertOptions): Promise<number> {
  const [loaded] = await loadImportFiles([file], importFileOptions([file], options, ctx)).catch((error: unknown) => {
    // As import --json: the problems go to stdout as data, the error to stderr, exit code 3.
    if (options.json && error instanceof PmpError && error.category === 'input') ctx.out(toSafeJson(failureJson(ctx, error)));
    throw error;
  });
  if (!loaded) return 0;
  reportReadWarnings(ctx, [loaded]);
  const text = toSafeJson(bankToFile(loaded.bank));
  if (options.out) {
    if (!(await writeOut(ctx, options.out, text, options.force === true))) return 0;
    ctx.err(ctx.i18n.t('convert.wrote', { n: loaded.bank.questions.length, file: options.out, format: loaded.format }) + '\n');
    if (options.json) ctx.out(toSafeJson({ ok: true, file, out: options.out, format: loaded.format, bank: loaded.bank.id, questions: loaded.bank.questions.length }));
  } else ctx.out(text);
  return 0;
}
