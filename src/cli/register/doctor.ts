import type { Command } from 'commander';
import { afterHelp, describe, type Registrar } from './shared.js';

/** The health of the data: doctor (checks, fixes, backups, restore) and rebuild (replay the log). */
export function registerDoctor(r: Registrar): void {
  const h = r.help;
  const doctor = describe(r, r.program.command('doctor'), 'doctor')
    .option('--fix', h['doctor.--fix'])
    .option('--restore [backup]', h['doctor.--restore'])
    .option('--yes', h['doctor.--yes'])
    .option('--json', h['doctor.--json']);
  afterHelp(r, doctor, ['pmp doctor', 'pmp doctor --fix', 'pmp doctor --restore', 'pmp doctor --restore 1 --yes'], 'doctor.notes').action(
    async (opts, command: Command) => r.run(command, async (ctx) => (await import('../commands/doctor.js')).doctorCommand(ctx, opts)),
  );

  const rebuild = describe(r, r.program.command('rebuild'), 'rebuild').option('--check', h['rebuild.--check']).option('--json', h['rebuild.--json']);
  afterHelp(r, rebuild, ['pmp rebuild', 'pmp rebuild --check']).action(async (opts, command: Command) =>
    r.run(command, async (ctx) => (await import('../commands/rebuild.js')).rebuildCommand(ctx, opts)),
  );
}
