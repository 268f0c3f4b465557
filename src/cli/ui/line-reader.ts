import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';

/** Reads input one line at a time on demand; null at the end of input. */
export interface LineReader {
  next(): Promise<string | null>;
  close(): void;
}

export function lineReader(input: Readable): LineReader {
  const rl = createInterface({ input, crlfDelay: Infinity, terminal: false });
  const lines: string[] = [];
  const waiting: ((line: string | null) => void)[] = [];
  let ended = false;
  rl.on('line', (line) => {
    const w = waiting.shift();
    if (w) w(line);
    else lines.push(line);
  });
  rl.on('close', () => {
    ended = true;
    for (const w of waiting.splice(0)) w(null);
  });
  return {
    next: () => {
      const line = lines.shift();
      if (line !== undefined) return Promise.resolve(line);
      if (ended) return Promise.resolve(null);
      return new Promise((resolve) => waiting.push(resolve));
    },
    close: () => rl.close(),
  };
}
