import type { Command } from 'commander';
import { examples, type Run } from './shared.js';

const CUT_HELP = 'assumed passing cut in percent for the ratings (PMI publishes none; default 61, the last published one)';

export function registerExam(program: Command, run: Run): void {
  const exam = program
    .command('exam')
    .description('a timed mock exam drawn to the exam blueprint, with breaks, review screen and a score report')
    .option('--eco <year>', 'blueprint: 2026 (default: 180 questions, 240 minutes) or 2021 (230 minutes, People 42 / Process 50 / Business 8)')
    .option('--questions <n>', 'a shorter practice exam with the same proportions (time scaled unless --minutes)')
    .option('--minutes <n>', 'exam time in minutes')
    .option('--seen <percent>', 'draw this share from questions you have answered before (default 0: unseen first, as on the real exam), so the report checks both parts of the readiness estimate')
    .option('--bank <id...>', 'draw only from these banks (as pmp study --bank; repeat or list several)')
    .option('--tag <tag...>', 'draw only questions with any of these tags (as pmp study --tag)')
    .option('--seed <n>', 'seed for the draw and the option order (reproducible exams; PMP_SEED too)')
    .option('--resume', 'continue the exam in progress where it stopped')
    .option('--cut <percent>', CUT_HELP)
    .option('--plain', 'line-based mode even in a terminal (screen readers, scripts)')
    .addHelpText(
      'after',
      examples([
        'pmp exam',
        'pmp exam --questions 60 --minutes 80',
        'pmp exam --resume',
        'pmp exam --bank my-course --questions 60',
        'pmp exam --bank my-course --tag week-3 week-4',
        'pmp exam review',
        'pmp exam list',
        'printf "B\\nA,C\\nq\\n" | pmp exam --questions 12 --db /tmp/x.db',
      ]) +
        '\nThe exam is drawn from your banks tagged to the chosen outline: domain shares by weight, about 60 %\n' +
        'agile or hybrid where the banks allow, scenario sets kept together, unscored pretest items as on the\n' +
        'real exam (10 of 180); questions you have not seen come first. --bank and --tag draw only from\n' +
        'that slice; when it cannot fill every domain\'s share, you are told per domain what is missing and\n' +
        'the largest exam in the blueprint\'s proportions is drawn (the score report notes the shortfall).\n' +
        '--resume keeps the slice. Each break point locks the questions before it; move, flag and review\n' +
        'freely within the current section.\n' +
        '\nClock: every answer is saved as you give it. The time counts only while pmp exam runs (saved with\n' +
        'each action and every 5 seconds) and stops during a break; if the window closes or the process is\n' +
        'killed, pmp exam --resume continues with the time that was left (a real exam does not stop).\n' +
        'Only one exam is in progress at a time; pmp exam abandon gives it up.\n' +
        '\nPlain mode (stdin not a terminal): one line each — an answer as in study (B | A,C | CABD | 1-b 2-a |\n' +
        '41.5; answering moves on, answering again changes it), n next, p previous, f flag, r review list,\n' +
        'g N go to question N, break or n at a section end (take the break or go on; either locks the section),\n' +
        'submit (twice if questions are unanswered), q stop for now. A line starting with "saved:" follows\n' +
        'each committed answer. End of input leaves the exam in progress.\n' +
        '\nAt submission (or when time runs out) the answers enter the review log like study answers (mode\n' +
        '"exam"), stamped with the submission time; unanswered questions count as wrong but are not logged.\n',
    )
    .action(async (opts, command: Command) => run(command, async (ctx) => (await import('../commands/exam.js')).examCommand(ctx, opts)));

  // The parent's --cut is parsed wherever it appears on the line, so the subcommands read it with the globals.
  exam
    .command('review')
    .description('the score report of a finished exam and every question with your answer, the key and the explanation')
    .argument('[id]', 'exam id (see pmp exam list; default: the latest finished exam)')
    .option('--wrong', 'only the questions answered wrong or not at all')
    .option('--details', 'also the Brier score and log loss of the readiness prediction')
    .option('--cut <percent>', CUT_HELP)
    .option('--json', 'print the report and every answer as JSON')
    .addHelpText('after', examples(['pmp exam review', 'pmp exam review 3 --wrong', 'pmp exam review --cut 65', 'pmp exam review 3 --json']))
    .action(async (id: string | undefined, opts, command: Command) => run(command, async (ctx) => (await import('../commands/exam.js')).examReviewCommand(ctx, id, { ...opts, ...command.optsWithGlobals() })));

  exam
    .command('list')
    .description('past mock exams: id, date, outline, questions, share right, rating, status')
    .option('--cut <percent>', CUT_HELP)
    .option('--json', 'print the list as JSON')
    .addHelpText('after', examples(['pmp exam list', 'pmp exam list --json']))
    .action(async (opts, command: Command) => run(command, async (ctx) => (await import('../commands/exam.js')).examListCommand(ctx, { ...opts, ...command.optsWithGlobals() })));

  exam
    .command('abandon')
    .description('give up the exam in progress (its answers do not enter the review log)')
    .addHelpText('after', examples(['pmp exam abandon']))
    .action(async (_opts, command: Command) => run(command, async (ctx) => (await import('../commands/exam.js')).examAbandonCommand(ctx)));
}
