/**
 * Start-up: `pmp --version` and `pmp --help` against `node -e 0`, started the same way
 * (spawned with the same Node), interleaved so the machine's mood treats them alike; medians.
 */
import { median, PMP_BIN, timeRun } from '../lib/processes.js';
import type { BenchPart, Figure } from './part.js';

const RUNS = 15;
/** The goal (#18): start-up at most 1.3× a bare Node. */
const MAX_RATIO = 1.3;

export const startupPart: BenchPart = {
  name: 'startup',
  async run({ fixtures, log }) {
    const env = fixtures.env();
    const commands = { node: ['-e', '0'], version: [PMP_BIN, '--version'], help: [PMP_BIN, '--help'] } as const;
    const times: Record<keyof typeof commands, number[]> = { node: [], version: [], help: [] };
    log(`starting node, pmp --version and pmp --help ${RUNS} times each`);
    for (const name of Object.keys(commands) as (keyof typeof commands)[]) timeRun(commands[name], env); // warm the file cache
    for (let i = 0; i < RUNS; i++) {
      for (const name of Object.keys(commands) as (keyof typeof commands)[]) {
        const run = timeRun(commands[name], env);
        if (run.status !== 0) throw new Error(`${commands[name].join(' ')} failed: ${run.stderr}`);
        times[name].push(run.ms);
      }
    }
    const node = median(times.node);
    const note = `median of ${RUNS}`;
    const figures: Figure[] = [{ label: 'node -e 0', value: node, unit: 'ms', note }];
    for (const name of ['version', 'help'] as const) {
      const ms = median(times[name]);
      figures.push({ label: `pmp --${name}`, value: ms, unit: 'ms', note });
      figures.push({ label: `pmp --${name} / node -e 0`, value: ms / node, unit: 'x', target: { max: MAX_RATIO, unit: 'x' } });
    }
    return figures;
  },
};
