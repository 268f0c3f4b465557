/** `pmp class init|invite|assign|remove|learners|join` and `pmp sync`: thin over src/app/class/. */
import { readFileSync } from 'node:fs';
import { assignBank, classLearners, initClass, inviteLearner, removeClassLearner } from '../../app/class/trainer.js';
import { joinClass, syncWithClass, type SyncResult } from '../../app/class/sync.js';
import { PmpError } from '../../errors.js';
import { ensureParentDir, type CliContext } from '../context.js';
import { sanitizeInline } from '../terminal/sanitize.js';
import { toSafeJson } from '../terminal/safe-json.js';
import { withDatabase } from './open.js';

export async function classInitCommand(ctx: CliContext, options: { readonly url?: string }): Promise<number> {
  const url = options.url ?? ctx.runtime.env.PMP_CLASS_URL;
  if (!url) throw new PmpError('class.no-url', 'usage');
  ensureParentDir(ctx.dbPath);
  const r = await initClass(ctx.dbPath, url);
  ctx.err(ctx.i18n.t(r.from === r.to ? 'class.init.same' : 'class.init.done', { server: r.server, from: r.from, to: r.to }) + '\n');
  ctx.err(ctx.i18n.t('class.init.kept', { file: r.credentialsFile }) + '\n');
  return 0;
}

export async function classInviteCommand(ctx: CliContext, name: string, options: { readonly json?: boolean }): Promise<number> {
  const invitation = await inviteLearner(ctx.dbPath, name);
  if (options.json) {
    ctx.out(toSafeJson(invitation));
    return 0;
  }
  // The code is the data (stdout, once); the words around it go to stderr.
  ctx.err(ctx.i18n.t('class.invite.done', { name }) + '\n');
  ctx.out(invitation.joinCode + '\n');
  return 0;
}

export async function classAssignCommand(ctx: CliContext, file: string): Promise<number> {
  const r = await assignBank(ctx.dbPath, file);
  ctx.err(ctx.i18n.t(r.changed ? 'class.assign.done' : 'class.assign.same', { bank: sanitizeInline(r.bankId), questions: r.questions }) + '\n');
  return 0;
}

export async function classRemoveCommand(ctx: CliContext, name: string): Promise<number> {
  const r = await removeClassLearner(ctx.dbPath, name);
  ctx.err(ctx.i18n.t('class.remove.done', { name, answers: r.answers }) + '\n');
  return 0;
}

export async function classLearnersCommand(ctx: CliContext, options: { readonly json?: boolean }): Promise<number> {
  const learners = await classLearners(ctx.dbPath);
  if (options.json) ctx.out(toSafeJson({ learners }));
  else if (learners.length === 0) ctx.err(ctx.i18n.t('class.learners.none') + '\n');
  else ctx.out(learners.map((l) => `${l.name}\t${l.role}`).join('\n') + '\n');
  return 0;
}

export async function classJoinCommand(ctx: CliContext, code: string): Promise<number> {
  const text = code === '-' ? readFileSync(0, 'utf8') : code;
  ensureParentDir(ctx.dbPath);
  const r = await joinClass(ctx.dbPath, text);
  ctx.err(ctx.i18n.t('class.join.done', { server: r.server, file: r.credentialsFile }) + '\n');
  ctx.err(ctx.i18n.t('class.join.next') + '\n');
  return 0;
}

export async function syncCommand(ctx: CliContext, options: { readonly json?: boolean }): Promise<number> {
  const result = await withDatabase(ctx, (db) => syncWithClass(db, ctx.dbPath, ctx.clock, syncOptionsFrom(ctx)));
  if (options.json) ctx.out(toSafeJson(result));
  else printSync(ctx, result);
  return 0;
}

/**
 * Testing aids for the kill-during-sync test (documented in README): PMP_SYNC_BATCH sets answers per
 * round trip; PMP_SYNC_TRACE=1 writes "sync: N sent" to stderr as each batch is committed on the
 * server and then holds still for PMP_SYNC_PAUSE_MS (default 0), so a test's kill lands in the window
 * between the server's commit and the local mark even on a busy machine.
 */
export function syncOptionsFrom(ctx: CliContext): { batch?: number; onBatch?: (sent: number) => void } {
  const batch = Number(ctx.runtime.env.PMP_SYNC_BATCH);
  const pauseMs = Number(ctx.runtime.env.PMP_SYNC_PAUSE_MS ?? 0);
  const trace = (sent: number) => {
    ctx.err(`sync: ${sent} sent\n`);
    if (Number.isFinite(pauseMs) && pauseMs > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, pauseMs);
  };
  return {
    ...(Number.isInteger(batch) && batch > 0 ? { batch } : {}),
    ...(ctx.runtime.env.PMP_SYNC_TRACE === '1' ? { onBatch: trace } : {}),
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
