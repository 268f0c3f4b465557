/**
 * The only place that knows about argv, the environment and exit codes. Everything below
 * receives what it needs and returns or throws.
 */
import { readFileSync } from 'node:fs';
import { CommanderError } from 'commander';
import { EXIT_CODE } from './errors.js';
import { buildProgram } from './cli/program.js';
import { processRuntime, type Runtime } from './cli/runtime.js';
import { detectLanguage, loadMessages, translator } from './i18n/index.js';
import { loadHelp } from './i18n/help.js';

export async function main(argv: readonly string[], runtime: Runtime = processRuntime()): Promise<number> {
  let exitCode: number = EXIT_CODE.ok;
  const lang = detectLanguage(langFlag(argv), runtime.env) ?? 'en';
  await loadMessages(lang);
  const i18n = translator(lang);
  const help = await loadHelp(i18n.lang);
  const program = buildProgram(
    runtime,
    packageVersion(),
    (code) => {
      exitCode = code;
    },
    i18n,
    help,
  );
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version end with 0; anything else commander rejects is a usage error.
      return error.exitCode === 0 ? EXIT_CODE.ok : EXIT_CODE.usage;
    }
    const { reportError } = await import('./cli/report-error.js');
    await (await import('./cli/terminal/wrap.js')).loadDisplayWidth();
    const { createStyle, colorEnabled } = await import('./cli/terminal/style.js');
    const style = createStyle(colorEnabled('auto', runtime.env, runtime.stderr.isTTY === true));
    return reportError(error, i18n, style, (s) => void runtime.stderr.write(s));
  }
}

/**
 * Standard output failed for a reason other than a reader going away (that one, EPIPE, ends quietly
 * in bin/pmp.js): a full disk behind `> file`, a closed descriptor. One sentence on stderr, exit 4;
 * whatever the command saved before is saved, and files it writes go through a temporary name.
 */
export async function reportOutputFailure(error: NodeJS.ErrnoException, argv: readonly string[], runtime: Runtime = processRuntime()): Promise<number> {
  const lang = detectLanguage(langFlag(argv), runtime.env) ?? 'en';
  await loadMessages(lang);
  const i18n = translator(lang);
  const { PmpError } = await import('./errors.js');
  const { reportError } = await import('./cli/report-error.js');
  const { createStyle } = await import('./cli/terminal/style.js');
  const reason = error.code === 'ENOSPC' ? 'full' : 'other';
  return reportError(new PmpError(`output.${reason}`, 'database', { code: error.code ?? error.message }), i18n, createStyle(false), (s) => void runtime.stderr.write(s));
}

function langFlag(argv: readonly string[]): string | undefined {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (i < 0) return undefined;
  const a = argv[i] as string;
  return a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[i + 1];
}

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}
