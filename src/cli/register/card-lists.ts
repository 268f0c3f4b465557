import type { Command } from 'commander';
import { afterHelp, describe, type Registrar } from './shared.js';

/** The lists of questions set apart during study: leeches, flagged, suspended; and unsuspend. */
export function registerCardLists(r: Registrar): void {
  const h = r.help;
  const list = (name: 'leeches' | 'flagged' | 'suspended') => (opts: object, command: Command) =>
    r.run(command, async (ctx) => (await import('../commands/card-lists.js')).cardListCommand(ctx, name, opts));

  const leeches = describe(r, r.program.command('leeches'), 'leeches')
    .option('--lapses <n>', h['leeches.--lapses'])
    .option('--suspend', h['leeches.--suspend'])
    .option('--json', h['leeches.--json']);
  afterHelp(r, leeches, ['pmp leeches', 'pmp leeches --lapses 4', 'pmp leeches --suspend']).action(list('leeches'));

  const flagged = describe(r, r.program.command('flagged'), 'flagged').option('--json', h['flagged.--json']);
  afterHelp(r, flagged, ['pmp flagged', 'pmp study --flagged --cram']).action(list('flagged'));

  const suspended = describe(r, r.program.command('suspended'), 'suspended').option('--json', h['suspended.--json']);
  afterHelp(r, suspended, ['pmp suspended', 'pmp unsuspend pmp-starter/st-001']).action(list('suspended'));

  const unsuspend = describe(r, r.program.command('unsuspend'), 'unsuspend').argument('<ref...>', h['unsuspend.<ref...>']);
  afterHelp(r, unsuspend, ['pmp unsuspend pmp-starter/st-001', 'pmp unsuspend st-001 pe-010']).action(async (refs: string[], _opts, command: Command) =>
    r.run(command, async (ctx) => (await import('../commands/card-lists.js')).unsuspendCommand(ctx, refs)),
  );
}
