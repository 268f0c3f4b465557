/**
 * Runs pmp's main() in this process with captured output. For help and usage texts, and for tests
 * whose point is what a command computes rather than what the process does: each binary start pays
 * Node's start-up and module loading (about a quarter of a CPU second here), and some test files run
 * pmp a hundred times. Exit codes, stdout and stderr come from the same main() the binary runs; the
 * binary's own behaviour (bin/pmp.js, signals, pipes, terminals) stays tested through runCli.
 */
import { PassThrough } from 'node:stream';
import { join } from 'node:path';
import { main } from '../../src/main.js';
import type { Runtime } from '../../src/cli/runtime.js';
import { cliEnv, type CliResult } from './cli.js';

export interface InProcessResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function runInProcess(argv: readonly string[], env: Record<string, string> = {}): Promise<InProcessResult> {
  return runMain(argv, { LANG: 'C.UTF-8', COLUMNS: '100', ...env }, '');
}

/**
 * runCli's twin in this process: the same arguments, input and environment (cliEnv() unless
 * given), with stdin and stdout pipes as the binary has under spawnSync.
 */
export async function runCliInProcess(args: readonly string[], options: { input?: string; env?: Record<string, string> } = {}): Promise<CliResult> {
  const env = { ...(options.env ?? cliEnv()) };
  // The binary finds its default database under XDG_DATA_HOME (env-paths reads process.env, which
  // here is jest's): name the same file, so nothing is written outside the test's folders.
  if (!args.includes('--db') && !env.PMP_DB && env.XDG_DATA_HOME) env.PMP_DB = join(env.XDG_DATA_HOME, 'pmp-study', 'pmp.db');
  if (!args.includes('--db') && !env.PMP_DB) throw new Error('runCliInProcess needs --db, PMP_DB or XDG_DATA_HOME: the default database would be the real one');
  return runMain(args, env, options.input ?? '');
}

async function runMain(argv: readonly string[], env: Record<string, string>, input: string): Promise<InProcessResult> {
  let stdout = '';
  let stderr = '';
  const out = new PassThrough();
  const err = new PassThrough();
  out.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
  err.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  const stdin = new PassThrough();
  stdin.end(input);
  const runtime: Runtime = { env, stdin, stdout: out, stderr: err };
  const code = await main(argv, runtime);
  // Let the last writes through the pipes arrive.
  await new Promise((resolve) => setImmediate(resolve));
  return { code, stdout, stderr };
}
