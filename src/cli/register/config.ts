import type { Command } from 'commander';
import { afterHelp, describe, type Registrar } from './shared.js';

export function registerConfig(r: Registrar): void {
  const h = r.help;
  const config = describe(r, r.program.command('config'), 'config');
  afterHelp(
    r,
    config,
    ['pmp config list', 'pmp config get exam-date', 'pmp config set exam-date 2027-02-15', 'pmp config set max-reviews 100', 'pmp config unset new-per-day', 'pmp config list --json'],
    'config.notes',
  );

  const list = describe(r, config.command('list', { isDefault: true }), 'config.list').option('--json', h['config.list.--json']);
  afterHelp(r, list, ['pmp config list', 'pmp config list --json'], 'config.notes').action(async (opts, command: Command) =>
    r.run(command, async (ctx) => (await import('../commands/config.js')).configListCommand(ctx, opts)),
  );

  const get = describe(r, config.command('get'), 'config.get').argument('<key>', h['config.get.<key>']).option('--json', h['config.get.--json']);
  afterHelp(r, get, ['pmp config get exam-date', 'pmp config get fsrs-parameters --json'], 'config.notes').action(async (key: string, opts, command: Command) =>
    r.run(command, async (ctx) => (await import('../commands/config.js')).configGetCommand(ctx, key, opts)),
  );

  const set = describe(r, config.command('set'), 'config.set')
    .argument('<key>', h['config.set.<key>'])
    .argument('<value>', h['config.set.<value>'])
    .option('--json', h['config.set.--json']);
  afterHelp(r, set, ['pmp config set exam-date 2027-02-15', 'pmp config set new-per-day 15', 'pmp config set max-reviews 0      # config.ex.no-cap'], 'config.notes').action(
    async (key: string, value: string, opts, command: Command) =>
      r.run(command, async (ctx) => (await import('../commands/config.js')).configSetCommand(ctx, key, value, opts)),
  );

  const unset = describe(r, config.command('unset'), 'config.unset').argument('<key>', h['config.unset.<key>']).option('--json', h['config.unset.--json']);
  afterHelp(r, unset, ['pmp config unset new-per-day', 'pmp config unset study-plan   # config.ex.stop-plan'], 'config.notes').action(async (key: string, opts, command: Command) =>
    r.run(command, async (ctx) => (await import('../commands/config.js')).configUnsetCommand(ctx, key, opts)),
  );
}
