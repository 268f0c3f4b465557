import type { CliContext } from '../context.js';

export async function classReportCommand(_ctx: CliContext, _options: Record<string, unknown>): Promise<number> {
  return 1;
}
