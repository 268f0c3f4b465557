import { hash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import type { Bank } from '../domain/bank.js';
import { PmpError } from '../errors.js';
import { decodeUtf8, readJsonBank } from '../import/json-bank.js';
import type { ImportPlan } from '../domain/import-plan.js';
import { planImport, planIsEmpty } from '../import/plan-import.js';
import { applyImport, bankContentHash, storedQuestions } from '../storage/bank-store.js';
import { dataVersion, type Db } from '../storage/database.js';
import { moveCards, orderForImport } from './new-order.js';
import { loadOutlines } from './outlines.js';

/** Files larger than this are refused before reading: no real bank comes near it. */
export const MAX_BANK_BYTES = 256 * 1024 * 1024;

export interface LoadedBankFile {
  readonly bank: Bank;
  /** Hash of the file's bytes: an unchanged file is recognised without parsing twice. */
  readonly fileHash: string;
  /** The decoded text, for pointing later findings at lines (validate keeps it; import lets it go). */
  readonly text?: string;
}

/** Reads and checks a bank file; throws a PmpError listing every problem. Writes nothing. */
export function loadBankFile(path: string): LoadedBankFile & { readonly text: string } {
  const { fileHash, text } = readBankText(path);
  const result = readJsonBank(text, path, loadOutlines());
  if (!result.ok) throw new PmpError('input.invalid-bank', 'input', { file: path, count: result.problems.length }, result.problems);
  return { bank: result.bank, fileHash, text };
}

/**
 * A bank file's text and the hash of its bytes. The bytes are let go on return, before any
 * parsing: a big bank's buffer need not stay in memory beside its text and its objects.
 */
export function readBankText(path: string): { readonly fileHash: string; readonly text: string } {
  const bytes = readBankBytes(path);
  const decoded = decodeUtf8(bytes, path);
  if (!decoded.ok) throw new PmpError('input.invalid-bank', 'input', { file: path, count: decoded.problems.length }, decoded.problems);
  return { fileHash: hash('sha256', bytes, 'hex'), text: decoded.text };
}

/** A bank file's bytes, refused before reading when larger than any bank needs. */
export function readBankBytes(path: string): Buffer {
  try {
    const size = statSync(path).size;
    if (size > MAX_BANK_BYTES) throw new PmpError('input.too-large', 'input', { file: path, size, max: MAX_BANK_BYTES });
    return readFileSync(path);
  } catch (cause) {
    if (cause instanceof PmpError) throw cause;
    throw new PmpError('input.cannot-read', 'input', { file: path, reason: (cause as Error).message }, [], { cause });
  }
}

/** A bank's import worked out against the database, before anything is written. */
export interface BankPlan {
  readonly plan: ImportPlan;
  /** The bank's details changed (title, version, …), even if no question did. */
  readonly metadataChanged: boolean;
  /** The database as it was planned against: another process's commit since makes the plan stale. */
  readonly dataVersion: number;
}

export function planBank(db: Db, loaded: LoadedBankFile): BankPlan {
  return {
    plan: planImport(loaded.bank, storedQuestions(db, loaded.bank.id)),
    metadataChanged: bankContentHash(db, loaded.bank.id) !== loaded.fileHash,
    dataVersion: dataVersion(db),
  };
}

/** Whether importing would write anything: a question to add, change or retire, or new bank details. */
export function planWouldChange(planned: BankPlan): boolean {
  return !planIsEmpty(planned.plan) || planned.metadataChanged;
}

export interface ImportResult {
  readonly plan: ImportPlan;
  readonly applied: boolean;
}

/**
 * Plans and (unless a dry run) applies one bank in one transaction. A plan made earlier (to decide
 * on a backup) is used when nothing was committed to the database since; otherwise it is made again.
 */
export function importBank(
  db: Db,
  loaded: LoadedBankFile,
  options: {
    readonly source: 'bundled' | 'import';
    readonly at: number;
    readonly dryRun?: boolean;
    readonly onProgress?: (done: number, total: number) => void;
    readonly planned?: BankPlan;
  },
): ImportResult {
  const planned = options.planned && options.planned.dataVersion === dataVersion(db) ? options.planned : planBank(db, loaded);
  const { plan } = planned;
  if (options.dryRun || !planWouldChange(planned)) return { plan, applied: false };
  // Questions came, came back, started over or changed domain or scenario: place them in this learner's order.
  const reorder = plan.added.length + plan.updated.length + plan.restored.length + plan.answerChanged.length > 0;
  const order = reorder ? orderForImport(db, loaded.bank.id, plan) : undefined;
  applyImport(db, loaded.bank, plan, {
    contentHash: loaded.fileHash,
    source: options.source,
    at: options.at,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(order ? { order } : {}),
  });
  if (order) moveCards(db, order);
  return { plan, applied: true };
}
