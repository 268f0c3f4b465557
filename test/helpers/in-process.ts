/** Runs pmp's main() in this process with captured output: for help and usage texts, which touch no database. */
import { PassThrough } from 'node:stream';
import { main } from '../../src/main.js';
import type { Runtime } from '../../src/cli/runtime.js';

export interface InProcessResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function runInProcess(argv: readonly string[], env: Record<string, string> = {}): Promise<InProcessResult> {
  let stdout = '';
  let stderr = '';
  const out = new PassThrough();
  const err = new PassThrough();
  out.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
  err.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  const runtime: Runtime = { env: { LANG: 'C.UTF-8', COLUMNS: '100', ...env }, stdin: new PassThrough(), stdout: out, stderr: err };
  const code = await main(argv, runtime);
  return { code, stdout, stderr };
}
