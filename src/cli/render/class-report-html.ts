/**
 * `pmp class report --html FILE`: one self-contained page — inline CSS and SVG, no script, no
 * network (a Content-Security-Policy forbids any): readiness per learner and domain, an activity
 * heatmap, and item difficulty against discrimination. Every text from the server is escaped.
 */
import type { ClassReport } from '../../app/class/report.js';
import type { Outline } from '../../domain/outline.js';
import { addDays } from '../../domain/study-calendar.js';
import type { CliContext } from '../context.js';
import { sanitizeInline } from '../terminal/sanitize.js';
import { domainName, percent } from './readiness-view.js';

/** Days the heatmap shows, ending today. */
const HEATMAP_DAYS = 84;

const esc = (text: string): string =>
  sanitizeInline(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

/** Red (0 %) through amber to green (100 %), as an hsl hue. */
const shareColor = (share: number): string => `hsl(${Math.round(Math.max(0, Math.min(1, share)) * 120)}, 60%, 78%)`;

export function renderClassReportHtml(ctx: CliContext, outline: Outline, r: ClassReport): string {
  const t = ctx.i18n.t;
  const title = t('class.report.title', { outline: outline.id, learners: r.learners.length, today: r.today, cut: percent(r.cut) });
  return `<!doctype html>
<html lang="${ctx.i18n.lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${esc(t('class.report.html-title'))}</title>
<style>
body { font: 14px/1.4 system-ui, sans-serif; margin: 2em; color: #222; }
table { border-collapse: collapse; margin: 1em 0; }
th, td { border: 1px solid #ccc; padding: 4px 8px; text-align: left; }
td.share { text-align: right; min-width: 9em; }
.range { color: #555; font-size: 12px; }
svg { max-width: 100%; height: auto; }
svg text { font: 11px system-ui, sans-serif; fill: #333; }
</style>
</head>
<body>
<h1>${esc(title)}</h1>
<h2>${esc(t('class.report.html-readiness'))}</h2>
${readinessTable(ctx, outline, r)}
<h2>${esc(t('class.report.html-activity'))}</h2>
${heatmap(r)}
<h2>${esc(t('class.report.html-items'))}</h2>
${itemScatter(ctx, r)}
</body>
</html>
`;
}

function readinessTable(ctx: CliContext, outline: Outline, r: ClassReport): string {
  const t = ctx.i18n.t;
  const head = `<tr><th>${esc(t('class.report.learner'))}</th><th>${esc(t('class.report.overall'))}</th>${outline.domains.map((d) => `<th>${esc(domainName(ctx, outline, d.id))}</th>`).join('')}</tr>`;
  const cell = (e: { expected: number; low: number; high: number } | undefined) =>
    e ? `<td class="share" style="background:${shareColor(e.expected)}">${percent(e.expected)} <span class="range">${Math.round(e.low * 100)}–${percent(e.high)}</span></td>` : '<td class="share">—</td>';
  const rows = r.learners.map((l) => {
    const rd = l.readiness;
    if (rd.status !== 'ready') return `<tr><td>${esc(l.name)}</td><td colspan="${outline.domains.length + 1}">${esc(t('class.report.too-little', { have: rd.firstSeen, need: rd.needFirstSeen }))}</td></tr>`;
    return `<tr><td>${esc(l.name)}</td>${cell(rd.overall)}${outline.domains.map((d) => cell(rd.domains.find((x) => x.domain === d.id))).join('')}</tr>`;
  });
  return `<table>${head}${rows.join('\n')}</table>`;
}

function heatmap(r: ClassReport): string {
  const cell = 10;
  const left = 90;
  const top = 16;
  const max = Math.max(1, ...r.learners.flatMap((l) => l.activity.slice(-HEATMAP_DAYS)));
  const width = left + HEATMAP_DAYS * (cell + 2);
  const height = top + r.learners.length * (cell + 4) + 4;
  const parts: string[] = [];
  for (let d = 0; d < HEATMAP_DAYS; d += 14) parts.push(`<text x="${left + d * (cell + 2)}" y="11">${addDays(r.today, d - HEATMAP_DAYS + 1).slice(5)}</text>`);
  r.learners.forEach((l, row) => {
    const y = top + row * (cell + 4);
    parts.push(`<text x="0" y="${y + cell - 1}">${esc(l.name.slice(0, 14))}</text>`);
    l.activity.slice(-HEATMAP_DAYS).forEach((n, d) => {
      const level = n === 0 ? 0 : Math.min(4, Math.ceil((4 * n) / max));
      const fill = ['#ebedf0', '#c6e48b', '#7bc96f', '#239a3b', '#196127'][level];
      parts.push(`<rect x="${left + d * (cell + 2)}" y="${y}" width="${cell}" height="${cell}" fill="${fill}"><title>${esc(l.name)} ${addDays(r.today, d - HEATMAP_DAYS + 1)}: ${n}</title></rect>`);
    });
  });
  return `<svg role="img" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${parts.join('')}</svg>`;
}

function itemScatter(ctx: CliContext, r: ClassReport): string {
  const t = ctx.i18n.t;
  const points = r.items.filter((i) => i.firstSightRight !== null && i.discrimination !== null);
  // Questions whose discrimination is not known yet (fewer than 5 learners) go on a strip below.
  const unknown = r.items.filter((i) => i.firstSightRight !== null && i.discrimination === null);
  const w = 420;
  const h = 330;
  const pad = 40;
  const x = (share: number) => pad + share * (w - 2 * pad);
  const plotBottom = h - pad - 30;
  const y = (disc: number) => plotBottom - ((disc + 1) / 2) * (plotBottom - pad);
  const stripY = plotBottom + 22;
  const axes = [
    `<line x1="${pad}" y1="${y(0)}" x2="${w - pad}" y2="${y(0)}" stroke="#999"/>`,
    `<line x1="${pad}" y1="${pad}" x2="${pad}" y2="${plotBottom}" stroke="#999"/>`,
    `<line x1="${pad}" y1="${stripY}" x2="${w - pad}" y2="${stripY}" stroke="#ddd"/>`,
    `<text x="${pad - 36}" y="${stripY + 4}">n/a</text>`,
    `<text x="${w / 2 - 40}" y="${h - 8}">${esc(t('class.report.html-items-x'))}</text>`,
    `<text x="4" y="${pad - 10}">${esc(t('class.report.html-items-y'))}</text>`,
    ...[0, 0.5, 1].map((v) => `<text x="${x(v) - 8}" y="${h - pad + 14}">${percent(v)}</text>`),
    ...[-1, 0, 1].map((v) => `<text x="${pad - 22}" y="${y(v) + 4}">${v}</text>`),
  ];
  const dots = points.map((i) => {
    const color = i.flags.length > 0 ? '#d73a49' : '#0366d6';
    return `<circle cx="${x(i.firstSightRight as number).toFixed(1)}" cy="${y(i.discrimination as number).toFixed(1)}" r="4" fill="${color}" fill-opacity="0.7"><title>${esc(i.questionId)}: ${percent(i.firstSightRight as number)}, ${(i.discrimination as number).toFixed(2)}</title></circle>`;
  });
  const pending = unknown.map(
    (i) => `<circle cx="${x(i.firstSightRight as number).toFixed(1)}" cy="${stripY}" r="4" fill="none" stroke="#888"><title>${esc(i.questionId)}: ${percent(i.firstSightRight as number)}</title></circle>`,
  );
  const note = points.length === 0 ? `<p>${esc(t('class.report.html-no-items'))}</p>` : '';
  return `<svg role="img" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">${axes.join('')}${dots.join('')}${pending.join('')}</svg>${note}`;
}
