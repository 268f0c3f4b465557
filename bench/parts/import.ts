/** Import of the big bank file into a new learner's database, by the CLI: time and peak memory. */
import { timeRunWithPeakMemory, PMP_BIN } from '../lib/processes.js';
import { mb, thousands } from '../lib/report.js';
import type { BenchPart } from './part.js';

export const importPart: BenchPart = {
  name: 'import',
  async run({ fixtures, log }) {
    const bank = fixtures.bank();
    // The shipped banks first, so the figure is the import alone, not a first start.
    const fresh = fixtures.copyOf(fixtures.smallDb(), 'import.db');
    log(`importing ${thousands(bank.questions)} questions`);
    const run = timeRunWithPeakMemory([PMP_BIN, 'import', bank.path, '--db', fresh], fixtures.env(), fixtures.options.dir);
    const size = `${thousands(bank.questions)} questions, ${mb(bank.bytes)} JSON`;
    const failed = run.status !== 0 ? `failed (exit ${run.status}): ${run.stderr.split('\n')[0] ?? ''}` : undefined;
    return [
      { label: `import (${size}): time`, value: failed ? null : run.ms / 1000, unit: 's', target: { max: 5, unit: 's' }, ...(failed ? { note: failed } : {}) },
      { label: `import (${size}): peak memory`, value: failed ? null : run.peakMb, unit: 'MB', target: { max: 500, unit: 'MB' }, ...(failed ? { note: failed } : {}) },
    ];
  },
};
