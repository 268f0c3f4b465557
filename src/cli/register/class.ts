import type { Command } from 'commander';
import { afterHelp, describe, type Registrar } from './shared.js';

export function registerClass(r: Registrar): void {
  const h = r.help;
  const cls = describe(r, r.program.command('class'), 'class');
  afterHelp(
    r,
    cls,
    [
      'pmp class init --url "postgres://trainer:SECRET@db.example.org:5432/pmp?sslmode=require"',
      'pmp class invite ana',
      'pmp class assign my-bank.json',
      'pmp class join pmp1.eyJo…        # class.ex.learner',
      'pmp sync                          # class.ex.learner',
      'pmp class report --html class.html',
    ],
    'class.notes',
  );
  // Every class command but the report lives in one module, loaded when one of them runs.
  const load = () => import('../commands/class.js');

  const init = describe(r, cls.command('init'), 'class.init').option('--url <url>', h['class.init.--url']);
  afterHelp(r, init, ['pmp class init --url "postgres://trainer:SECRET@127.0.0.1:5432/pmp"', 'PMP_CLASS_URL=postgres://… pmp class init']).action(async (opts, c: Command) =>
    r.run(c, async (ctx) => (await load()).classInitCommand(ctx, opts)),
  );

  const invite = describe(r, cls.command('invite'), 'class.invite').argument('<name>', h['class.invite.<name>']).option('--json', h['class.invite.--json']);
  afterHelp(r, invite, ['pmp class invite ana', 'pmp class invite ben --json']).action(async (name: string, opts, c: Command) =>
    r.run(c, async (ctx) => (await load()).classInviteCommand(ctx, name, opts)),
  );

  const assign = describe(r, cls.command('assign'), 'class.assign').argument('<bank>', h['class.assign.<bank>']);
  afterHelp(r, assign, ['pmp class assign questions/pmp-core.json', 'pmp class assign week-3.json']).action(async (bank: string, _opts, c: Command) =>
    r.run(c, async (ctx) => (await load()).classAssignCommand(ctx, bank)),
  );

  const remove = describe(r, cls.command('remove'), 'class.remove').argument('<name>', h['class.remove.<name>']);
  afterHelp(r, remove, ['pmp class remove ana']).action(async (name: string, _opts, c: Command) => r.run(c, async (ctx) => (await load()).classRemoveCommand(ctx, name)));

  const learners = describe(r, cls.command('learners'), 'class.learners').option('--json', h['class.learners.--json']);
  afterHelp(r, learners, ['pmp class learners', 'pmp class learners --json']).action(async (opts, c: Command) =>
    r.run(c, async (ctx) => (await load()).classLearnersCommand(ctx, opts)),
  );

  const join = describe(r, cls.command('join'), 'class.join').argument('<code>', h['class.join.<code>']);
  afterHelp(r, join, ['pmp class join pmp1.eyJo…', 'pmp class join - < code.txt']).action(async (code: string, _opts, c: Command) =>
    r.run(c, async (ctx) => (await load()).classJoinCommand(ctx, code)),
  );

  const report = describe(r, cls.command('report'), 'class.report')
    .option('--json', h['class.report.--json'])
    .option('--csv', h['class.report.--csv'])
    .option('--html <file>', h['class.report.--html'])
    .option('--eco <year>', h['class.report.--eco'])
    .option('--cut <percent>', h['class.report.--cut']);
  afterHelp(r, report, ['pmp class report', 'pmp class report --json', 'pmp class report --csv > class.csv', 'pmp class report --html class.html']).action(async (opts, c: Command) =>
    r.run(c, async (ctx) => (await import('../commands/class-report.js')).classReportCommand(ctx, opts)),
  );

  const sync = describe(r, r.program.command('sync'), 'sync').option('--json', h['sync.--json']);
  afterHelp(r, sync, ['pmp sync', 'pmp sync --json'], 'sync.notes').action(async (opts, c: Command) => r.run(c, async (ctx) => (await import('../commands/sync.js')).syncCommand(ctx, opts)));
}
