/**
 * Loaded with `node --import` into a child the benchmark measures: at exit it writes the
 * process's peak resident memory (KB, getrusage's ru_maxrss) to the file PMP_BENCH_RSS_FILE names.
 */
import { writeFileSync } from 'node:fs';

const target = process.env.PMP_BENCH_RSS_FILE;
if (target) process.on('exit', () => writeFileSync(target, String(process.resourceUsage().maxRSS)));
