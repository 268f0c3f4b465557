import type { Command } from 'commander';
import { afterHelp, describe, type Registrar } from './shared.js';

export function registerPlan(r: Registrar): void {
  const h = r.help;
  const plan = describe(r, r.program.command('plan'), 'plan')
    .option('--exam-date <date>', h['plan.--exam-date'])
    .option('--minutes-per-day <n>', h['plan.--minutes-per-day'])
    .option('--json', h['plan.--json']);
  afterHelp(
    r,
    plan,
    ['pmp plan --exam-date 2027-02-15', 'pmp plan --exam-date 2027-02-15 --minutes-per-day 45', 'pmp plan            # plan.ex.remembered', 'pmp plan --json'],
    'plan.notes',
  ).action(async (opts, command: Command) => r.run(command, async (ctx) => (await import('../commands/plan.js')).planCommand(ctx, opts)));
}
