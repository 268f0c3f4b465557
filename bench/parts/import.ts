/**
 * Import of the big bank into a new learner's database, by the CLI, against the floor of the
 * same work done bare (bench/lib/bare-import.ts: parse, one INSERT per question, one
 * transaction) in the same run: our JSON and the same questions as Aiken. Runs interleaved, medians.
 */
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BankFixture, Fixtures } from '../lib/fixtures.js';
import { median, PMP_BIN, timeRun, timeRunWithPeakMemory } from '../lib/processes.js';
import { mb, thousands } from '../lib/report.js';
import type { BenchPart, Figure } from './part.js';

const BARE_IMPORT = fileURLToPath(new URL('../lib/bare-import.js', import.meta.url));
const RUNS = 3;
/** The goals (#18): at most 3× the bare work, and 400 MB at the peak for our JSON. */
const MAX_RATIO = 3;
const MAX_PEAK_MB = 400;

interface Measured {
  readonly bareMs: number;
  readonly importMs: number | null;
  readonly peakMb: number | null;
  readonly failure?: string;
}

function measure(fixtures: Fixtures, format: 'json' | 'aiken', bank: BankFixture): Measured {
  const bare: number[] = [];
  const imports: number[] = [];
  const peaks: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const bareDb = fixtures.newDbPath(`bare-${format}.db`);
    const b = timeRun([BARE_IMPORT, format, bank.path, bareDb], fixtures.env());
    removeDb(bareDb);
    if (b.status !== 0) throw new Error(`bare ${format} import failed: ${b.stderr.split('\n')[0] ?? ''}`);
    bare.push(b.ms);
    // The shipped banks first, so the figure is the import alone, not a first start.
    const db = fixtures.copyOf(fixtures.smallDb(), `import-${format}.db`);
    const run = timeRunWithPeakMemory([PMP_BIN, 'import', bank.path, '--db', db], fixtures.env(), fixtures.options.dir);
    removeDb(db);
    if (run.status !== 0) return { bareMs: median(bare), importMs: null, peakMb: null, failure: `failed (exit ${run.status}): ${run.stderr.split('\n')[0] ?? ''}` };
    imports.push(run.ms);
    if (run.peakMb !== null) peaks.push(run.peakMb);
  }
  return { bareMs: median(bare), importMs: median(imports), peakMb: peaks.length > 0 ? Math.max(...peaks) : null };
}

function removeDb(path: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
}

function figures(name: string, bareLabel: string, m: Measured, withMemory: boolean): Figure[] {
  const note = m.failure ?? `median of ${RUNS}`;
  const out: Figure[] = [
    { label: `${name}: ${bareLabel} (baseline)`, value: m.bareMs / 1000, unit: 's', note: `median of ${RUNS}` },
    { label: `${name}: pmp import`, value: m.importMs === null ? null : m.importMs / 1000, unit: 's', note },
    {
      label: `${name}: pmp import / baseline`,
      value: m.importMs === null ? null : m.importMs / m.bareMs,
      unit: 'x',
      target: { max: MAX_RATIO, unit: 'x' },
      note,
    },
  ];
  if (withMemory) out.push({ label: `${name}: pmp import peak memory`, value: m.peakMb, unit: 'MB', target: { max: MAX_PEAK_MB, unit: 'MB' }, note: m.failure ?? `highest of ${RUNS}` });
  return out;
}

export const importPart: BenchPart = {
  name: 'import',
  async run({ fixtures, log }) {
    const json = fixtures.bank();
    const aiken = fixtures.aikenBank();
    log(`importing ${thousands(json.questions)} questions as JSON, ${RUNS} times, each after a bare parse-and-insert`);
    const j = measure(fixtures, 'json', json);
    log(`importing ${thousands(aiken.questions)} questions as Aiken, ${RUNS} times, each after a bare split-and-insert`);
    const a = measure(fixtures, 'aiken', aiken);
    return [
      ...figures(`${thousands(json.questions)} questions, our JSON ${mb(json.bytes)}`, 'bare JSON.parse + INSERT', j, true),
      ...figures(`${thousands(aiken.questions)} questions, Aiken ${mb(aiken.bytes)}`, 'bare split + INSERT', a, false),
    ];
  },
};
