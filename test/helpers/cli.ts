/** Runs the built binary (bin/pmp.js → dist/) the way a user or a script would. */
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { tempDir } from './temp.js';

export const BIN = join(process.cwd(), 'bin', 'pmp.js');

export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** A clean environment: no colour forcing, English unless asked, a private data folder. */
export function cliEnv(extra: Record<string, string> = {}): Record<string, string> {
  const home = tempDir('home');
  return {
    PATH: process.env.PATH ?? '',
    HOME: home,
    XDG_DATA_HOME: join(home, 'data'),
    LANG: 'C.UTF-8',
    TZ: 'UTC',
    ...extra,
  };
}

export function runCli(args: readonly string[], options: { input?: string; env?: Record<string, string> } = {}): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], { input: options.input ?? '', env: options.env ?? cliEnv(), encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function tempDb(): string {
  return join(tempDir('e2e'), 'study.db');
}

/**
 * Drives `pmp study` in plain mode through a pipe, answering each question when its prompt
 * appears, in a form that fits the question type (right or wrong does not matter here).
 */
export class PlainSession {
  private readonly child: ChildProcessWithoutNullStreams;
  stdout = '';
  stderr = '';
  private consumed = 0;
  readonly exited: Promise<number | null>;

  private static readonly running = new Set<PlainSession>();

  /**
   * Kills every session a test left running and waits until they are gone (call in afterEach), so a
   * failed test cannot hang the run and its temporary folders are removed only after the processes.
   */
  static async killAll(): Promise<void> {
    const sessions = [...PlainSession.running];
    for (const s of sessions) s.kill();
    await Promise.all(sessions.map((s) => s.exited));
  }

  constructor(args: readonly string[], env: Record<string, string>) {
    this.child = spawn(process.execPath, [BIN, ...args], { env });
    PlainSession.running.add(this);
    this.child.on('exit', () => PlainSession.running.delete(this));
    this.child.stdout.setEncoding('utf8').on('data', (d: string) => (this.stdout += d));
    this.child.stderr.setEncoding('utf8').on('data', (d: string) => (this.stderr += d));
    this.exited = new Promise((resolve) => this.child.on('exit', (code) => resolve(code)));
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  /** Waits until stdout, past what was already read, matches; returns the new text up to the match. */
  async waitFor(pattern: RegExp, timeoutMs = 20_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const rest = this.stdout.slice(this.consumed);
      const m = pattern.exec(rest);
      if (m) {
        this.consumed += m.index + m[0].length;
        return rest.slice(0, m.index + m[0].length);
      }
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${pattern}; got:\n${rest.slice(-2000)}\nstderr: ${this.stderr}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  send(line: string): void {
    this.child.stdin.write(line + '\n');
  }

  end(): void {
    this.child.stdin.end();
  }

  kill(signal: NodeJS.Signals = 'SIGKILL'): void {
    this.child.kill(signal);
  }

  /** Answers the question whose text `screen` holds, in the right form for its type. */
  static answerFor(screen: string): string {
    const flat = screen.replace(/\n/g, ' ');
    const how =
      /Answer with one letter|알파벳 하나로|Choose (\d+):|(\d+)개를 고르세요|Type all (\d+) letters|(\d+)개의 알파벳을 모두|Pair each number|짝지으세요|Type a number|숫자를 입력/.exec(flat);
    if (!how) throw new Error(`no answer instructions in:\n${screen}`);
    const letters = (n: number) => 'ABCDEFGHIJKL'.slice(0, n);
    if (/Answer with|알파벳 하나로/.test(how[0])) return 'A';
    if (how[1] ?? how[2]) return letters(Number(how[1] ?? how[2])).split('').join(',');
    if (how[3] ?? how[4]) return letters(Number(how[3] ?? how[4]));
    if (/Pair|짝지으세요/.test(how[0])) {
      const items = screen.split(/\n(?:Items|항목)\n/)[1]?.split(/\n(?:Matches|짝)\n/)[0] ?? '';
      const count = items.split('\n').filter((l) => /^\s+\d+\./.test(l)).length;
      return Array.from({ length: count }, (_, i) => `${i + 1}-${'abcdefghijkl'[i]}`).join(' ');
    }
    return '0';
  }
}

/** stderr without the first run's note ("Created your database at … with N questions from M banks."). */
export function withoutFirstRun(stderr: string): string {
  return stderr.replace(/^Created your database at [^]*?\swith\s[\d,]+\squestions?\sfrom\s\d+\sbanks?\.\n/, '');
}
