import type { Command } from 'commander';
import { afterHelp, describe, type Registrar } from './shared.js';

export function registerStats(r: Registrar): void {
  const h = r.help;
  const stats = describe(r, r.program.command('stats'), 'stats').option('--traps', h['stats.--traps']).option('--json', h['stats.--json']);
  afterHelp(r, stats, ['pmp stats', 'pmp stats --json', 'NO_COLOR=1 pmp stats --lang ko', 'pmp stats --traps'], 'stats.notes');
  stats.action(async (opts, command: Command) => r.run(command, async (ctx) => (await import('../commands/stats.js')).statsCommand(ctx, opts)));
}
