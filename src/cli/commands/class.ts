/** `pmp class init|invite|assign|remove|learners|join`: thin over src/app/class/ (`pmp sync` is in sync.ts). */
import { readFileSync } from 'node:fs';
import { assignBank, classLearners, initClass, inviteLearner, removeClassLearner } from '../../app/class/trainer.js';
import { joinClass } from '../../app/class/sync.js';
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
