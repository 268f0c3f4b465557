import { coverageOfBanks, coverageOfDatabase, type CoverageReport } from '../../app/coverage-report.js';
import { loadImportFiles as loadFiles } from '../../app/load-import.js';
import { loadOutlines } from '../../app/outlines.js';
import { pickText } from '../../domain/text.js';
import { PmpError } from '../../errors.js';
import { listBanks } from '../../storage/bank-store.js';
import { toSafeJson } from '../terminal/safe-json.js';
import type { CliContext } from '../context.js';
import { displayWidth, padEnd, padStart, wrap } from '../terminal/wrap.js';
import { withDatabase } from './open.js';
import { importFileOptions, type ReadOptions } from './read-options.js';
import { reportReadWarnings } from './read-warnings.js';

export interface CoverageOptions extends ReadOptions {
  readonly bank?: readonly string[];
  readonly json?: boolean;
}

/** Questions per domain, task and type — for bank files given, or for the banks in the database. */
export async function coverageCommand(ctx: CliContext, files: readonly string[], options: CoverageOptions): Promise<number> {
  const report =
    files.length > 0
      ? coverageOfBanks(
          await loadFiles(files, importFileOptions(files, options, ctx)).then((loaded) => {
            reportReadWarnings(ctx, loaded);
            return loaded.map((l) => l.bank);
          }),
        )
      : await withDatabase(ctx, (db) => {
          const known = listBanks(db).map((b) => b.id);
          for (const id of options.bank ?? []) if (!known.includes(id)) throw new PmpError('usage.unknown-bank', 'usage', { id, known: known.join(', ') });
          return coverageOfDatabase(db, options.bank ?? []);
        });
  if (options.json) {
    ctx.out(toSafeJson(report));
    return 0;
  }
  ctx.out(renderCoverage(ctx, report).join('\n') + '\n');
  return 0;
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

function renderCoverage(ctx: CliContext, report: CoverageReport): string[] {
  const { t } = ctx.i18n;
  const other = ctx.i18n.lang === 'en' ? ['ko'] : ['en'];
  const outlines = loadOutlines();
  const lines: string[] = [];
  if (report.outlines.length === 0 && report.withoutOutline.questions === 0) return [t('coverage.none')];
  for (const c of report.outlines) {
    const outline = outlines.get(c.outline);
    lines.push(ctx.style.bold(t('coverage.title', { outline: c.outline, n: c.questions, banks: c.banks.length })));
    const rows: string[][] = [[t('coverage.header.domain'), t('coverage.header.questions'), t('coverage.header.share'), t('coverage.header.blueprint')]];
    for (const d of c.domains) {
      const od = outline?.domains.find((x) => x.id === d.domain);
      rows.push([od ? pickText(od.name, ctx.i18n.lang, other) : d.domain, String(d.questions), pct(d.share), pct(d.weight)]);
      for (const task of d.tasks) {
        const name = od?.tasks.find((x) => x.n === task.task)?.name;
        rows.push([`  ${task.task}. ${name ? pickText(name, ctx.i18n.lang, other) : ''}`, String(task.questions), '', '']);
      }
    }
    const room = Math.max(20, ctx.width - 30);
    const clipped = rows.map((r) => [clip(r[0] as string, room), ...r.slice(1)]);
    const widths = [0, 1, 2, 3].map((i) => Math.max(...clipped.map((r) => displayWidth(r[i] ?? ''))));
    clipped.forEach((r, k) => {
      const line = r.map((cell, i) => (i === 0 ? padEnd(cell, widths[0] as number) : padStart(cell, widths[i] as number))).join('  ');
      lines.push(k === 0 ? ctx.style.dim(line) : r[0]?.startsWith('  ') ? line : ctx.style.bold(line));
    });
    if (c.untagged > 0) lines.push(ctx.style.warn(t('coverage.untagged', { n: c.untagged })));
    const total = c.questions || 1;
    const types = Object.entries(c.types).map(([k, n]) => `${t(`type.${k as 'single'}`)} ${n} (${pct(n / total)})`);
    const approaches = Object.entries(c.approaches)
      .filter(([k, n]) => k !== 'unspecified' || n > 0)
      .map(([k, n]) => `${t(`approach.${k as 'agile'}`)} ${n} (${pct(n / total)})`);
    lines.push('', ...wrap(`${t('coverage.types')}: ${types.join(' · ')}`, ctx.width, '  '));
    lines.push(...wrap(`${t('coverage.approaches')}: ${approaches.join(' · ')}`, ctx.width, '  '));
    lines.push('');
  }
  if (report.withoutOutline.questions > 0) lines.push(t('coverage.untagged', { n: report.withoutOutline.questions }));
  return lines;
}

function clip(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  for (const ch of text) {
    if (displayWidth(out + ch + '…') > width) break;
    out += ch;
  }
  return out + '…';
}
