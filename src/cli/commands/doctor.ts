import { checkLearnerDatabase, type BackupFile, type SchemaDifference } from '../../app/check-database.js';
import { isIntact } from '../../app/doctor.js';
import { availableBackups, backupFolder, requireHealthyBackup, restoreFromBackup } from '../../app/restore-backup.js';
import { schedulerFor } from './learner-scheduler.js';
import { EXIT_CODE, PmpError } from '../../errors.js';
import { toSafeJson } from '../terminal/safe-json.js';
import type { CliContext } from '../context.js';
import { relativeTime } from '../render/time.js';
import { sanitizeInline } from '../terminal/sanitize.js';
import { wrap } from '../terminal/wrap.js';

export interface DoctorOptions {
  readonly fix?: boolean;
  readonly restore?: string | boolean;
  readonly yes?: boolean;
  readonly json?: boolean;
}

export async function doctorCommand(ctx: CliContext, options: DoctorOptions): Promise<number> {
  if (options.restore !== undefined && options.restore !== false) return restoreCommand(ctx, options);
  return checkCommand(ctx, options);
}

function checkCommand(ctx: CliContext, options: DoctorOptions): number {
  const { t } = ctx.i18n;
  const { report, repaired, plan, fixFailed, backups, good } = checkLearnerDatabase(ctx.dbPath, {
    fix: options.fix === true,
    scheduler: (db) => schedulerFor(ctx, db),
    onCannotOpen: (n, good) => {
      const lines = [t('doctor.cannot-open-restore', { n })];
      lines.push(good ? t('doctor.newest-good-backup', { n: good.n, when: describeBackup(ctx, good.backup) }) : t('doctor.no-good-backup'));
      ctx.err(lines.flatMap((l) => wrap(l, ctx.width)).join('\n') + '\n');
    },
  });
  const name = (d: SchemaDifference) => `${d.type} ${d.name}`;
  if (options.json) {
    ctx.out(
      toSafeJson({
        database: ctx.dbPath,
        ...report,
        repaired,
        // What --fix recreates, creates empty, or leaves to a restore (done: it was run and committed).
        ...(plan ? { schemaRepair: { recreate: plan.recreate.map(name), createEmpty: plan.createEmpty.map(name), needsRestore: plan.unfixable.map(name), done: repaired } } : {}),
        ...(fixFailed ? { fixFailed } : {}),
        newestGoodBackup: good ? { n: good.n, ...asJson(good.backup) } : null,
        backups: backups.map(asJson),
      }),
    );
  } else {
    const ok = (good: boolean, text: string) => `${good ? ctx.style.good('✓') : ctx.style.bad('✗')} ${text}`;
    const integrityOk = isIntact(report);
    const diffs = report.objects.differences;
    const listed = diffs.map((d) => t(`doctor.schema-${d.problem}`, { type: d.type, name: d.name })).join('; ');
    const checked = report.stateMismatches !== null && report.strayProgress !== null;
    const lines = [
      ctx.style.bold(t('doctor.title', { path: sanitizeInline(ctx.dbPath) })),
      ok(report.schema.found === report.schema.supported, t('doctor.schema', report.schema)),
      ok(diffs.length === 0, diffs.length === 0 ? t('doctor.schema-objects-ok', { n: report.objects.expected }) : t('doctor.schema-objects-bad', { list: listed })),
      ok(integrityOk, integrityOk ? t('doctor.integrity-ok') : t('doctor.integrity-bad', { problems: firstProblems(report.integrity) })),
      ...(checked
        ? [
            ok(report.stateMismatches === 0, t('doctor.replay', { n: report.questions ?? 0, bad: report.stateMismatches ?? 0 })),
            ok(report.strayProgress === 0, t('doctor.stray', { n: report.strayProgress ?? 0 })),
          ]
        : [ok(false, t('doctor.not-checked'))]),
      t('doctor.backups', { n: backups.length, dir: sanitizeInline(backupFolder(ctx.dbPath)) }),
      ...backups.map((b, i) => `  ${i + 1}. ${describeBackup(ctx, b)}`),
    ];
    if (plan && repaired) {
      if (plan.recreate.length > 0) lines.push(t('doctor.schema-fixed', { list: plan.recreate.map(name).join(', ') }));
      if (plan.createEmpty.length > 0) lines.push(t('doctor.schema-fixed-empty', { list: plan.createEmpty.map(name).join(', ') }));
      if (plan.recreate.length + plan.createEmpty.length === 0) lines.push(t('doctor.repaired'));
    }
    if (fixFailed) lines.push(t('doctor.fix-failed', { reason: sanitizeInline(fixFailed) }));
    if (plan && plan.unfixable.length > 0 && isIntact(report)) lines.push(t('doctor.schema-unfixable', { list: plan.unfixable.map(name).join(', ') }));
    else if (!report.healthy && !fixFailed) {
      const onlyRestore = !integrityOk;
      lines.push(onlyRestore ? t('doctor.restore-hint') : diffs.length > 0 ? t('doctor.schema-fix-hint') : t('doctor.fix-hint'));
    }
    if (!integrityOk || (plan && plan.unfixable.length > 0)) lines.push(good ? t('doctor.newest-good-backup', { n: good.n, when: describeBackup(ctx, good.backup) }) : t('doctor.no-good-backup'));
    ctx.out(lines.flatMap((l) => wrap(l, ctx.width, '    ')).join('\n') + '\n');
  }
  return report.healthy ? EXIT_CODE.ok : EXIT_CODE.database;
}

