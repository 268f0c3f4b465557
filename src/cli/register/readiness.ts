import type { Command } from 'commander';
import { afterHelp, describe, type Registrar } from './shared.js';

export function registerReadiness(r: Registrar): void {
  const h = r.help;
  const readiness = describe(r, r.program.command('readiness'), 'readiness')
    .option('--exam-date <date>', h['readiness.--exam-date'])
    .option('--cut <percent>', h['readiness.--cut'])
    .option('--eco <year>', h['readiness.--eco'])
    .option('--explain', h['readiness.--explain'])
    .option('--calibration', h['readiness.--calibration'])
    .option('--since <date>', h['readiness.--since'])
    .option('--json', h['readiness.--json']);
  afterHelp(r, readiness, ['pmp readiness', 'pmp readiness --exam-date 2027-02-15', 'pmp readiness --cut 65 --explain', 'pmp readiness --eco 2021 --json', 'pmp readiness --calibration']).action(
    async (opts, command: Command) =>
      r.run(command, async (ctx) =>
        opts.calibration
          ? (await import('../commands/calibration.js')).calibrationCommand(ctx, opts)
          : (await import('../commands/readiness.js')).readinessCommand(ctx, opts),
      ),
  );
}
