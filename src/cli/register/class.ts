import type { Command } from 'commander';
import { examples, type Run } from './shared.js';

const CLASS_HELP =
  '\nA class keeps each learner\'s own database as the source of truth; pmp sync copies the answers to a\n' +
  'PostgreSQL server the trainer runs or rents, and pmp class report reads the whole class from there.\n' +
  'Connections are kept next to the database: DB.class-trainer.json (trainer) and DB.class.json (learner), mode 0600.\n' +
  'A server that cannot be reached ends with exit 6; studying is never blocked by it.\n';

export function registerClass(program: Command, run: Run): void {
  const cls = program
    .command('class')
    .description('run a class on a shared PostgreSQL server: set up, invite learners, assign banks, one report for the whole class')
    .addHelpText(
      'after',
      examples([
        'pmp class init --url "postgres://trainer:SECRET@db.example.org:5432/pmp?sslmode=require"',
        'pmp class invite ana',
        'pmp class assign my-bank.json',
        'pmp class join pmp1.eyJo…        # on the learner\'s machine',
        'pmp sync                          # on the learner\'s machine',
        'pmp class report --html class.html',
      ]) + CLASS_HELP,
    );
  cls
    .command('init')
    .description('create or upgrade the class schema on the server (idempotent) and keep the trainer\'s connection (0600)')
    .option('--url <url>', 'postgres://USER:PASSWORD@HOST:PORT/DATABASE?sslmode=… (or PMP_CLASS_URL; the user needs CREATEROLE)')
    .addHelpText('after', examples(['pmp class init --url "postgres://trainer:SECRET@127.0.0.1:5432/pmp"', 'PMP_CLASS_URL=postgres://… pmp class init']))
    .action(async (opts, command: Command) => run(command, async (ctx) => (await import('../commands/class.js')).classInitCommand(ctx, opts)));
  cls
    .command('invite')
    .description('add a learner: a PostgreSQL role with a random password, printed once as a one-line join code')
    .argument('<name>', 'lowercase letters, digits and _, starting with a letter')
    .option('--json', 'print the name, role and join code as JSON')
    .addHelpText('after', examples(['pmp class invite ana', 'pmp class invite ben --json']))
    .action(async (name: string, opts, command: Command) => run(command, async (ctx) => (await import('../commands/class.js')).classInviteCommand(ctx, name, opts)));
  cls
    .command('assign')
    .description('publish a bank file to the class (checked like pmp import); learners import it on their next sync')
    .argument('<bank>', 'a bank file in our JSON format')
    .addHelpText('after', examples(['pmp class assign questions/pmp-core.json', 'pmp class assign week-3.json']))
    .action(async (bank: string, _opts, command: Command) => run(command, async (ctx) => (await import('../commands/class.js')).classAssignCommand(ctx, bank)));
  cls
    .command('remove')
    .description("revoke a learner: drop their role and delete their synced rows")
    .argument('<name>', "the learner's name")
    .addHelpText('after', examples(['pmp class remove ana']))
    .action(async (name: string, _opts, command: Command) => run(command, async (ctx) => (await import('../commands/class.js')).classRemoveCommand(ctx, name)));
  cls
    .command('learners')
    .description('the learners of the class and their roles')
    .option('--json', 'print them as JSON')
    .addHelpText('after', examples(['pmp class learners', 'pmp class learners --json']))
    .action(async (opts, command: Command) => run(command, async (ctx) => (await import('../commands/class.js')).classLearnersCommand(ctx, opts)));
  cls
    .command('join')
    .description('join a class with the code from your trainer (checked against the server, then kept 0600 next to your database)')
    .argument('<code>', 'the join code, or - to read it from stdin (keeps it out of the process list)')
    .addHelpText('after', examples(['pmp class join pmp1.eyJo…', 'pmp class join - < code.txt']))
    .action(async (code: string, _opts, command: Command) => run(command, async (ctx) => (await import('../commands/class.js')).classJoinCommand(ctx, code)));
  cls
    .command('report')
    .description('the whole class: per learner last study day, answers in 7/30 days, streak, readiness per domain with its range, mock exams; weakest tasks; item analysis')
    .option('--json', 'print the report as JSON')
    .option('--csv', 'print one row per learner as CSV')
    .option('--html <file>', 'write one self-contained HTML page with charts')
    .option('--eco <year>', 'blueprint: 2026 (default) or 2021')
    .option('--cut <percent>', 'assumed passing cut in percent (default 61)')
    .addHelpText('after', examples(['pmp class report', 'pmp class report --json', 'pmp class report --csv > class.csv', 'pmp class report --html class.html']))
    .action(async (opts, command: Command) => run(command, async (ctx) => (await import('../commands/class-report.js')).classReportCommand(ctx, opts)));

  program
    .command('sync')
    .description('send your new answers to your class (pmp class join) and import the banks your trainer assigned')
    .option('--json', 'print what was sent and imported as JSON')
    .addHelpText('after', examples(['pmp sync', 'pmp sync --json']) + '\nIdempotent: running it twice, or after a kill, or from a restored backup never duplicates or loses an answer.\nExit 6 when the server cannot be reached; your answers stay safe locally.\n')
    .action(async (opts, command: Command) => run(command, async (ctx) => (await import('../commands/class.js')).syncCommand(ctx, opts)));
}
