/** Runs the built binary in a real pseudo-terminal (test/helpers/pty-relay.py) and reads its screen. */
import { execFileSync, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { BIN } from './cli.js';

const RELAY = join(process.cwd(), 'test', 'helpers', 'pty-relay.py');
export const ENTER = '\r';
export const DOWN = '\u001b[B';
export const CTRL_C = '\u0003';
const running = new Map<ChildProcessWithoutNullStreams, Promise<number | null>>();

/** Strips terminal escapes so assertions read the screen text. */
export const plainText = (s: string): string => s.replace(/\u001b\[[0-9;?]*[A-Za-z]|\u001b\][^\u0007]*\u0007/g, '');

/**
 * Ends every terminal still running and waits until it is gone (call from afterEach). SIGTERM: the
 * relay then kills the command it runs and waits for it, so no pmp outlives the test.
 */
export async function killTerminals(): Promise<void> {
  const children = [...running];
  for (const [c] of children) c.kill('SIGTERM');
  await Promise.all(children.map(([, exited]) => exited));
}

export type Terminal = ReturnType<typeof terminal>;

export interface TerminalSize {
  /** 40 unless told. */
  readonly rows?: number;
  /** The size `resize()` changes the window to, "COLUMNSxROWS". */
  readonly resizeTo?: string;
}

export function terminal(args: readonly string[], env: Record<string, string>, columns = 80, size: TerminalSize = {}) {
  const child = spawn('python3', [RELAY, String(columns), String(size.rows ?? 40), process.execPath, BIN, ...args], {
    env: { ...env, TERM: 'xterm-256color', ...(size.resizeTo ? { PTY_RESIZE_TO: size.resizeTo } : {}) },
  });
  let raw = '';
  let consumed = 0;
  child.stdout.setEncoding('utf8').on('data', (d: string) => (raw += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => (running.delete(child), resolve(code))));
  running.set(child, exited);
  return {
    exited,
    get screen() {
      return plainText(raw);
    },
    /** Every byte written to the terminal, escapes included. */
    get raw() {
      return raw;
    },
    /** Waits until the screen, past what was already read, matches; returns the new text up to the match. */
    async waitFor(pattern: RegExp, timeoutMs = 20_000): Promise<string> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const text = plainText(raw).slice(consumed);
        const m = pattern.exec(text);
        if (m) {
          consumed += m.index + m[0].length;
          return text.slice(0, m.index + m[0].length);
        }
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${pattern}; screen:\n${text.slice(-3000)}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    /** Waits until the screen has been quiet for a moment, then returns (and consumes) what is new. */
    async settle(quietMs = 250): Promise<string> {
      let last = -1;
      while (raw.length !== last) {
        last = raw.length;
        await new Promise((r) => setTimeout(r, quietMs));
      }
      const text = plainText(raw).slice(consumed);
      consumed = plainText(raw).length;
      return text;
    },
    keys(k: string) {
      child.stdin.write(k);
    },
    /** Resizes the window to `resizeTo`. */
    resize() {
      child.kill('SIGUSR1');
    },
    /** The pid of pmp itself (the relay's child), to send it a signal. */
    commandPid(): number {
      const pid = Number(execFileSync('ps', ['-o', 'pid=', '--ppid', String(child.pid)], { encoding: 'utf8' }).trim().split(/\s+/)[0]);
      if (!Number.isInteger(pid) || pid <= 0) throw new Error('pmp is not running in the terminal');
      return pid;
    },
  };
}
