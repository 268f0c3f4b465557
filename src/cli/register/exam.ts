import type { Command } from 'commander';
import { afterHelp, describe, type Registrar } from './shared.js';

export function registerExam(r: Registrar): void {
  const h = r.help;
  const exam = describe(r, r.program.command('exam'), 'exam')
    .option('--eco <year>', h['exam.--eco'])
    .option('--questions <n>', h['exam.--questions'])
    .option('--minutes <n>', h['exam.--minutes'])
    .option('--seen <percent>', h['exam.--seen'])
    .option('--bank <id...>', h['exam.--bank'])
    .option('--tag <tag...>', h['exam.--tag'])
    .option('--domain <domain>', h['exam.--domain'])
    .option('--seed <n>', h['exam.--seed'])
    .option('--resume', h['exam.--resume'])
    .option('--cut <percent>', h['exam.--cut'])
    .option('--plain', h['exam.--plain']);
  afterHelp(
    r,
    exam,
    [
      'pmp exam',
      'pmp exam --questions 60 --minutes 80',
      'pmp exam --resume',
      'pmp exam --bank my-course --questions 60',
      'pmp exam --bank my-course --tag week-3 week-4',
      'pmp exam --domain people',
      'pmp exam --bank my-people-bank --domain people --questions 30',
      'pmp exam review',
      'pmp exam list',
      'printf "B\\nA,C\\nq\\n" | pmp exam --questions 12 --db /tmp/x.db',
    ],
    'exam.notes',
  ).action(async (opts, command: Command) => r.run(command, async (ctx) => (await import('../commands/exam.js')).examCommand(ctx, opts)));

  // The parent's --cut is parsed wherever it appears on the line, so the subcommands read it with the globals.
  const review = describe(r, exam.command('review'), 'exam.review')
    .argument('[id]', h['exam.review.[id]'])
    .option('--wrong', h['exam.review.--wrong'])
    .option('--cut <percent>', h['exam.--cut'])
    .option('--details', h['exam.review.--details'])
    .option('--json', h['exam.review.--json']);
  afterHelp(r, review, ['pmp exam review', 'pmp exam review 3 --wrong', 'pmp exam review --cut 65', 'pmp exam review 3 --json']).action(
    async (id: string | undefined, opts, command: Command) =>
      r.run(command, async (ctx) => (await import('../commands/exam.js')).examReviewCommand(ctx, id, { ...opts, ...command.optsWithGlobals() })),
  );

  const list = describe(r, exam.command('list'), 'exam.list').option('--cut <percent>', h['exam.--cut']).option('--json', h['exam.list.--json']);
  afterHelp(r, list, ['pmp exam list', 'pmp exam list --json']).action(async (opts, command: Command) =>
    r.run(command, async (ctx) => (await import('../commands/exam.js')).examListCommand(ctx, { ...opts, ...command.optsWithGlobals() })),
  );

  const abandon = describe(r, exam.command('abandon'), 'exam.abandon');
  afterHelp(r, abandon, ['pmp exam abandon']).action(async (_opts, command: Command) =>
    r.run(command, async (ctx) => (await import('../commands/exam.js')).examAbandonCommand(ctx)),
  );
}
