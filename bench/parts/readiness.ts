/**
 * Readiness checked end to end (issue #13 item 8): simulated learners of two kinds (half-life
 * regression, whose memory is not FSRS, and FSRS with weights of its own) at three abilities and
 * three budgets study the bundled banks through the app's use cases for 30 days; readiness's
 * estimate and range are checked against the learner's truth and against mock exams, and the
 * exam-day share against default FSRS and a ladder. The full table goes to the log.
 *
 * A MISS fails the bench (strict); PMP_BENCH_READINESS_REPORT_ONLY=1 prints the figures without failing.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { formatReadinessBench } from '../readiness/format.js';
import { DEFAULT_GRID, runGrid } from '../readiness/grid.js';
import { summarise } from '../readiness/summary.js';
import { linkQuestionsBesideBuild } from '../lib/questions-link.js';
import type { BenchPart, Figure } from './part.js';

export const readinessPart: BenchPart = {
  name: 'readiness',
  strict: true,
  async run({ fixtures, log, runs }) {
    linkQuestionsBesideBuild();
    const grid = { ...DEFAULT_GRID, runs: runs ?? DEFAULT_GRID.runs };
    // Inside the bench's folder: removed with it, kept with --keep (one database per run).
    const dir = join(fixtures.options.dir, 'readiness');
    mkdirSync(dir, { recursive: true });
    log(`readiness: ${grid.kinds.length} learner kinds × ${grid.abilities.length} abilities × budgets ${grid.budgets.join('/')} × ${grid.runs} run(s), ${grid.days} days each`);
    const results = await runGrid(grid, dir, log);
    const summaries = summarise(results);
    for (const line of formatReadinessBench(results, summaries).trimEnd().split('\n')) log(line);
    return summaries.flatMap((s) =>
      s.figures.map((g): Figure => ({
        label: `${s.kind}: ${g.label}`,
        value: g.value,
        unit: g.unit === 'points' ? 'pts' : g.unit,
        ...(g.min !== undefined || g.max !== undefined ? { target: { ...(g.min !== undefined ? { min: g.min } : {}), ...(g.max !== undefined ? { max: g.max } : {}), unit: g.unit === 'points' ? 'pts' : g.unit } } : {}),
        ...(g.note ? { note: g.note } : {}),
      })),
    );
  },
};
