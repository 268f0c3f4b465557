/**
 * Opt-in measurement (PMP_TEST_CPU_LOG=FILE npm test): appends one line per test file with the CPU
 * seconds it cost — the jest worker's own time plus that of the processes it started and waited for
 * (the built binary, the pty relay, npm). On a shared machine wall clock says more about the
 * neighbours than about the tests; CPU seconds compare runs. A server started as a daemon (the
 * class tests' PostgreSQL) is not a child that is waited for and is not counted.
 */
import { appendFileSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';

const TICKS_PER_SECOND = 100; // getconf CLK_TCK on Linux

/** [own, children] CPU seconds of this process, from /proc/self/stat (utime+stime, cutime+cstime). */
function cpuSeconds(): [number, number] {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ').map(Number);
  // Fields 14–17 of proc(5), counted from the state field (3).
  const [utime, stime, cutime, cstime] = fields.slice(11, 15) as [number, number, number, number];
  return [(utime + stime) / TICKS_PER_SECOND, (cutime + cstime) / TICKS_PER_SECOND];
}

/** Starts the count for the test file that is loading; returns what writes its line at the end. */
export function startCpuLog(logFile: string, testPath: string): () => void {
  const [own0, children0] = cpuSeconds();
  const started = Date.now();
  return () => {
    const [own, children] = cpuSeconds();
    const line = { file: relative(process.cwd(), testPath), ownCpuS: +(own - own0).toFixed(2), childCpuS: +(children - children0).toFixed(2), wallS: (Date.now() - started) / 1000 };
    appendFileSync(logFile, JSON.stringify(line) + '\n');
  };
}
