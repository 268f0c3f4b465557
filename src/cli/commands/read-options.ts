/** The options every command that reads bank files takes (register/shared.ts addReadOptions). */
import type { ImportFileOptions, ReadReporter } from '../../app/load-import.js';
import type { CliContext } from '../context.js';
import { readReporter } from '../read-progress.js';
import { PmpError } from '../../errors.js';
import { FORMATS, type FormatName } from '../../import/formats.js';
import { parseLang } from '../../i18n/index.js';

export interface ReadOptions {
  readonly format?: string;
  readonly map?: string;
  readonly bankId?: string;
  readonly title?: string;
  readonly textLang?: string;
  readonly keepOrder?: boolean;
  readonly verbose?: boolean;
  readonly json?: boolean;
  readonly sheet?: string;
  /** Refuse what a reader would only warn about (Moodle questions of types that cannot be studied …). */
  readonly strict?: boolean;
}

/** The options checked and turned into what the reading path takes; usage errors for bad ones. */
export function importFileOptions(files: readonly string[], options: ReadOptions, ctx?: CliContext): ImportFileOptions {
  if (options.format !== undefined && !(FORMATS as readonly string[]).includes(options.format)) {
    throw new PmpError('usage.bad-format', 'usage', { value: options.format, known: FORMATS.join(', ') });
  }
  if (options.bankId !== undefined && files.length > 1) throw new PmpError('usage.bank-id-one-file', 'usage', {});
  const textLanguage = options.textLang === undefined ? 'en' : (parseLang(options.textLang) ?? options.textLang.toLowerCase());
  return {
    ...(options.format ? { format: options.format as FormatName } : {}),
    ...(options.map ? { mapFile: options.map } : {}),
    ...(options.bankId ? { bankId: options.bankId } : {}),
    ...(options.title ? { title: options.title } : {}),
    textLanguage,
    ...(options.keepOrder ? { keepOrder: true } : {}),
    ...withReporter(ctx, options),
    ...(options.sheet !== undefined ? { sheet: options.sheet } : {}),
    ...(options.strict ? { strict: true } : {}),
  };
}

/** The progress line and --verbose timing, when there is someone to tell. */
function withReporter(ctx: CliContext | undefined, options: ReadOptions): { reporter?: ReadReporter } {
  const reporter = ctx ? readReporter(ctx, { json: options.json === true, verbose: options.verbose === true }) : undefined;
  return reporter ? { reporter } : {};
}
