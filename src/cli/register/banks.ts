import type { Command } from 'commander';
import { afterHelp, describe, type Registrar } from './shared.js';

/** pmp banks and its subcommands: the banks already in the database. */
export function registerBanks(r: Registrar): void {
  const h = r.help;
  const banks = describe(r, r.program.command('banks'), 'banks');
  afterHelp(r, banks, ['pmp banks list', 'pmp banks show pmp-starter', 'pmp banks export pmp-starter --out starter.json']);

  const list = describe(r, banks.command('list', { isDefault: true }), 'banks.list').option('--json', h['banks.list.--json']);
  afterHelp(r, list, ['pmp banks list', 'pmp banks list --json']).action(async (opts, command: Command) =>
    r.run(command, async (ctx) => (await import('../commands/banks.js')).banksListCommand(ctx, opts)),
  );

  const show = describe(r, banks.command('show'), 'banks.show').argument('<id>', h['banks.<id>']).option('--json', h['banks.show.--json']);
  afterHelp(r, show, ['pmp banks show pmp-starter', 'pmp banks show pmp-starter --json']).action(async (id: string, opts, command: Command) =>
    r.run(command, async (ctx) => (await import('../commands/banks.js')).banksShowCommand(ctx, id, opts)),
  );

  const remove = describe(r, banks.command('remove'), 'banks.remove').argument('<id>', h['banks.<id>']).option('--yes', h['banks.remove.--yes']);
  afterHelp(r, remove, ['pmp banks remove my-bank', 'pmp banks remove my-bank --yes']).action(async (id: string, opts, command: Command) =>
    r.run(command, async (ctx) => (await import('../commands/banks.js')).banksRemoveCommand(ctx, id, opts)),
  );

  const stats = describe(r, banks.command('stats'), 'banks.stats')
    .argument('<id>', h['banks.<id>'])
    .option('--learners <db...>', h['banks.stats.--learners'])
    .option('--json', h['banks.stats.--json']);
  afterHelp(r, stats, ['pmp banks stats my-bank', 'pmp banks stats my-bank --learners ana.db ben.db cho.db dan.db --json']).action(
    async (id: string, opts, command: Command) => r.run(command, async (ctx) => (await import('../commands/bank-stats.js')).bankStatsCommand(ctx, id, opts)),
  );

  const exportCommand = describe(r, banks.command('export'), 'banks.export')
    .argument('<id>', h['banks.<id>'])
    .option('--format <format>', h['banks.export.--format'], 'json')
    .option('--out <file>', h['banks.export.--out'])
    .option('--force', h['banks.export.--force']);
  afterHelp(r, exportCommand, [
    'pmp banks export my-bank --out my-bank.json',
    'pmp banks export my-bank --out my-bank.json --force',
    'pmp banks export my-bank --format csv > my-bank.csv',
  ]).action(async (id: string, opts, command: Command) => r.run(command, async (ctx) => (await import('../commands/banks.js')).banksExportCommand(ctx, id, opts)));
}
