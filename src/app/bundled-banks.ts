import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listBanks } from '../storage/bank-store.js';
import type { Db } from '../storage/database.js';
import { importBank, loadBankFile, type ImportResult } from './import-bank.js';
import { BUNDLED_BANKS_DIR } from './package-files.js';

/**
 * Brings the banks shipped in questions/ into the database: on first run, and again whenever
 * a shipped file changes (an upgrade of pmp-study). Unchanged files cost one hash each.
 */
export function ensureBundledBanks(db: Db, at: number, dir: string = BUNDLED_BANKS_DIR): ImportResult[] {
  const known = new Map(listBanks(db).map((b) => [b.id, b.contentHash]));
  const knownHashes = new Set(known.values());
  const results: ImportResult[] = [];
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const path = join(dir, name);
    const hash = createHash('sha256').update(readFileSync(path)).digest('hex');
    if (knownHashes.has(hash)) continue;
    results.push(importBank(db, loadBankFile(path), { source: 'bundled', at }));
  }
  return results;
}
