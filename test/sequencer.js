/**
 * jest's order (failed first, then slowest by the timings it cached, else the biggest files), with
 * the package test always first: npm pack, a global install and better-sqlite3's compile make it the
 * longest single chain of the run (over a minute of one core). Started last — as on a clean clone,
 * where jest has no timings and orders by file size — it would end the run alone.
 */
import Sequencer from '@jest/test-sequencer';

const FIRST = [/\/test\/e2e\/package\.test\.ts$/];

export default class PackageTestFirst extends Sequencer {
  sort(tests) {
    const sorted = super.sort(tests);
    const first = sorted.filter((t) => FIRST.some((p) => p.test(t.path)));
    return [...first, ...sorted.filter((t) => !first.includes(t))];
  }
}
