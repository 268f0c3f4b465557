/**
 * What shell completion needs to know, read from the registered commander commands themselves
 * (so a new command or option completes without touching the scripts): for each command path,
 * its subcommands, its options, and whether its arguments are files.
 */
import type { Command, Option } from 'commander';

export interface CompletionOption {
  /** Every spelling: "--json", "-h". */
  readonly names: readonly string[];
  readonly description: string;
  /** The option takes a value (the next word is not a command). */
  readonly takesValue: boolean;
  /** The value is a file path. */
  readonly file: boolean;
  /** The values it accepts, when they are few and fixed. */
  readonly choices: readonly string[];
  /** An option of pmp itself, accepted after any command. */
  readonly global: boolean;
}

export interface CompletionNode {
  /** "" for pmp itself, "/banks/export" for pmp banks export. */
  readonly path: string;
  readonly commands: readonly { readonly name: string; readonly description: string }[];
  readonly options: readonly CompletionOption[];
  /** Its arguments are files (import, validate, coverage, convert). */
  readonly files: boolean;
}

/** Values that a handful of options accept; the rest take free text. */
const FIXED_VALUES: Readonly<Record<string, readonly string[]>> = {
  '--lang': ['en', 'ko'],
  '--text-lang': ['en', 'ko'],
  '--color': ['auto', 'always', 'never'],
  '--domain': ['people', 'process', 'business-environment'],
  '--eco': ['2026', '2021'],
};
const READ_FORMATS = ['json', 'csv', 'tsv', 'aiken', 'gift'];
const EXPORT_FORMATS = ['json', 'csv'];
const FILE_VALUE = /<(path|file|db)(\.\.\.)?>|\[(path|file|db)(\.\.\.)?\]/;

export function completionModel(program: Command): CompletionNode[] {
  const globals = program.options.map((o) => ({ ...describeOption(o, ''), global: true }));
  const nodes: CompletionNode[] = [];
  const visit = (command: Command, path: string): void => {
    const own = path === '' ? [] : command.options.map((o) => describeOption(o, path));
    const help = { names: ['-h', '--help'], description: '', takesValue: false, file: false, choices: [], global: false };
    const visible = command.commands.filter((c) => !(c as unknown as { _hidden?: boolean })._hidden);
    nodes.push({
      path,
      commands: visible.map((c) => ({ name: c.name(), description: c.summary() || c.description() })),
      options: [...own, ...globals, { ...help, description: helpDescription(command) }],
      files: command.registeredArguments.some((a) => /file/.test(a.name())),
    });
    for (const sub of visible) visit(sub, `${path}/${sub.name()}`);
  };
  visit(program, '');
  return nodes;
}

function helpDescription(command: Command): string {
  const help = command.options.find((o) => o.long === '--help') ?? (command as unknown as { _getHelpOption?: () => Option | null })._getHelpOption?.();
  return help?.description ?? '';
}

function describeOption(option: Option, path: string): CompletionOption {
  const names = [option.short, option.long].filter((n): n is string => typeof n === 'string');
  const long = option.long ?? '';
  const choices = long === '--format' ? (path === '/banks/export' ? EXPORT_FORMATS : READ_FORMATS) : (FIXED_VALUES[long] ?? []);
  return {
    names,
    description: option.description,
    takesValue: option.required || option.optional,
    file: FILE_VALUE.test(option.flags),
    choices,
    global: false,
  };
}

/** Every option that takes a value, anywhere: the word after it is skipped when finding the command. */
export function valueOptions(nodes: readonly CompletionNode[]): string[] {
  return [...new Set(nodes.flatMap((n) => n.options.filter((o) => o.takesValue).flatMap((o) => o.names)))].sort();
}

/** Descriptions in a script are one line, without characters a shell would read. */
export function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\x00-\x1f\x7f]+/g, ' ').replace(/\s+/g, ' ').trim();
}
