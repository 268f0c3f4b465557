/**
 * What every command registration needs. Each feature registers its commands in a file of its
 * own here (program.ts calls them), and imports its code lazily inside the action.
 */
import type { Command } from 'commander';
import type { CliContext } from '../context.js';

/** Runs a command's work with the context built from the global options; sets the exit code. */
export type Run = (command: Command, work: (ctx: CliContext) => Promise<number>) => Promise<void>;

/** The "Examples:" block at the end of a command's --help. */
export const examples = (lines: readonly string[]): string => `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;

/**
 * How a command reads bank files: the same for import, validate, coverage and convert, so a file
 * that one of them reads, all of them read the same way.
 */
export function addReadOptions(command: Command): Command {
  return command
    .option('--format <format>', 'force the format: json, csv, tsv, aiken, gift, moodle-xml or xlsx (default: from the file name and content)')
    .option('--sheet <name|n>', 'the sheet of an .xlsx workbook that holds the questions: its name, or its number from 1 (default: the first)')
    .option('--map <file>', 'a JSONata mapping that turns JSON of another shape, or CSV/TSV rows (objects keyed by header), into our bank format ($file is the file name)')
    .option('--bank-id <id>', 'id of the bank (formats without one; default: from the file name)')
    .option('--title <title>', 'title of the bank (formats without one; default: the file name)')
    .option('--text-lang <code>', 'language of text that does not name one (CSV base columns, Aiken, GIFT)', 'en')
    .option('--keep-order', 'keep every option in file order: no option is shuffled when studying');
}
