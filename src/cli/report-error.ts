import { PmpError, exitCodeFor, type InputProblem } from '../errors.js';
import type { Translator } from '../i18n/index.js';
import { problemText } from '../i18n/problems.js';
import { PACKAGE_ROOT, installKind } from '../app/package-files.js';
import { sanitizeInline } from './terminal/sanitize.js';
import type { Style } from './terminal/style.js';

/** Most problems printed per error; the rest are counted (all are in --json). */
const SHOWN_PROBLEMS = 50;

/** Writes an error for a person (stderr) and returns the exit code. */
export function reportError(error: unknown, i18n: Translator, style: Style, write: (text: string) => void): number {
  const e = asPmpError(error);
  const safeParams = Object.fromEntries(Object.entries(e.params).map(([k, v]) => [k, typeof v === 'string' ? sanitizeInline(v) : v]));
  const message = i18n.lookup(e.key, safeParams) ?? sanitizeInline(e.key);
  const lines = [`${style.bad(i18n.t('error.prefix'))}: ${message}`];
  for (const p of e.problems.slice(0, SHOWN_PROBLEMS)) {
    const translated = p.messageKey ? i18n.lookup(p.messageKey, p.params) : undefined;
    lines.push(`  ${translated ? sanitizeInline(translated) : formatProblem({ ...p, message: readerText(i18n, p) ?? problemText(i18n.lang, undefined, p.message) })}`);
  }
  if (e.problems.length > SHOWN_PROBLEMS) lines.push(`  ${i18n.t('error.more-problems', { n: e.problems.length - SHOWN_PROBLEMS })}`);
  const hint = i18n.lookup(`${e.key}.hint`, safeParams);
  if (hint) lines.push(`${style.dim(i18n.t('error.hint-prefix'))}: ${hint}`);
  write(lines.join('\n') + '\n');
  return exitCodeFor(e);
}

/** `file:12:5: questions[3].answer (q-004): answer names option "e", …` — untrusted parts made inert. */
export function formatProblem(p: InputProblem): string {
  const where = [p.file, p.line, p.column].filter((x) => x !== undefined).join(':');
  const what = [p.path, p.questionId ? `(${p.questionId})` : undefined].filter(Boolean).join(' ');
  return sanitizeInline(`${where}: ${what ? `${what}: ` : ''}${p.message}`);
}

/**
 * A reader's problem (CSV, Aiken, GIFT, Moodle XML) in the learner's language, from its code and
 * parameters; undefined for a problem without a code (the caller falls back to its message).
 */
export function readerText(i18n: Translator, p: Pick<InputProblem, 'code' | 'params'>): string | undefined {
  if (p.code === undefined) return undefined;
  const text = i18n.lookup(p.code, p.params);
  if (text === undefined) return undefined;
  const column = p.params?.inColumn;
  const placed = column !== undefined ? i18n.t('csv.in-column', { name: column, text }) : text;
  return p.params?.strict !== undefined ? i18n.t('reader.strict', { text: placed }) : placed;
}

export function asPmpError(error: unknown): PmpError {
  if (error instanceof PmpError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: string } | null)?.code ?? '';
  // Installation problems (exit 5), with the fix that fits a checkout or an installed package.
  const install = { kind: installKind(), root: PACKAGE_ROOT.replace(/[\\/]$/, '') };
  if (/Could not locate the bindings file|NODE_MODULE_VERSION|ERR_DLOPEN_FAILED|invalid ELF header/.test(message)) {
    return new PmpError('install.bindings', 'install', { ...install, node: process.version }, [], { cause: error });
  }
  const missing = code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND' ? /Cannot find package '([^']+)'/.exec(message) : null;
  if (missing) return new PmpError('install.missing-package', 'install', { ...install, name: missing[1] as string }, [], { cause: error });
  // SQLite errors carry their path when they pass a command's boundary (withDatabase, doctor);
  // one that escapes without it still says what happened, and the messages read without a path.
  if (code.startsWith('SQLITE_CORRUPT')) return new PmpError('db.damaged', 'database', { path: '' }, [], { cause: error });
  if (code === 'SQLITE_FULL') return new PmpError('db.full', 'database', { path: '' }, [], { cause: error });
  if (code.startsWith('SQLITE_READONLY')) return new PmpError('db.read-only', 'database', { path: '' }, [], { cause: error });
  if (code.startsWith('SQLITE_BUSY')) return new PmpError('db.busy', 'database', { path: '' }, [], { cause: error });
  return new PmpError('error.unexpected', 'failure', { message }, [], { cause: error });
}