/** The first few of SQLite's findings, one line each, and how many more (all are in --json). */
function firstProblems(integrity: readonly string[]): string {
  const lines = integrity.flatMap((p) => p.split('\n')).filter((l) => l.trim() !== '' && !/^\*\*\* in database/.test(l));
  return sanitizeInline([...lines.slice(0, 5), ...(lines.length > 5 ? [`… +${lines.length - 5}`] : [])].join('; '));
}

function describeBackup(ctx: CliContext, b: BackupFile): string {
  return `${relativeTime(b.takenAt, ctx.clock.now(), ctx.i18n.lang)} · ${b.reason} · ${(b.bytes / 1024).toFixed(0)} KB · ${sanitizeInline(b.path)}`;
}

const asJson = (b: BackupFile) => ({ path: b.path, reason: b.reason, takenAt: new Date(b.takenAt).toISOString(), bytes: b.bytes });

/** Lists backups and puts the chosen one in place, after keeping a copy of what is there now. */
async function restoreCommand(ctx: CliContext, options: DoctorOptions): Promise<number> {
  const { t } = ctx.i18n;
  const backups = availableBackups(ctx.dbPath);
  if (backups.length === 0) throw new PmpError('doctor.no-backups', 'usage', { dir: backupFolder(ctx.dbPath) });
  let chosen: BackupFile | undefined;
  if (typeof options.restore === 'string') {
    const n = Number(options.restore);
    chosen = Number.isInteger(n) && n >= 1 ? backups[n - 1] : backups.find((b) => b.path === options.restore || b.path.endsWith(String(options.restore)));
    if (!chosen) throw new PmpError('doctor.unknown-backup', 'usage', { which: String(options.restore), n: backups.length });
  } else if (ctx.interactive) {
    const { select } = await import('@inquirer/prompts');
    chosen = await select({ message: t('doctor.choose-backup'), choices: backups.map((b) => ({ value: b, name: describeBackup(ctx, b) })) }).catch(() => undefined);
    if (!chosen) return EXIT_CODE.ok;
  } else {
    ctx.out([t('doctor.backups', { n: backups.length, dir: backupFolder(ctx.dbPath) }), ...backups.map((b, i) => `  ${i + 1}. ${describeBackup(ctx, b)}`)].join('\n') + '\n');
    throw new PmpError('doctor.choose-which', 'usage', {});
  }
  requireHealthyBackup(chosen.path);
  if (!options.yes) {
    if (!ctx.interactive) throw new PmpError('doctor.restore-needs-yes', 'usage', {});
    const { confirm } = await import('@inquirer/prompts');
    const sure = await confirm({ message: t('doctor.confirm-restore', { when: describeBackup(ctx, chosen) }), default: false }).catch(() => false);
    if (!sure) {
      ctx.out(t('doctor.not-restored') + '\n');
      return EXIT_CODE.ok;
    }
  }
  restoreFromBackup(chosen.path, ctx.dbPath, Date.now());
  ctx.out(wrap(t('doctor.restored', { when: describeBackup(ctx, chosen) }), ctx.width).join('\n') + '\n');
  return EXIT_CODE.ok;
}
