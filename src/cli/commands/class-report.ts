/** `pmp class report`: the whole class, in the terminal, as JSON, as CSV or as one HTML page. */
import { stringify } from 'csv-stringify/sync';
import { classReport, writeClassReportFile, type ClassReport } from '../../app/class/report.js';
import type { Outline } from '../../domain/outline.js';
import { PmpError } from '../../errors.js';
import type { CliContext } from '../context.js';
import { cutOption, outlineOption } from '../exam-options.js';
import { renderClassReportHtml } from '../render/class-report-html.js';
import { renderClassReport } from '../render/class-report-view.js';
import { toSafeJson } from '../terminal/safe-json.js';
import { sanitizeInline } from '../terminal/sanitize.js';

export interface ClassReportOptions {
  readonly json?: boolean;
  readonly csv?: boolean;
  readonly html?: string;
  readonly eco?: string;
  readonly cut?: string;
}

export async function classReportCommand(ctx: CliContext, options: ClassReportOptions): Promise<number> {
  if ([options.json, options.csv, options.html !== undefined].filter(Boolean).length > 1) throw new PmpError('class.report-needs-one-format', 'usage');
  const outline = outlineOption(options.eco);
  const cut = cutOption(options.cut);
  const report = await classReport(ctx.dbPath, ctx.clock, { outline, cut });
  if (options.json) ctx.out(toSafeJson(report));
  else if (options.csv) ctx.out(csvOf(outline, report));
  else if (options.html !== undefined) {
    writeClassReportFile(options.html, renderClassReportHtml(ctx, outline, report));
    ctx.err(ctx.i18n.t('class.report.html-written', { file: options.html }) + '\n');
  } else ctx.out(renderClassReport(ctx, outline, report).join('\n') + '\n');
  return 0;
}

/** One row per learner; shares as numbers 0..1 so a spreadsheet can compute with them. */
function csvOf(outline: Outline, r: ClassReport): string {
  const domains = outline.domains.map((d) => d.id);
  const header = ['learner', 'last_study_day', 'answers_7d', 'answers_30d', 'answers_total', 'streak', 'exam_date', 'readiness', 'rating', 'low', 'high', ...domains.flatMap((d) => [`${d}`, `${d}_low`, `${d}_high`]), 'mock_exams', 'last_mock_exam_share'];
  const rows = r.learners.map((l) => {
    const rd = l.readiness;
    const ready = rd.status === 'ready' ? rd : undefined;
    const last = l.exams[l.exams.length - 1];
    return [
      sanitizeInline(l.name),
      l.lastStudyDay ?? '',
      l.answers7,
      l.answers30,
      l.answersTotal,
      l.streak,
      l.examDate ?? '',
      ready ? ready.overall.expected.toFixed(4) : '',
      ready ? ready.overall.rating : 'too-little-data',
      ready ? ready.overall.low.toFixed(4) : '',
      ready ? ready.overall.high.toFixed(4) : '',
      ...domains.flatMap((d) => {
        const dr = ready?.domains.find((x) => x.domain === d);
        return dr ? [dr.expected.toFixed(4), dr.low.toFixed(4), dr.high.toFixed(4)] : ['', '', ''];
      }),
      l.exams.length,
      last ? last.share.toFixed(4) : '',
    ];
  });
  return stringify([header, ...rows]);
}
