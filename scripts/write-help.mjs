// Run after `tsc` (npm run build): writes dist/help/LANG.txt, the program's top-level help as
// commander prints it into a pipe (80 columns, no colour), for src/quick-answer.ts to print
// without loading the CLI. Taken from the built program itself, so it cannot drift from it.
import { mkdirSync, writeFileSync } from 'node:fs';

// Commander reads these from the process itself: make this run look like a pipe, uncoloured.
Object.defineProperty(process.stdout, 'isTTY', { value: false, configurable: true });
for (const name of ['FORCE_COLOR', 'CLICOLOR_FORCE', 'NO_COLOR']) delete process.env[name];

const { main } = await import('../dist/main.js');
const dir = new URL('../dist/help/', import.meta.url);
mkdirSync(dir, { recursive: true });
for (const lang of ['en', 'ko']) {
  let out = '';
  const stdout = { isTTY: false, write: (s) => ((out += s), true) };
  const code = await main(['--help'], { env: { PMP_LANG: lang }, stdin: process.stdin, stdout, stderr: process.stderr });
  if (code !== 0 || out === '') throw new Error(`pmp --help (${lang}) gave exit ${code} and ${out.length} characters`);
  writeFileSync(new URL(`${lang}.txt`, dir), out);
}
