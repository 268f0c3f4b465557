import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { examineDatabase, repairDatabase } from '../../app/doctor.js';
import { schedulerFor } from './learner-scheduler.js';
import { refuseEmptiedDatabase } from './open.js';
import { EXIT_CODE, PmpError } from '../../errors.js';
import { backupDatabase, backupDir, backupIsHealthy, listBackups, restoreBackup, type BackupFile } from '../../storage/backups.js';
import { openDatabase, takeExclusively, writeTransaction } from '../../storage/database.js';
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
  const { t } = ctx.i18n;
  refuseEmptiedDatabase(ctx.dbPath);
  let db;
  try {
    db = openDatabase(ctx.dbPath);
  } catch (error) {
    const backups = listBackups(ctx.dbPath);
    if (error instanceof PmpError && error.category === 'database' && backups.length > 0) {
      ctx.err(wrap(t('doctor.cannot-open-restore', { n: backups.length }), ctx.width).join('\n') + '\n');
    }
    throw error;
  }
  try {
    const scheduler = schedulerFor(ctx, db);
    let report = examineDatabase(db, scheduler);
    let repaired = false;
    if (!report.healthy && options.fix && report.integrity[0] === 'ok') {
      backupDatabase(db, ctx.dbPath, 'before-repair', Date.now());
      writeTransaction(db, () => repairDatabase(db, scheduler));
      report = examineDatabase(db, scheduler);
      repaired = true;
    }
    const backups = listBackups(ctx.dbPath);
    if (options.json) {
      ctx.out(toSafeJson({ database: ctx.dbPath, ...report, repaired, backups: backups.map(asJson) }));
    } else {
      const ok = (good: boolean, text: string) => `${good ? ctx.style.good('✓') : ctx.style.bad('✗')} ${text}`;
      const integrityOk = report.integrity.length === 1 && report.integrity[0] === 'ok';
      const lines = [
        ctx.style.bold(t('doctor.title', { path: sanitizeInline(ctx.dbPath) })),
        ok(report.schema.found === report.schema.supported, t('doctor.schema', report.schema)),
        ok(integrityOk, integrityOk ? t('doctor.integrity-ok') : t('doctor.integrity-bad', { problems: report.integrity.slice(0, 5).join('; ') })),
        ok(report.stateMismatches === 0, t('doctor.replay', { n: report.questions, bad: report.stateMismatches })),
        ok(report.strayProgress === 0, t('doctor.stray', { n: report.strayProgress })),
        t('doctor.backups', { n: backups.length, dir: sanitizeInline(backupDir(ctx.dbPath)) }),
        ...backups.map((b, i) => `  ${i + 1}. ${describeBackup(ctx, b)}`),
      ];
      if (repaired) lines.push(t('doctor.repaired'));
      if (!report.healthy) lines.push(integrityOk ? t('doctor.fix-hint') : t('doctor.restore-hint'));
      ctx.out(lines.flatMap((l) => wrap(l, ctx.width, '    ')).join('\n') + '\n');
    }
    return report.healthy ? EXIT_CODE.ok : EXIT_CODE.database;
  } finally {
    db.close();
  }
}

function describeBackup(ctx: CliContext, b: BackupFile): string {
  return `${relativeTime(b.takenAt, ctx.clock.now(), ctx.i18n.lang)} · ${b.reason} · ${(b.bytes / 1024).toFixed(0)} KB · ${sanitizeInline(b.path)}`;
}

const asJson = (b: BackupFile) => ({ path: b.path, reason: b.reason, takenAt: new Date(b.takenAt).toISOString(), bytes: b.bytes });

/** Lists backups and puts the chosen one in place, after keeping a copy of what is there now. */
async function restoreCommand(ctx: CliContext, options: DoctorOptions): Promise<number> {
  const { t } = ctx.i18n;
  const backups = listBackups(ctx.dbPath);
  if (backups.length === 0) throw new PmpError('doctor.no-backups', 'usage', { dir: backupDir(ctx.dbPath) });
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
    ctx.out([t('doctor.backups', { n: backups.length, dir: backupDir(ctx.dbPath) }), ...backups.map((b, i) => `  ${i + 1}. ${describeBackup(ctx, b)}`)].join('\n') + '\n');
    throw new PmpError('doctor.choose-which', 'usage', {});
  }
  if (!backupIsHealthy(chosen.path)) throw new PmpError('doctor.backup-damaged', 'database', { path: chosen.path });
  if (!options.yes) {
    if (!ctx.interactive) throw new PmpError('doctor.restore-needs-yes', 'usage', {});
    const { confirm } = await import('@inquirer/prompts');
    const sure = await confirm({ message: t('doctor.confirm-restore', { when: describeBackup(ctx, chosen) }), default: false }).catch(() => false);
    if (!sure) {
      ctx.out(t('doctor.not-restored') + '\n');
      return EXIT_CODE.ok;
    }
  }
  // Hold the database alone while it is swapped: no other session may be writing to the old file.
  const held = existsSync(ctx.dbPath) ? takeExclusively(ctx.dbPath) : undefined;
  try {
    // Keep what is there now: a checked backup if it still reads, else a plain copy of the damaged file
    // in the backups folder (under a name that says so).
    if (existsSync(ctx.dbPath)) {
      try {
        if (!held) throw new Error('not readable');
        backupDatabase(held, ctx.dbPath, 'before-restore', Date.now());
      } catch {
        const dir = backupDir(ctx.dbPath);
        mkdirSync(dir, { recursive: true });
        copyFileSync(ctx.dbPath, join(dir, `${basename(ctx.dbPath)}.damaged-${Date.now()}`));
      }
    }
    restoreBackup(chosen.path, ctx.dbPath);
  } finally {
    held?.close();
  }
  openDatabase(ctx.dbPath).close(); // upgrades an older backup's schema, and proves it opens
  ctx.out(wrap(t('doctor.restored', { when: describeBackup(ctx, chosen) }), ctx.width).join('\n') + '\n');
  return EXIT_CODE.ok;
}
