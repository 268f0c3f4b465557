/**
 * The reports a learner runs on a long history, timed through the CLI with --json (output
 * discarded). A command that fails is "not available", never a number.
 */
import { addDays, formatISO } from 'date-fns';
import { BENCH_BANK_ID } from '../data/bank.js';
import { median, PMP_BIN, timeRun } from '../lib/processes.js';
import { mb, thousands } from '../lib/report.js';
import type { BenchPart, Figure } from './part.js';

/**
 * Add a report here to have it timed (`now`: the bench's clock, ISO). The everyday reports have
 * PRODUCT.md's second; the ones that read the whole log (every prediction scored, every answer's
 * options, the plan's futures) two. pmp plan saves the plan: it runs last.
 */
const REPORTS: readonly { readonly name: string; readonly args: (now: string) => readonly string[]; readonly targetMs: number }[] = [
  { name: 'pmp readiness', args: () => ['readiness', '--json'], targetMs: 500 },
  { name: 'pmp stats', args: () => ['stats', '--json'], targetMs: 1000 },
  { name: 'pmp readiness --calibration', args: () => ['readiness', '--calibration', '--json'], targetMs: 2000 },
  { name: 'pmp banks stats (item analysis)', args: () => ['banks', 'stats', BENCH_BANK_ID, '--json'], targetMs: 2000 },
  { name: 'pmp plan, 10 weeks ahead', args: (now) => ['plan', '--exam-date', formatISO(addDays(new Date(now), 70), { representation: 'date' }), '--json'], targetMs: 2000 },
];

const RUNS = 3;

export const reportsPart: BenchPart = {
  name: 'reports',
  async run({ fixtures, log }) {
    const study = fixtures.studyDb();
    const db = fixtures.copyOf(study.path, 'reports.db');
    const size = `${thousands(study.history.rows)} log rows, ${mb(study.bytes)}`;
    const figures: Figure[] = [];
    for (const report of REPORTS) {
      log(`${report.name}, ${RUNS} times`);
      const times: number[] = [];
      let failure: string | undefined;
      for (let i = 0; i < RUNS && failure === undefined; i++) {
        const run = timeRun([PMP_BIN, ...report.args(fixtures.env().PMP_NOW as string), '--db', db], fixtures.env());
        if (run.status === 0) times.push(run.ms);
        else failure = `not available: exit ${run.status}, ${(run.stderr.trim().split('\n')[0] ?? '').slice(0, 100)}`;
      }
      figures.push({
        label: `${report.name} (${size})`,
        value: failure ? null : median(times),
        unit: 'ms',
        target: { max: report.targetMs, unit: 'ms' },
        note: failure ?? `median of ${RUNS}`,
      });
    }
    return figures;
  },
};
