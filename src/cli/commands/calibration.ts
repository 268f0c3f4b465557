import type { CliContext } from '../context.js';

export async function calibrationCommand(_ctx: CliContext, _opts: Record<string, unknown>): Promise<number> {
  throw new Error('pmp readiness --calibration: not yet built');
}
