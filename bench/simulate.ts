/**
 * `npm run bench:sim -- [seed] [--runs N] [--only scheduler|readiness] [--mock-questions N]`: the simulations on their own —
 * the scheduler simulation (issue #6 points 2 and 3) and the end-to-end readiness benchmark (issue #13
 * item 8). Prints both reports and how long each took; the seed defaults to 1. Exits 1 when a
 * readiness goal is missed, unless PMP_BENCH_READINESS_REPORT_ONLY=1.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { formatReadinessBench } from './readiness/format.js';
import { DEFAULT_GRID, runGrid } from './readiness/grid.js';
import { goalMet, summarise } from './readiness/summary.js';
import { formatSimulationReport } from '../src/simulation/format.js';
import { runSchedulerSimulation } from '../src/simulation/run.js';
import { linkQuestionsBesideBuild } from './lib/questions-link.js';

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({ options: { runs: { type: 'string' }, only: { type: 'string' }, 'mock-questions': { type: 'string' } }, allowPositionals: true });
  const seed = Number(positionals[0] ?? 1);
  const runs = Number(values.runs ?? DEFAULT_GRID.runs);
  // The mock's length: 60 by default; 180 checks the range at the real exam's length.
  const mockQuestions = Number(values['mock-questions'] ?? DEFAULT_GRID.mockQuestions);
  const whole = (n: number, min: number) => Number.isInteger(n) && n >= min;
  if (!whole(seed, 0) || !whole(runs, 1) || !whole(mockQuestions, 10) || (values.only !== undefined && !['scheduler', 'readiness'].includes(values.only))) {
    process.stderr.write('usage: npm run bench:sim -- [seed] [--runs N] [--only scheduler|readiness] [--mock-questions N ≥ 10]  (whole numbers)\n');
    return 2;
  }
  if (values.only !== 'readiness') {
    const started = performance.now();
    const report = runSchedulerSimulation(seed);
    process.stdout.write(formatSimulationReport(report));
    process.stdout.write(`(simulated in ${((performance.now() - started) / 1000).toFixed(1)} s)\n\n`);
  }
  if (values.only === 'scheduler') return 0;
  linkQuestionsBesideBuild();
  const started = performance.now();
  const dir = mkdtempSync(join(tmpdir(), 'pmp-bench-readiness-'));
  try {
    const results = await runGrid({ ...DEFAULT_GRID, runs, seed, mockQuestions }, dir, (line) => void process.stderr.write(`  … ${line}\n`));
    const summaries = summarise(results);
    process.stdout.write(formatReadinessBench(results, summaries));
    process.stdout.write(`(simulated in ${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
    const missed = summaries.flatMap((s) => s.figures).filter((g) => (g.min !== undefined || g.max !== undefined) && !goalMet(g)).length;
    if (missed > 0 && process.env.PMP_BENCH_READINESS_REPORT_ONLY !== '1') {
      process.stdout.write(`${missed} readiness goal(s) missed: failing (PMP_BENCH_READINESS_REPORT_ONLY=1 reports only)\n`);
      return 1;
    }
    return 0;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

process.exitCode = await main();
