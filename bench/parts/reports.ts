/**
 * The reports a learner runs on a long history, timed through the CLI with --json (output
 * discarded). A command that fails is "not available", never a number.
 */
import { median, PMP_BIN, timeRun } from '../lib/processes.js';
import { mb, thousands } from '../lib/report.js';
import type { BenchPart, Figure } from './part.js';

/** Add a report here to have it timed. */
const REPORTS: readonly { readonly name: string; readonly args: readonly string[]; readonly targetMs: number }[] = [
  { name: 'pmp readiness', args: ['readiness', '--json'], targetMs: 500 },
  { name: 'pmp stats', args: ['stats', '--json'], targetMs: 1000 },
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
        const run = timeRun([PMP_BIN, ...report.args, '--db', db], fixtures.env());
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
