/**
 * `pmp import`: read every file first (any problem in any file stops everything), then plan and
 * apply all of them in one write transaction — an import applies whole or not at all.
 */
import type { FormatName } from '../import/formats.js';
import type { ImportPlan } from '../domain/import-plan.js';
import { duplicatesInOtherBanks, type DuplicateElsewhere } from '../storage/bank-store.js';
import { writeTransaction, type Db } from '../storage/database.js';
import { importBank, planBank, planWouldChange } from './import-bank.js';
import { PmpError, type InputProblem } from '../errors.js';
import { samePrompts } from '../import/lint-duplicates.js';
import { describeRepeats, loadImportFiles, repeatedPromptProblem, type ImportFileOptions, type LoadedImportFile, type RepeatedPrompt } from './load-import.js';

export interface ImportedFile {
  readonly file: string;
  readonly format: FormatName;
  readonly bankId: string;
  readonly plan: ImportPlan;
  /** Questions whose case and prompt another bank already has. */
  readonly duplicates: readonly DuplicateElsewhere[];
  /** Questions whose prompt an earlier question of this bank has (validate's duplicate-prompt rule). */
  readonly samePrompts: readonly RepeatedPrompt[];
  /** What the reader read but not as written (questions skipped …), with their places. */
  readonly warnings: readonly InputProblem[];
}

export interface ImportFilesResult {
  readonly files: readonly ImportedFile[];
  readonly dryRun: boolean;
}

export async function importFiles(
  db: Db,
  paths: readonly string[],
  options: ImportFileOptions & {
    readonly dryRun: boolean;
    readonly at: number;
    /**
     * Called once before anything is written, to take a backup; not called when the import would
     * change nothing, so a repeated import never pushes an older backup out.
     */
    readonly beforeWrite?: () => void;
    readonly onProgress?: (bankId: string, done: number, total: number) => void;
    /** A prompt repeated within a bank refuses the import (import --strict; validate --strict calls it an error). */
    readonly strict?: boolean;
  },
): Promise<ImportFilesResult> {
  const loaded = await loadImportFiles(paths, options);
  if (options.strict) await refuseRepeatedPrompts(loaded, options);
  // Planned once: to decide on the backup, and (unless another process wrote meanwhile) to apply.
  const planned = loaded.map((l) => planBank(db, l));

  const work = (): ImportedFile[] =>
    loaded.map((l, i) => {
      const onProgress = options.onProgress;
      const { plan } = importBank(db, l, {
        source: 'import',
        at: options.at,
        dryRun: options.dryRun,
        planned: planned[i]!,
        ...(onProgress ? { onProgress: (done: number, total: number) => onProgress(l.bank.id, done, total) } : {}),
      });
      const incomingKeys = new Map([...plan.added, ...plan.updated, ...plan.answerChanged, ...plan.restored].map((p) => [p.promptKey, p.question.id]));
      const duplicates = duplicatesInOtherBanks(db, l.bank.id, incomingKeys);
      return { file: l.file, format: l.format, bankId: l.bank.id, plan, duplicates, samePrompts: [] as readonly RepeatedPrompt[], warnings: l.warnings };
    });
  if (!options.dryRun && planned.some(planWouldChange)) options.beforeWrite?.();
  const applied = options.dryRun ? work() : writeTransaction(db, work);
  // The plan found any repeated prompts on its way; their lines are looked up only for those files.
  const files: ImportedFile[] = [];
  for (const [i, f] of applied.entries()) {
    const l = loaded[i] as (typeof loaded)[number];
    files.push({ ...f, samePrompts: await describeRepeats(l.file, l.bank, options, f.plan.samePrompts) });
  }
  return { files, dryRun: options.dryRun };
}

/** import --strict: a prompt repeated within a bank refuses the import, before anything is written, every repeat listed. */
async function refuseRepeatedPrompts(loaded: readonly (LoadedImportFile & { readonly file: string })[], options: ImportFileOptions): Promise<void> {
  const problems: InputProblem[] = [];
  for (const l of loaded) {
    const repeats = samePrompts([l.bank]).map((s) => ({ index: s.index, firstIndex: s.first.index }));
    for (const r of await describeRepeats(l.file, l.bank, options, repeats)) problems.push(repeatedPromptProblem(l.file, r));
  }
  if (problems.length > 0) throw new PmpError('input.invalid-import', 'input', { count: problems.length, files: new Set(problems.map((p) => p.file)).size }, problems);
}
