/**
 * The command line: commander set up in the learner's language, then every command registered
 * from src/cli/register/ by group (commands.ts). Each command's code is imported when that command
 * runs, so `pmp --help` loads neither SQLite nor the prompts.
 */
import { Command, Help, Option } from 'commander';
import { createContext, helpWidth, type GlobalOptions } from './context.js';
import type { Runtime } from './runtime.js';
import { detectLanguage, loadMessages, type Translator } from '../i18n/index.js';
import { fillHelp, type HelpTexts } from '../i18n/help.js';
import { sanitizeInline } from './terminal/sanitize.js';
import { displayWidth, loadDisplayWidth, wrap } from './terminal/wrap.js';
import { afterHelp, type Registrar, type Run } from './register/shared.js';
import { COMMAND_GROUPS } from './register/commands.js';

export function buildProgram(runtime: Runtime, version: string, setExitCode: (code: number) => void, i18n: Translator, help: HelpTexts): Command {
  const program = new Command('pmp');
  const width = () => helpWidth(runtime);
  // Set before any subcommand is added: commander copies these settings into each one.
  program.exitOverride();
  program.configureOutput({
    writeOut: (s) => void runtime.stdout.write(s),
    writeErr: (s) => void runtime.stderr.write(s),
    getOutHelpWidth: width,
    getErrHelpWidth: width,
    outputError: (s, write) => write(translateUsageError(s, i18n, help)),
  });
  program.configureHelp(helpInLanguage(help));
  program.helpOption('-h, --help', help['cli.help-option']);
  program.showSuggestionAfterError(true);
  // Before any subcommand, so those with subcommands of their own inherit its words.
  program.helpCommand('help [command]', help['cli.help-command']);

  const run: Run = async (command, work) => {
    const options = command.optsWithGlobals<GlobalOptions>();
    const lang = detectLanguage(options.lang, runtime.env);
    if (lang) await loadMessages(lang); // main.ts loaded this one already; createContext refuses a bad --lang
    const ctx = createContext(options, runtime);
    // Study loads it itself once its first question is on screen; sync prints no text that needs it
    // (string-width's Unicode tables are ~30 ms of CPU, a sixth of a day's sync).
    if (command.name() !== 'study' && command.name() !== 'sync') await loadDisplayWidth();
    setExitCode(await work(ctx));
  };
  const registrar: Registrar = { program, run, help, helpWidth: width };

  program
    .description(help.pmp)
    .version(version, '-V, --version', help['cli.version-option'])
    .addOption(new Option('--db <path>', help['pmp.--db']).env('PMP_DB'))
    .addOption(new Option('--lang <code>', help['pmp.--lang']))
    .addOption(new Option('--color <when>', help['pmp.--color']).default('auto'))
    .showHelpAfterError(i18n.t('cli.help-after-error'));
  afterHelp(
    registrar,
    program,
    ['pmp study', 'pmp study --lang ko --new 10', 'pmp stats', 'pmp banks list --json', 'printf "B\\nq\\n" | pmp study --db /tmp/try.db'],
    'pmp.notes',
  );

  for (const { heading, registers } of COMMAND_GROUPS) {
    program.commandsGroup(help[heading]);
    for (const register of registers) register(registrar);
  }
  // After the last group's heading, so `help` is listed with the data commands.
  program.helpCommand('help [command]', help['cli.help-command']);
  return program;
}

/** Below this many columns beside the terms, descriptions go under their terms. */
const NARROWEST_DESCRIPTION = 24;

/** commander's help texts and widths in the learner's language (Hangul takes two columns). */
function helpInLanguage(help: HelpTexts): Partial<Help> {
  const titles: Readonly<Record<string, string>> = {
    'Usage:': help['cli.usage'],
    'Options:': help['cli.options'],
    'Global Options:': help['cli.global-options'],
    'Arguments:': help['cli.arguments'],
    'Commands:': help['cli.commands'],
  };
  // commander appends "(default: …)", "(env: …)" and "(choices: …)" in English.
  const extras = (text: string): string =>
    text
      .replace(/\bdefault: (.*?)(?=, env: |, choices: |\)$)/, (_m, value: string) => fillHelp(help['cli.default'], { value }))
      .replace(/\benv: (\w+)/, (_m, name: string) => fillHelp(help['cli.env'], { name }))
      .replace(/\bchoices: (.*?)(?=, default: |\)$)/, (_m, list: string) => fillHelp(help['cli.choices'], { list }));
  return {
    styleTitle: (title) => titles[title] ?? title,
    // The usage line too is wrapped, its later lines under the first after the title.
    styleUsage(this: Help, usage: string): string {
      const indent = displayWidth(help['cli.usage']) + 1;
      return wrap(usage, (this.helpWidth ?? 80) - indent).join(`\n${' '.repeat(indent)}`);
    },
    // Wrap descriptions even in a narrow column (commander stops wrapping below 40).
    minWidthToWrap: 16,
    formatItem(this: Help, term: string, termWidth: number, description: string, helper: Help): string {
      const width = this.helpWidth ?? 80;
      if (!description || width - termWidth - 4 >= NARROWEST_DESCRIPTION) return Help.prototype.formatItem.call(this, term, termWidth, description, helper);
      // Too narrow beside the terms (40 columns): the description goes under its term.
      return `  ${term}\n${helper.boxWrap(description, width - 6).replace(/^/gm, '      ')}`;
    },
    // eslint-disable-next-line no-control-regex
    displayWidth: (text) => displayWidth(text.replace(/\x1b\[[0-9;]*m/g, '')),
    optionDescription: (option) => extras(Help.prototype.optionDescription.call(new Help(), option)),
    argumentDescription: (argument) => extras(Help.prototype.argumentDescription.call(new Help(), argument)),
  };
}

/** commander's usage errors in the learner's language; anything unrecognised passes as it is. */
function translateUsageError(message: string, i18n: Translator, help: HelpTexts): string {
  const rest = (text: string | undefined): string =>
    (text ?? '')
      .replace(/\(Did you mean one of (.*)\?\)/, (_m, list: string) => fillHelp(help['cli.did-you-mean-one-of'], { list }))
      .replace(/\(Did you mean (.*)\?\)/, (_m, name: string) => fillHelp(help['cli.did-you-mean'], { name }));
  const patterns: [RegExp, (m: RegExpExecArray) => string][] = [
    [/^error: unknown option '([^']*)'(.*)$/s, (m) => i18n.t('cli.unknown-option', { name: m[1] ?? '', rest: rest(m[2]) })],
    [/^error: unknown command '([^']*)'(.*)$/s, (m) => i18n.t('cli.unknown-command', { name: m[1] ?? '', rest: rest(m[2]) })],
    [/^error: missing required argument '([^']*)'/, (m) => i18n.t('cli.missing-argument', { name: m[1] ?? '' })],
    [/^error: option '([^']*)' argument missing/, (m) => i18n.t('cli.option-argument-missing', { name: m[1] ?? '' })],
    [/^error: too many arguments/, () => i18n.t('cli.too-many-arguments')],
    [
      /^error: command-argument value '([^']*)' is invalid for argument '([^']*)'\. Allowed choices are (.*)\.$/s,
      (m) => fillHelp(help['cli.invalid-choice'], { value: m[1] ?? '', name: m[2] ?? '', list: m[3] ?? '' }),
    ],
  ];
  for (const [re, say] of patterns) {
    const m = re.exec(message.trimEnd());
    if (m) return sanitizeInline(say(m)) + '\n';
  }
  return sanitizeInline(message.trimEnd()) + '\n';
}
