import type { Command } from 'commander';
import { examples, type Run } from './shared.js';

export function registerOptimize(program: Command, run: Run): void {
  program
    .command('optimize')
    .description('fit FSRS parameters to your own answers; adopt them only if they predict your later answers better')
    .option('--dry-run', 'fit and compare, change nothing')
    .option('--reset', 'go back to the default parameters')
    .option('--json', 'print the figures as JSON')
    .addHelpText(
      'after',
      examples(['pmp optimize', 'pmp optimize --dry-run', 'pmp optimize --json', 'pmp optimize --reset']) +
        '\nThe earliest 80 % of your study days are fitted and the rest held out; both the parameters in\n' +
        'use and the new ones predict the held-out answers, scored by log loss. The new ones are adopted\n' +
        'only when their log loss is at least 1 % lower; memory states are then rebuilt with them.\n' +
        'Needs at least 500 reviews (answers on a later day than the one before).\n',
    )
    .action(async (opts, command: Command) => run(command, async (ctx) => (await import('../commands/optimize.js')).optimizeCommand(ctx, opts)));
}
