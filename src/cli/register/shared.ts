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
