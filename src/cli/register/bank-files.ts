import type { Command } from 'commander';
import { addReadOptions, afterHelp, describe, type Registrar } from './shared.js';

/** The commands that read bank files: import, validate, coverage and convert. */
export function registerBankFiles(r: Registrar): void {
  const h = r.help;

  const importCommand = describe(r, r.program.command('import'), 'import').argument('<file...>', h['import.<file...>']);
  addReadOptions(r, importCommand).option('--dry-run', h['import.--dry-run']).option('--strict', h['import.--strict']).option('--json', h['import.--json']);
  afterHelp(
    r,
    importCommand,
    [
      'pmp import my-bank.json',
      'pmp import questions.csv --dry-run',
      'pmp import moodle-export.gift --text-lang ko',
      'pmp import quiz.xml --dry-run',
      'pmp import questions.xlsx --sheet "Week 3"',
      'pmp import ../shared/third-party/pmp-exam-prep-mansouriyassine/questions/*.json --map examples/mansouriyassine.jsonata',
    ],
    'import.notes',
  ).action(async (files: string[], opts, command: Command) => r.run(command, async (ctx) => (await import('../commands/import.js')).importCommand(ctx, files, opts)));

  const validate = describe(r, r.program.command('validate'), 'validate').argument('<file...>', h['validate.<file...>']);
  addReadOptions(r, validate)
    .option('--strict', h['validate.--strict'])
    .option('--min-per-task <n>', h['validate.--min-per-task'])
    .option('--max-key-longest <percent>', h['validate.--max-key-longest'])
    .option('--max-key-shortest <percent>', h['validate.--max-key-shortest'])
    .option('--json', h['validate.--json']);
  afterHelp(
    r,
    validate,
    [
      'pmp validate my-bank.json',
      'pmp validate quiz.gift --text-lang ko',
      'pmp validate export.json --map my-mapping.jsonata',
      'pmp validate --strict --min-per-task 25 questions/*.json',
      'pmp validate my-bank.json --max-key-longest 25',
      'pmp validate my-bank.json --json',
    ],
    'validate.notes',
  ).action(async (files: string[], opts, command: Command) => r.run(command, async (ctx) => (await import('../commands/validate.js')).validateCommand(ctx, files, opts)));

  const coverage = describe(r, r.program.command('coverage'), 'coverage').argument('[file...]', h['coverage.[file...]']);
  addReadOptions(r, coverage).option('--bank <id...>', h['coverage.--bank']).option('--json', h['coverage.--json']);
  afterHelp(r, coverage, ['pmp coverage', 'pmp coverage --bank pmp-starter', 'pmp coverage my-bank.json --json']).action(
    async (files: string[], opts, command: Command) => r.run(command, async (ctx) => (await import('../commands/coverage.js')).coverageCommand(ctx, files, opts)),
  );

  const convert = describe(r, r.program.command('convert'), 'convert').argument('<file>', h['convert.<file>']);
  addReadOptions(r, convert).option('--out <file>', h['convert.--out']).option('--force', h['convert.--force']).option('--json', h['convert.--json']);
  afterHelp(
    r,
    convert,
    ['pmp convert quiz.gift --out quiz.json', 'pmp convert questions.csv --text-lang ko', 'pmp convert export.json --map my-mapping.jsonata --out bank.json --force', 'pmp convert quiz.gift --json'],
    'convert.notes',
  ).action(async (file: string, opts, command: Command) => r.run(command, async (ctx) => (await import('../commands/convert.js')).convertCommand(ctx, file, opts)));
}
