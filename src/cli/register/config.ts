import type { Command } from 'commander';
import { examples, type Run } from './shared.js';

const KEYS_HELP =
  '\nSettings (kebab-case names; the value types and checks are those of the options that set them elsewhere):\n' +
  '  exam-date        YYYY-MM-DD, today or later — pmp readiness and pmp plan use it (--exam-date)\n' +
  '  new-per-day      whole number 0–10000 — new questions a day in pmp study (--new); overrides the plan\n' +
  '  max-reviews      whole number 0–100000, 0 = no cap — reviews a day in pmp study (--max-reviews)\n' +
  '  study-plan       made by pmp plan; shown, and unset stops pmp study following it\n' +
  '  fsrs-parameters  read-only: adopted by pmp optimize (pmp optimize --reset goes back to the defaults)\n' +
  'Setting exam-date moves a stored plan to the new date; unsetting it removes the plan too.\n' +
  'A bad value is a usage error (exit 2) and nothing is written.\n';

export function registerConfig(program: Command, run: Run): void {
  const config = program
    .command('config')
    .description('see and change what pmp-study remembers: exam date, new questions a day, review cap, study plan, adopted FSRS parameters')
    .addHelpText(
      'after',
      examples([
        'pmp config list',
        'pmp config get exam-date',
        'pmp config set exam-date 2027-02-15',
        'pmp config set max-reviews 100',
        'pmp config unset new-per-day',
        'pmp config list --json',
      ]) + KEYS_HELP,
    );
  config
    .command('list', { isDefault: true })
    .description('every setting with its value (or what applies when it is not set)')
    .option('--json', 'print the settings as JSON')
    .addHelpText('after', examples(['pmp config list', 'pmp config list --json']) + KEYS_HELP)
    .action(async (opts, command: Command) => run(command, async (ctx) => (await import('../commands/config.js')).configListCommand(ctx, opts)));
  config
    .command('get')
    .description('one setting\'s value (nothing on stdout when it is not set)')
    .argument('<key>', 'setting name, e.g. exam-date')
    .option('--json', 'print the setting as JSON')
    .addHelpText('after', examples(['pmp config get exam-date', 'pmp config get fsrs-parameters --json']) + KEYS_HELP)
    .action(async (key: string, opts, command: Command) => run(command, async (ctx) => (await import('../commands/config.js')).configGetCommand(ctx, key, opts)));
  config
    .command('set')
    .description('change a setting (checked first: a bad value changes nothing, exit 2)')
    .argument('<key>', 'setting name, e.g. max-reviews')
    .argument('<value>', 'the new value')
    .option('--json', 'print the setting before and after as JSON')
    .addHelpText('after', examples(['pmp config set exam-date 2027-02-15', 'pmp config set new-per-day 15', 'pmp config set max-reviews 0      # no cap']) + KEYS_HELP)
    .action(async (key: string, value: string, opts, command: Command) =>
      run(command, async (ctx) => (await import('../commands/config.js')).configSetCommand(ctx, key, value, opts)),
    );
  config
    .command('unset')
    .description('remove a setting: what applies without it takes over')
    .argument('<key>', 'setting name, e.g. new-per-day')
    .option('--json', 'print the setting before and after as JSON')
    .addHelpText('after', examples(['pmp config unset new-per-day', 'pmp config unset study-plan   # pmp study stops following the plan']) + KEYS_HELP)
    .action(async (key: string, opts, command: Command) => run(command, async (ctx) => (await import('../commands/config.js')).configUnsetCommand(ctx, key, opts)));
}
