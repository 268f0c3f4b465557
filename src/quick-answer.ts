/**
 * `pmp --version`, and `pmp --help` into a pipe, answered before the CLI loads: start-up is timed
 * (#18: at most 1.3× a bare `node -e 0`), and commander with the program's modules costs about as
 * much as Node itself. The help text is the program's own, written at build time by
 * scripts/write-help.mjs for each language, as commander prints it into a pipe: 80 columns, no
 * colour. In a terminal (its width, its colours) or with anything else on the command line,
 * undefined is returned and the CLI answers as usual; test/cli/quick-answer.test.ts holds the two equal.
 * So is it when the install looks broken (no commander beside the package): the CLI then says
 * what is missing (bin/install-problem.js) instead of a version that hides it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { detectLanguage } from './i18n/detect-language.js';

export function quickAnswer(args: readonly string[], env: Readonly<Record<string, string | undefined>>, stdoutIsTty: boolean): string | undefined {
  if (args.length !== 1 || !existsSync(new URL('../node_modules/commander/package.json', import.meta.url))) return undefined;
  const [arg] = args;
  if (arg === '--version' || arg === '-V') return `${packageVersion()}\n`;
  // Commander colours help when told to, even into a pipe.
  const forcedColour = (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false') || env.CLICOLOR_FORCE !== undefined;
  if ((arg === '--help' || arg === '-h') && !stdoutIsTty && !forcedColour) return helpText(detectLanguage(undefined, env) ?? 'en');
  return undefined;
}

function packageVersion(): string {
  return (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}

/** The help written at build time; undefined when it was not (a build without the script). */
function helpText(lang: string): string | undefined {
  try {
    return readFileSync(new URL(`./help/${lang}.txt`, import.meta.url), 'utf8');
  } catch {
    return undefined;
  }
}
