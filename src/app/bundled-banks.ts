import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bankRefs } from '../storage/bank-store.js';
import type { Db } from '../storage/database.js';
import type { ImportResult } from './import-bank.js';
import { BUNDLED_BANKS_DIR } from './package-files.js';

/**
 * Brings the banks shipped in questions/ into the database: on first run, and again whenever
 * a shipped file changes (an upgrade of pmp-study). Unchanged files cost one hash each.
 */
export async function ensureBundledBanks(
  db: Db,
  at: number,
  options: { readonly dir?: string; readonly beforeWrite?: () => void } = {},
): Promise<ImportResult[]> {
  const dir = options.dir ?? BUNDLED_BANKS_DIR;
  let backedUp = false;
  // Removed banks count as known: a bank the learner removed stays removed until a new version ships.
  const knownHashes = new Set(bankRefs(db, { includeRemoved: true }).map((b) => b.contentHash));
  const results: ImportResult[] = [];
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const path = join(dir, name);
    const hash = createHash('sha256').update(readFileSync(path)).digest('hex');
    if (knownHashes.has(hash)) continue;
    // The schema and importer load only when a shipped bank is new or changed (first run, upgrade).
    const { importBank, loadBankFile } = await import('./import-bank.js');
    if (!backedUp) {
      options.beforeWrite?.();
      backedUp = true;
    }
    results.push(importBank(db, loadBankFile(path), { source: 'bundled', at }));
  }
  return results;
}
