/** Runs the built CLI (bin/pmp.js) and Node itself as child processes, timing them honestly. */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const PMP_BIN = join(REPO_ROOT, 'bin', 'pmp.js');
const RSS_PROBE = fileURLToPath(new URL('./rss-probe.js', import.meta.url));

export interface Timed {
  readonly ms: number;
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Wall time of one run, from spawn to exit, in ms. */
export function timeRun(args: readonly string[], env: NodeJS.ProcessEnv = process.env): Timed {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  return { ms, status: result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
}

/** Like timeRun, with the child's peak resident memory in MB (read by the child itself at exit). */
export function timeRunWithPeakMemory(args: readonly string[], env: NodeJS.ProcessEnv, tempDir: string): Timed & { readonly peakMb: number | null } {
  const rssFile = join(tempDir, `rss-${process.pid}-${Date.now()}.txt`);
  const timed = timeRun(['--import', RSS_PROBE, ...args], { ...env, PMP_BENCH_RSS_FILE: rssFile });
  const peakKb = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) : NaN;
  rmSync(rssFile, { force: true });
  return { ...timed, peakMb: Number.isFinite(peakKb) ? peakKb / 1024 : null };
}

/**
 * Starts `pmp study` with stdin a pipe (plain mode) and measures the time until the first
 * answer prompt appears on stdout; then quits. Resolves null if the prompt never appears.
 */
export function timeToPrompt(args: readonly string[], env: NodeJS.ProcessEnv, prompt: string, timeoutMs = 30_000): Promise<number | null> {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, [PMP_BIN, ...args], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let shownAfter: number | null = null;
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      out += chunk;
      if (shownAfter === null && out.includes(prompt)) {
        shownAfter = Number(process.hrtime.bigint() - started) / 1e6;
        child.stdin.end('q\n');
      }
    });
    child.stderr.resume();
    child.on('close', () => {
      clearTimeout(timer);
      resolve(shownAfter);
    });
  });
}

export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

/** The q-quantile (0..1) by linear interpolation between the sorted values. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return (sorted[low] as number) + ((sorted[high] as number) - (sorted[low] as number)) * (position - low);
}
