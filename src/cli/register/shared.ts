/**
 * What every command registration needs. Each feature registers its commands in a file of its
 * own here (commands.ts lists them by group; program.ts only walks that list), takes every text
 * from the help catalogs, and imports its code lazily inside the action.
 */
import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import type { HelpKey, HelpTexts } from '../../i18n/help.js';
import { displayWidth, wrap } from '../terminal/wrap.js';

/** Runs a command's work with the context built from the global options; sets the exit code. */
export type Run = (command: Command, work: (ctx: CliContext) => Promise<number>) => Promise<void>;

export interface Registrar {
  readonly program: Command;
  readonly run: Run;
  /** The help texts in the interface language. */
  readonly help: HelpTexts;
  /** The width help is wrapped to, read when help is printed. */
  readonly helpWidth: () => number;
}

export type Register = (r: Registrar) => void;

/**
 * Sets a command's description from the catalog, and its one-line summary for the parent's
 * command list when the catalog has one (`KEY.summary`).
 */
export function describe(r: Registrar, command: Command, key: HelpKey): Command {
  command.description(r.help[key]);
  const summary = (r.help as Readonly<Record<string, string>>)[`${key}.summary`];
  if (summary !== undefined) command.summary(summary);
  return command;
}

/**
 * The text after a command's options: its examples (code, not translated; `# KEY` at the end of a
 * line becomes a comment from the catalog), then its notes wrapped to the width when printed.
 */
export function afterHelp(r: Registrar, command: Command, exampleLines: readonly string[], notesKey?: HelpKey): Command {
  return command.addHelpText('after', () => {
    const width = r.helpWidth();
    const lines = exampleLines.map((line) => {
      const m = /^(.*?)\s*# (\S+)$/.exec(line);
      const [code, note] = m ? [m[1] as string, (r.help as Readonly<Record<string, string>>)[m[2] as string] ?? (m[2] as string)] : [line, undefined];
      return `  $ ${code}${note ? `   # ${note}` : ''}`;
    });
    const notes = notesKey ? `\n${formatNotes(r.help[notesKey], width)}` : '';
    return `\n${r.help['cli.examples']}\n${lines.join('\n')}\n${notes}`;
  });
}

/**
 * Wraps notes to the width: each line of the text is a paragraph; one starting with two spaces is
 * a list item ("  term  description") whose wrapped lines hang under the description.
 */
export function formatNotes(text: string, width: number): string {
  const out: string[] = [];
  const paragraphs = text.split('\n');
  const itemOf = (paragraph: string) => /^ {2}(\S+) {2,}(.*)$/.exec(paragraph);
  // The items of a list share one column for their descriptions, as far as MAX_TERM allows.
  const termColumn = (from: number): number => {
    let widest = 0;
    for (let i = from; i < paragraphs.length; i++) {
      const item = itemOf(paragraphs[i] as string);
      if (!item) break;
      widest = Math.max(widest, displayWidth(item[1] as string));
    }
    return Math.min(widest, MAX_TERM) + 4;
  };
  let hang = 0;
  paragraphs.forEach((paragraph, i) => {
    const item = itemOf(paragraph);
    if (!item) {
      hang = 0;
      out.push(...wrap(paragraph, width));
      return;
    }
    if (hang === 0) hang = termColumn(i);
    const term = `  ${item[1] as string}`;
    const first = term + ' '.repeat(Math.max(2, hang - displayWidth(term)));
    const body = wrap(item[2] as string, width - hang);
    out.push(...body.map((line, k) => (k === 0 ? first : ' '.repeat(hang)) + line));
  });
  return out.join('\n') + '\n';
}

/** A list's term wider than this does not push the descriptions of the others to the right. */
const MAX_TERM = 16;

/**
 * How a command reads bank files: the same for import, validate, coverage and convert, so a file
 * that one of them reads, all of them read the same way.
 */
export function addReadOptions(r: Registrar, command: Command): Command {
  const h = r.help;
  return command
    .option('--format <format>', h['read.--format'])
    .option('--sheet <name|n>', h['read.--sheet'])
    .option('--map <file>', h['read.--map'])
    .option('--bank-id <id>', h['read.--bank-id'])
    .option('--title <title>', h['read.--title'])
    .option('--text-lang <code>', h['read.--text-lang'], 'en')
    .option('--keep-order', h['read.--keep-order'])
    .option('--verbose', h['read.--verbose']);
}
