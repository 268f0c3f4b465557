/**
 * The problem list a script reads when a command that reads bank files refuses them (`import
 * --json`, `convert --json`): one shape for both, every problem with its place, the count true.
 */
import type { PmpError } from '../../errors.js';
import type { CliContext } from '../context.js';
import { readerText } from '../report-error.js';

export function failureJson(ctx: CliContext, error: PmpError) {
  return {
    ok: false,
    error: error.key,
    message: ctx.i18n.lookup(error.key, error.params) ?? error.key,
    count: error.problems.length,
    problems: error.problems.map((p) => ({
      file: p.file,
      ...(p.line !== undefined ? { line: p.line } : {}),
      ...(p.column !== undefined ? { column: p.column } : {}),
      ...(p.path !== undefined ? { path: p.path } : {}),
      ...(p.questionId !== undefined ? { questionId: p.questionId } : {}),
      // The stable code scripts match on; the message may change its words or language.
      ...(p.code !== undefined ? { code: p.code } : {}),
      message: (p.messageKey ? ctx.i18n.lookup(p.messageKey, p.params) : undefined) ?? readerText(ctx.i18n, p) ?? p.message,
    })),
  };
}
