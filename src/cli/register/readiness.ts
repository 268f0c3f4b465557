import type { Command } from 'commander';
import { examples, type Run } from './shared.js';

export function registerReadiness(program: Command, run: Run): void {
  program
    .command('readiness')
    .description('how ready am I? expected share right on the exam date, overall and per domain, with ratings, coverage and what to study next')
    .option('--exam-date <date>', 'exam date, YYYY-MM-DD (remembered; default: the remembered date, else today)')
    .option('--cut <percent>', 'assumed passing cut in percent (PMI publishes none; default 61, the last published one)')
    .option('--eco <year>', 'blueprint: 2026 (default) or 2021')
    .option('--explain', "print the formula with this learner's numbers")
    .option('--calibration', 'how well the logged recall predictions matched what happened: Brier score, log loss, RMSE by bins, a table by decile')
    .option('--since <date>', 'with --calibration: only answers from this day on, YYYY-MM-DD')
    .option('--json', 'print the figures as JSON')
    .addHelpText(
      'after',
      examples(['pmp readiness', 'pmp readiness --exam-date 2027-02-15', 'pmp readiness --cut 65 --explain', 'pmp readiness --eco 2021 --json', 'pmp readiness --calibration']),
    )
    .action(async (opts, command: Command) =>
      run(command, async (ctx) =>
        opts.calibration
          ? (await import('../commands/calibration.js')).calibrationCommand(ctx, opts)
          : (await import('../commands/readiness.js')).readinessCommand(ctx, opts),
      ),
    );
}
