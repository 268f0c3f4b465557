/**
 * `pmp sync` and `pmp study --sync`: thin over src/app/class/sync.ts. A module of its own, apart from
 * the trainer's commands, so that a day's sync loads no bank reader.
 */
import { syncLearner, syncWithClass, type SyncResult } from '../../app/class/sync.js';
import type { CliContext } from '../context.js';
import { sanitizeInline } from '../terminal/sanitize.js';
import { toSafeJson } from '../terminal/safe-json.js';
import { withSyncDatabase } from '../../app/sync-database.js';
import { openOptions } from './database-hooks.js';

export async function syncCommand(ctx: CliContext, options: { readonly json?: boolean }): Promise<number> {
  const syncOptions = syncOptionsFrom(ctx);
  syncOptions.onStep?.('command loaded');
  const result = await syncLearner(ctx.dbPath, ctx.clock, (work) => withSyncDatabase(ctx.dbPath, openOptions(ctx), work), syncOptions);
  if (options.json) ctx.out(toSafeJson(result));
  else printSync(ctx, result);
  return 0;
}

/**
 * Testing aids for the kill-during-sync test (documented in README): PMP_SYNC_BATCH sets answers per
 * round trip; PMP_SYNC_TRACE=1 writes "sync: N sent" to stderr as each batch is committed on the
 * server and then holds still for PMP_SYNC_PAUSE_MS (default 0), so a test's kill lands in the window
 * between the server's commit and the local mark even on a busy machine; the trace also times each
 * step with the process's CPU time so far ("sync: connected at 212 ms, cpu 150 ms"), to see where a
 * sync's time goes (CPU time says it on a machine busy with other work, where waits stretch).
 */
export function syncOptionsFrom(ctx: CliContext): { batch?: number; onBatch?: (sent: number) => void; onStep?: (step: string) => void } {
  const batch = Number(ctx.runtime.env.PMP_SYNC_BATCH);
  const pauseMs = Number(ctx.runtime.env.PMP_SYNC_PAUSE_MS ?? 0);
  const trace = (sent: number) => {
    ctx.err(`sync: ${sent} sent\n`);
    if (Number.isFinite(pauseMs) && pauseMs > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, pauseMs);
  };
  return {
    ...(Number.isInteger(batch) && batch > 0 ? { batch } : {}),
    // With the trace, each step also says when it ended, in ms since the process started.
    ...(ctx.runtime.env.PMP_SYNC_TRACE === '1' ? { onBatch: trace, onStep: (step: string) => ctx.err(`sync: ${step} at ${performance.now().toFixed(0)} ms, cpu ${cpuMs()} ms\n`) } : {}),
  };
}

export function printSync(ctx: CliContext, r: SyncResult): void {
  ctx.err(ctx.i18n.t('sync.done', { server: r.server, sent: r.answersSent, fresh: r.answersNew, states: r.statesSent, exams: r.examsNew }) + '\n');
  if (r.banksImported.length > 0) ctx.err(ctx.i18n.t('sync.banks', { banks: r.banksImported.map((b) => sanitizeInline(b)).join(', ') }) + '\n');
}

/**
 * `pmp study --sync`: the session is saved whatever happens here, so a sync that fails is a warning
 * on stderr (the exit code stays 0); `pmp sync` alone reports it with exit 6.
 */
export async function syncAfterStudy(ctx: CliContext, db: Parameters<typeof syncWithClass>[0]): Promise<void> {
  try {
    printSync(ctx, await syncWithClass(db, ctx.dbPath, ctx.clock, syncOptionsFrom(ctx)));
  } catch (error) {
    ctx.err(ctx.i18n.t('sync.failed-after-study') + '\n');
    const { reportError } = await import('../report-error.js');
    reportError(error, ctx.i18n, ctx.style, ctx.err);
  }
}

/** CPU time of this process so far (user and system, all its threads), in ms. */
function cpuMs(): string {
  const { user, system } = process.cpuUsage();
  return ((user + system) / 1000).toFixed(0);
}
