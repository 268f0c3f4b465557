/**
 * `pmp import`: read every file first (any problem in any file stops everything), then plan and
 * apply all of them in one write transaction — an import applies whole or not at all.
 */
import type { InputProblem } from '../errors.js';
import type { FormatName } from '../import/formats.js';
import type { ImportPlan } from '../import/plan-import.js';
import { duplicatesInOtherBanks, type DuplicateElsewhere } from '../storage/bank-store.js';
import { writeTransaction, type Db } from '../storage/database.js';
import { importBank, importWouldChange } from './import-bank.js';
import { loadImportFiles, type ImportFileOptions } from './load-import.js';

export interface ImportedFile {
  readonly file: string;
  readonly format: FormatName;
  readonly bankId: string;
  readonly plan: ImportPlan;
  /** Questions whose case and prompt another bank already has. */
  readonly duplicates: readonly DuplicateElsewhere[];
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
  },
): Promise<ImportFilesResult> {
  const loaded = await loadImportFiles(paths, options);

  const work = (): ImportedFile[] =>
    loaded.map((l) => {
      const onProgress = options.onProgress;
      const { plan } = importBank(db, l, {
        source: 'import',
        at: options.at,
        dryRun: options.dryRun,
        ...(onProgress ? { onProgress: (done: number, total: number) => onProgress(l.bank.id, done, total) } : {}),
      });
      const incomingKeys = new Map([...plan.added, ...plan.updated, ...plan.answerChanged, ...plan.restored].map((p) => [p.promptKey, p.question.id]));
      const duplicates = duplicatesInOtherBanks(db, l.bank.id, incomingKeys);
      return { file: l.file, format: l.format, bankId: l.bank.id, plan, duplicates, warnings: l.warnings };
    });
  if (!options.dryRun && loaded.some((l) => importWouldChange(db, l))) options.beforeWrite?.();
  const files = options.dryRun ? work() : writeTransaction(db, work);
  return { files, dryRun: options.dryRun };
}
