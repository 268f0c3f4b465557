import { coverageOfBanks, coverageOfDatabase, type CoverageReport } from '../../app/coverage-report.js';
import { loadImportFiles as loadFiles } from '../../app/load-import.js';
import { loadOutlines } from '../../app/outlines.js';
import { pickText } from '../../domain/text.js';
import { requireKnownBanks } from '../../app/list-banks.js';
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
          requireKnownBanks(db, options.bank ?? []);
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
    lines.push(...wrap(t('coverage.title', { outline: c.outline, n: c.questions, banks: c.banks.length }), ctx.width).map((l) => ctx.style.bold(l)));
    const rows: string[][] = [[t('coverage.header.domain'), t('coverage.header.questions'), t('coverage.header.share'), t('coverage.header.blueprint')]];
    for (const d of c.domains) {
      const od = outline?.domains.find((x) => x.id === d.domain);
      rows.push([od ? pickText(od.name, ctx.i18n.lang, other) : d.domain, String(d.questions), pct(d.share), pct(d.weight)]);
      for (const task of d.tasks) {
        const name = od?.tasks.find((x) => x.n === task.task)?.name;
        rows.push([`  ${task.task}. ${name ? pickText(name, ctx.i18n.lang, other) : ''}`, String(task.questions), '', '']);
      }
    }
    // The name column gets all the width the figures leave; a name longer than that wraps in its
    // column (continuation indented) rather than losing its end to "…".
    const figures = [1, 2, 3].map((i) => Math.max(...rows.map((r) => displayWidth(r[i] ?? ''))));
    const figuresWidth = figures.reduce((a, w) => a + w + 2, 0);
    // Narrow terminals: names take whole lines and the figures go at the right of the last one.
    const narrow = ctx.width - figuresWidth < 24;
    const room = narrow ? ctx.width : ctx.width - figuresWidth;
    const names = rows.map((r) => {
      const name = r[0] as string;
      const indent = /^ */.exec(name)![0];
      return wrap(name.slice(indent.length), room - indent.length, '   ').map((l) => indent + l);
    });
    const nameWidth = narrow ? ctx.width - figuresWidth : Math.max(...names.flat().map(displayWidth));
    rows.forEach((r, k) => {
      const nameLines = names[k] ?? [''];
      const figureCells = r.slice(1).map((cell, i) => padStart(cell, figures[i] as number)).join('  ');
      const last = nameLines[nameLines.length - 1] ?? '';
      const together = displayWidth(last) <= nameWidth;
      const rowLines = together
        ? [...nameLines.slice(0, -1), `${padEnd(last, nameWidth)}  ${figureCells}`]
        : [...nameLines, `${' '.repeat(nameWidth)}  ${figureCells}`];
      const style = k === 0 ? ctx.style.dim : r[0]?.startsWith('  ') ? (x: string) => x : ctx.style.bold;
      // Task rows have no share or blueprint: no padding runs to the end of the line.
      lines.push(...rowLines.map((l) => style(l.trimEnd())));
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
