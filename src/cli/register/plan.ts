import type { Command } from 'commander';
import { examples, type Run } from './shared.js';

export function registerPlan(program: Command, run: Run): void {
  program
    .command('plan')
    .description('a study plan: new questions a day to see the whole bank, with reviews, before the exam; pmp study follows it')
    .option('--exam-date <date>', 'exam date, YYYY-MM-DD (remembered; shared with pmp readiness)')
    .option('--minutes-per-day <n>', 'the time you can give a day: says whether the plan fits, and what would')
    .option('--json', 'print the plan as JSON')
    .addHelpText(
      'after',
      examples(['pmp plan --exam-date 2027-02-15', 'pmp plan --exam-date 2027-02-15 --minutes-per-day 45', 'pmp plan            # the remembered date', 'pmp plan --json']) +
        '\nHow it is worked out: new questions are spread over the study days up to 7 days before the exam\n' +
        '(a quarter of the time left when under four weeks), so the last ones still get reviews. Reviews are\n' +
        'simulated with the FSRS scheduler at 90 % desired retention, on top of the reviews already due.\n' +
        'Minutes = expected answers × your median seconds per answer (75 s until you have 20 answers).\n' +
        '"Too close" (exit 0, with a warning): the exam is today, more than 150 new questions a day, or the\n' +
        'busiest week above 240 minutes a day (or twice --minutes-per-day). A past or malformed date: exit 2.\n',
    )
    .action(async (opts, command: Command) => run(command, async (ctx) => (await import('../commands/plan.js')).planCommand(ctx, opts)));
}
