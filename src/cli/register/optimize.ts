import type { Command } from 'commander';
import { afterHelp, describe, type Registrar } from './shared.js';

export function registerOptimize(r: Registrar): void {
  const h = r.help;
  const optimize = describe(r, r.program.command('optimize'), 'optimize')
    .option('--dry-run', h['optimize.--dry-run'])
    .option('--reset', h['optimize.--reset'])
    .option('--json', h['optimize.--json']);
  afterHelp(r, optimize, ['pmp optimize', 'pmp optimize --dry-run', 'pmp optimize --json', 'pmp optimize --reset'], 'optimize.notes').action(
    async (opts, command: Command) => r.run(command, async (ctx) => (await import('../commands/optimize.js')).optimizeCommand(ctx, opts)),
  );
}
