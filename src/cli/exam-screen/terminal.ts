/**
 * The exam's hold on the terminal: the alternate screen, a hidden cursor, raw keys; frames drawn by
 * overwriting only the rows that changed (never by scrolling); and one restore function that puts
 * the terminal back on every way out — a normal end, Ctrl-C (a key in raw mode), SIGTERM, SIGHUP,
 * an uncaught error, and process 'exit' as the last net. After kill -9 nothing can run: `reset`
 * (or `tput rmcup`) mends the terminal, and `pmp exam --resume` the exam.
 */
import { emitKeypressEvents, type Key } from 'node:readline';

export const ENTER_ALT = '\x1b[?1049h';
export const LEAVE_ALT = '\x1b[?1049l';
export const HIDE_CURSOR = '\x1b[?25l';
export const SHOW_CURSOR = '\x1b[?25h';
/** Home, then erase to the end of the screen. */
const CLEAR = '\x1b[H\x1b[J';
/** Autowrap off while we draw: a line that meets the right edge can never push the screen up. */
const NO_WRAP = '\x1b[?7l';
const WRAP = '\x1b[?7h';

export type { Key };

export interface ScreenIo {
  readonly input: NodeJS.ReadStream;
  readonly output: NodeJS.WriteStream;
  /** The process whose signals and exit we watch (the real one; tests of the binary use a pty). */
  readonly process: NodeJS.Process;
}

export interface TerminalScreen {
  columns(): number;
  rows(): number;
  /** Draws a frame: each line is one row, already fitted to the width; only changed rows are written. */
  draw(lines: readonly string[]): void;
  /** Forgets what is on screen, so the next draw writes every row (after a resize). */
  invalidate(): void;
  onKey(handler: (text: string | undefined, key: Key) => void): void;
  onResize(handler: () => void): void;
  /** Leaves the alternate screen and gives the terminal back as it was; safe to call twice. */
  close(): void;
}

export function openScreen(io: ScreenIo): TerminalScreen {
  const { input, output } = io;
  const proc = io.process;
  let shown: string[] = [];
  let keyHandler: ((text: string | undefined, key: Key) => void) | undefined;
  let resizeHandler: (() => void) | undefined;
  let closed = false;
  const wasRaw = input.isRaw;

  const onKeypress = (text: string | undefined, key: Key | undefined) => keyHandler?.(text, key ?? { sequence: text ?? '' });
  const onResize = () => resizeHandler?.();
  const restore = () => {
    if (closed) return;
    closed = true;
    // Synchronous writes: on 'exit' and before a signal's default action there is no later tick.
    try {
      output.write(`${WRAP}${SHOW_CURSOR}${LEAVE_ALT}`);
    } catch {
      // the terminal is gone (SIGHUP): nothing to restore
    }
    input.removeListener('keypress', onKeypress);
    output.removeListener('resize', onResize);
    try {
      if (input.isTTY) input.setRawMode(wasRaw ?? false);
    } catch {
      // as above
    }
    input.pause();
    for (const [signal, handler] of signalHandlers) proc.removeListener(signal, handler);
    proc.removeListener('exit', restore);
    proc.removeListener('uncaughtExceptionMonitor', restore);
  };
  // A signal restores the screen, then takes its usual course (the default action ends the process
  // with the signal's status): answers are saved as given, and the time on the last heartbeat.
  const signalHandlers = (['SIGTERM', 'SIGHUP'] as const).map((signal) => {
    const handler = () => {
      restore();
      proc.kill(proc.pid, signal);
    };
    return [signal, handler] as const;
  });
  for (const [signal, handler] of signalHandlers) proc.once(signal, handler);
  proc.on('exit', restore);
  // Runs before Node prints an uncaught error, so the message lands on the normal screen.
  proc.on('uncaughtExceptionMonitor', restore);

  emitKeypressEvents(input);
  if (input.isTTY) input.setRawMode(true);
  input.on('keypress', onKeypress);
  input.resume();
  output.on('resize', onResize);
  output.write(`${ENTER_ALT}${HIDE_CURSOR}${NO_WRAP}${CLEAR}`);

  return {
    columns: () => output.columns || 80,
    rows: () => output.rows || 24,
    draw(lines) {
      if (closed) return;
      let text = '';
      const rows = Math.max(lines.length, shown.length);
      for (let row = 0; row < rows; row++) {
        const line = lines[row] ?? '';
        if (shown[row] === line) continue;
        text += `\x1b[${row + 1};1H\x1b[2K${line}`;
      }
      shown = [...lines];
      if (text) output.write(text);
    },
    invalidate() {
      shown = [];
      if (!closed) output.write(CLEAR);
    },
    onKey(handler) {
      keyHandler = handler;
    },
    onResize(handler) {
      resizeHandler = handler;
    },
    close: restore,
  };
}
