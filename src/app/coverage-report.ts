import { computeCoverage, type Coverage, type CoverageItem } from '../domain/coverage.js';
import type { Bank } from '../domain/bank.js';
import type { Db } from '../storage/database.js';
import { loadOutlines } from './outlines.js';

export interface CoverageReport {
  /** One coverage per outline the banks refer to; banks without an outline are counted apart. */
  readonly outlines: readonly (Coverage & { readonly banks: readonly string[] })[];
  readonly withoutOutline: { readonly banks: readonly string[]; readonly questions: number };
}

interface Row extends CoverageItem {
  readonly bankId: string;
  readonly outline: string | null;
}

export function coverageOfDatabase(db: Db, bankIds: readonly string[] = []): CoverageReport {
  const filter = bankIds.length > 0 ? ` AND q.bank_id IN (${bankIds.map(() => '?').join(', ')})` : '';
  const rows = db
    .prepare(
      `SELECT q.bank_id AS bankId, b.outline, q.domain, q.task, q.type, q.approach
       FROM questions q JOIN banks b ON b.id = q.bank_id WHERE q.retired_at IS NULL${filter}`,
    )
    .all(...bankIds) as Row[];
  return report(rows);
}

export function coverageOfBanks(banks: readonly Bank[]): CoverageReport {
  return report(
    banks.flatMap((b) =>
      b.questions.map((q) => ({
        bankId: b.id,
        outline: b.outline,
        domain: q.eco?.domain ?? null,
        task: q.eco?.task ?? null,
        type: q.type,
        approach: q.approach ?? null,
      })),
    ),
  );
}

function report(rows: readonly Row[]): CoverageReport {
  const outlines = loadOutlines();
  const result: (Coverage & { banks: string[] })[] = [];
  for (const [id, outline] of outlines) {
    const mine = rows.filter((r) => r.outline === id);
    if (mine.length === 0) continue;
    result.push({ ...computeCoverage(mine, outline), banks: [...new Set(mine.map((r) => r.bankId))] });
  }
  const loose = rows.filter((r) => r.outline === null || !outlines.has(r.outline));
  return { outlines: result, withoutOutline: { banks: [...new Set(loose.map((r) => r.bankId))], questions: loose.length } };
}
