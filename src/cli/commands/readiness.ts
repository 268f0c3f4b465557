import type { CliContext } from '../context.js';

export async function readinessCommand(_ctx: CliContext, _opts: Record<string, unknown>): Promise<number> {
  throw new Error('pmp readiness: not yet built');
}
