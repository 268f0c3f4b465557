import { PmpError, type InputProblem } from '../errors.js';
import type { Locate } from '../import/json-bank.js';
import { formatPath } from '../import/json-position.js';
import { lintBanks, type LintOptions, type Severity } from '../import/lint-bank.js';
import { loadImportFile, type ImportFileOptions, type LoadedImportFile } from './load-import.js';
import { loadOutlines } from './outlines.js';

/** An input problem, with how grave it is and a stable code for scripts. */
export interface ValidationProblem extends InputProblem {
  readonly severity: Severity;
  readonly code: string;
}

export interface FileValidation {
  readonly file: string;
  readonly bankId?: string;
  readonly questions?: number;
  readonly problems: readonly ValidationProblem[];
}

export interface ValidationReport {
  readonly files: readonly FileValidation[];
  /** Problems that concern several files together (coverage across banks). */
  readonly overall: readonly ValidationProblem[];
  readonly errors: number;
  readonly warnings: number;
}

/**
 * Checks bank files — format, references, then the linter — and writes nothing anywhere. Files
 * are read as `pmp import` reads them (any format, --format, --map, --text-lang …).
 */
export async function validateBankFiles(paths: readonly string[], options: LintOptions, read: ImportFileOptions = { textLanguage: 'en' }): Promise<ValidationReport> {
  const loaded: { path: string; file: LoadedImportFile & { readonly locate: Locate } }[] = [];
  const files: FileValidation[] = [];
  for (const path of paths) {
    try {
      const file = await loadImportFile(path, read, { locate: true, allowSameOptions: true });
      loaded.push({ path, file: { ...file, locate: file.locate ?? (() => undefined) } });
    } catch (error) {
      if (!(error instanceof PmpError) || error.category !== 'input') throw error;
      const problems = error.problems.length > 0 ? error.problems : [{ file: path, message: String(error.params.reason ?? error.key), messageKey: error.key, params: error.params }];
      files.push({ file: path, problems: problems.map((p) => ({ severity: 'error', code: error.key === 'input.invalid-bank' ? 'invalid' : error.key, ...p })) });
    }
  }
  const findings = lintBanks(loaded.map((l) => l.file.bank), loadOutlines(), options);
  const locators = new Map(loaded.map((l) => [l.file.bank.id, { path: l.path, locate: l.file.locate, relocate: l.file.relocate }]));
  const overall: ValidationProblem[] = [];
  const perFile = new Map<string, ValidationProblem[]>();
  for (const f of findings) {
    const where = locators.get(f.bankId);
    if (!where || !f.path) {
      overall.push({ severity: f.severity, code: f.code, file: where?.path ?? f.bankId, message: f.message });
      continue;
    }
    const pos = where.locate(f.path);
    const found: ValidationProblem = {
      severity: f.severity,
      code: f.code,
      file: where.path,
      ...(pos ? { line: pos.line, column: pos.column } : {}),
      path: formatPath(f.path),
      ...(f.questionId !== undefined ? { questionId: f.questionId } : {}),
      message: f.message,
    };
    // A workbook names the cell ("Questions row 12 questions[3]…") instead of a line and column.
    const problem: ValidationProblem = where.relocate ? { ...where.relocate(found), severity: f.severity, code: f.code } : found;
    perFile.set(where.path, [...(perFile.get(where.path) ?? []), problem]);
  }
  for (const l of loaded) {
    // What the reader skipped or could not keep (--strict has refused it already), then the linter's findings.
    const read: ValidationProblem[] = l.file.warnings.map((w) => ({ severity: 'warning', code: 'read', ...w }));
    files.push({ file: l.path, bankId: l.file.bank.id, questions: l.file.bank.questions.length, problems: [...read, ...(perFile.get(l.path) ?? [])] });
  }
  files.sort((a, b) => paths.indexOf(a.file) - paths.indexOf(b.file));
  const all = [...files.flatMap((f) => f.problems), ...overall];
  return { files, overall, errors: all.filter((p) => p.severity === 'error').length, warnings: all.filter((p) => p.severity === 'warning').length };
}
