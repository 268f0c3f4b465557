import { importFiles, type ImportedFile } from '../../app/import-files.js';
import { importFileOptions, type ReadOptions } from './read-options.js';
import { toSafeJson } from '../terminal/safe-json.js';
import type { CliContext } from '../context.js';
import { PmpError } from '../../errors.js';
import { sanitizeInline } from '../terminal/sanitize.js';
import { wrap } from '../terminal/wrap.js';
import { backupIfAnswered } from '../../app/learner-database.js';
import { withDatabase } from './open.js';
import { failureJson } from './problem-json.js';
import { reportReadWarnings } from './read-warnings.js';

export interface ImportOptions extends ReadOptions {
  readonly dryRun?: boolean;
  readonly json?: boolean;
  readonly strict?: boolean;
}

export async function importCommand(ctx: CliContext, files: readonly string[], options: ImportOptions): Promise<number> {
  const read = importFileOptions(files, options, ctx);
  return withDatabase(ctx, async (db) => {
    const progress = ctx.runtime.stderr.isTTY ? await progressBar(ctx) : undefined;
    const result = await importFiles(db, files, {
      ...read,
      dryRun: options.dryRun === true,
      strict: options.strict === true,
      at: ctx.clock.now(),
      beforeWrite: () => backupIfAnswered(db, ctx.dbPath, 'before-import'),
      ...(progress ? { onProgress: progress.update } : {}),
    })
      .catch((error: unknown) => {
        // A script asked for JSON: the problems go to stdout as data; the error itself still goes
        // to stderr (for a person) and sets exit code 3.
        if (options.json && error instanceof PmpError && error.category === 'input') ctx.out(toSafeJson(importFailureJson(ctx, error, options.dryRun === true)));
        throw error;
      })
      .finally(() => progress?.stop());
    if (options.json) {
      ctx.out(toSafeJson({ ok: true, dryRun: result.dryRun, files: result.files.map(asJson) }));
    } else {
      reportReadWarnings(ctx, result.files);
      const lines = result.files.flatMap((f) => describeFile(ctx, f));
      if (result.dryRun) lines.push(ctx.style.warn(ctx.i18n.t('import.dry-run')));
      ctx.out(lines.join('\n') + '\n');
    }
    return 0;
  });
}

/** `import --json` when nothing was imported: the shared problem list, and whether it was a dry run. */
function importFailureJson(ctx: CliContext, error: PmpError, dryRun: boolean) {
  const { ok, ...rest } = failureJson(ctx, error);
  return { ok, dryRun, ...rest };
}

function asJson(f: ImportedFile) {
  const ids = (xs: readonly { question: { id: string } }[]) => xs.map((x) => x.question.id);
  return {
    file: f.file,
    format: f.format,
    bank: f.bankId,
    added: ids(f.plan.added),
    updated: ids(f.plan.updated),
    answerChanged: ids(f.plan.answerChanged),
    restored: ids(f.plan.restored),
    unchanged: f.plan.unchanged,
    retired: f.plan.retired,
    duplicates: f.duplicates,
    samePrompts: f.samePrompts,
    warnings: f.warnings,
  };
}

/** Most ids listed per bucket on screen; --json has them all. */
const SHOWN_IDS = 12;

function describeFile(ctx: CliContext, f: ImportedFile): string[] {
  const { t } = ctx.i18n;
  const p = f.plan;
  const counts = t('import.counts', {
    added: p.added.length,
    updated: p.updated.length,
    changed: p.answerChanged.length,
    restored: p.restored.length,
    unchanged: p.unchanged.length,
    retired: p.retired.length,
  });
  const lines = [ctx.style.bold(sanitizeInline(`${f.bankId} (${f.file}, ${f.format})`)), ...wrap(counts, ctx.width, '  ').map((l) => `  ${l}`)];
  const list = (key: 'import.added' | 'import.updated' | 'import.answer-changed' | 'import.restored' | 'import.retired', ids: readonly string[]) => {
    if (ids.length === 0) return;
    const shown = ids.slice(0, SHOWN_IDS).join(', ') + (ids.length > SHOWN_IDS ? ` … +${ids.length - SHOWN_IDS}` : '');
    lines.push(...wrap(`${t(key)}: ${sanitizeInline(shown)}`, ctx.width - 2, '    ').map((l) => `  ${l}`));
  };
  list('import.added', p.added.map((x) => x.question.id));
  list('import.updated', p.updated.map((x) => x.question.id));
  list('import.answer-changed', p.answerChanged.map((x) => x.question.id));
  list('import.restored', p.restored.map((x) => x.question.id));
  list('import.retired', p.retired);
  if (f.duplicates.length > 0) {
    const shown = f.duplicates.slice(0, SHOWN_IDS).map((d) => `${d.questionId} = ${d.otherBankId}/${d.otherQuestionId}`);
    lines.push(...wrap(ctx.style.warn(`${t('import.duplicates', { n: f.duplicates.length })}: ${sanitizeInline(shown.join(', '))}`), ctx.width - 2, '    ').map((l) => `  ${l}`));
  }
  if (f.samePrompts.length > 0) {
    const shown = f.samePrompts.slice(0, SHOWN_IDS).map((r) => t('bank-files.same-prompt', { id: r.questionId, line: r.line ?? '', first: r.sameAs, firstLine: r.sameAsLine ?? '' }));
    const more = f.samePrompts.length > SHOWN_IDS ? ` … +${f.samePrompts.length - SHOWN_IDS}` : '';
    lines.push(...wrap(ctx.style.warn(`${t('bank-files.same-prompts', { n: f.samePrompts.length })}: ${sanitizeInline(shown.join(', '))}${more}`), ctx.width - 2, '    ').map((l) => `  ${l}`));
  }
  return lines;
}

/** A progress bar on stderr (a terminal only) for banks large enough to take a while. */
async function progressBar(ctx: CliContext): Promise<{ update: (bankId: string, done: number, total: number) => void; stop: () => void }> {
  const { SingleBar, Presets } = (await import('cli-progress')).default;
  let bar: InstanceType<typeof SingleBar> | undefined;
  return {
    update(bankId, done, total) {
      if (!bar) {
        bar = new SingleBar({ stream: ctx.runtime.stderr, format: `${sanitizeInline(bankId)} [{bar}] {percentage}% · {value}/{total}`, hideCursor: true, clearOnComplete: true }, Presets.shades_classic);
        bar.start(total, 0);
      }
      bar.update(done);
    },
    stop: () => bar?.stop(),
  };
}
