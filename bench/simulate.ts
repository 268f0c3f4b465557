/**
 * `npm run bench:sim [seed]`: the scheduler simulation on its own (issue #6 points 2 and 3).
 * Prints the report and how long it took; the seed defaults to 1.
 */
import { formatSimulationReport } from '../src/simulation/format.js';
import { runSchedulerSimulation } from '../src/simulation/run.js';

const seed = Number(process.argv[2] ?? 1);
if (!Number.isInteger(seed)) {
  process.stderr.write(`usage: npm run bench:sim [seed]  (a whole number, not "${process.argv[2]}")\n`);
  process.exit(2);
}
const started = performance.now();
const report = runSchedulerSimulation(seed);
process.stdout.write(formatSimulationReport(report));
process.stdout.write(`(simulated in ${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
