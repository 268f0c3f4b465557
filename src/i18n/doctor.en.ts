/** pmp doctor (check, --fix, --restore) and pmp rebuild, in English. */
import { count, word } from './plural.js';
type P = Readonly<Record<string, string | number>>;

export const doctorEn = {
  // rebuild
  'rebuild.done': (p: P) => `Replayed the review log for ${p.n} questions: ${p.fixed} cached memory states differed and were rebuilt.`,
  'rebuild.checked': (p: P) => `Replayed the review log for ${p.n} questions: ${p.fixed} cached memory states differ from the log.`,

  // import
  // doctor
  'doctor.title': (p: P) => `Checking ${p.path}`,
  'doctor.schema': (p: P) => `schema version ${p.found} (this pmp-study: ${p.supported})`,
  'doctor.integrity-ok': () => 'the file is intact (SQLite integrity check)',
  'doctor.integrity-bad': (p: P) => `the file is damaged: ${p.problems}`,
  'doctor.replay': (p: P) => `memory states of ${p.n} questions match a replay of the review log (${p.bad} differ)`,
  'doctor.stray': (p: P) => `${p.n} progress rows left active for questions no longer studied`,
  'doctor.backups': (p: P) => `${count(p.n, 'backup')} in ${p.dir}`,
  'doctor.repaired': () => 'Repaired: memory states rebuilt from the log, stray progress rows set aside (a backup was taken first).',
  'doctor.fix-hint': () => 'Run pmp doctor --fix to rebuild what the log can rebuild (a backup is taken first).',
  'doctor.restore-hint': () => 'The file is damaged: run pmp doctor --restore to put a backup in its place.',
  'doctor.schema-objects-ok': (p: P) => `${p.n} tables, indexes and triggers, each as the migrations make it`,
  'doctor.schema-objects-bad': (p: P) => `the schema differs from what the migrations make: ${p.list}`,
  'doctor.schema-missing': (p: P) => `${p.type} ${p.name} is missing`,
  'doctor.schema-altered': (p: P) => `${p.type} ${p.name} is altered`,
  'doctor.schema-unexpected': (p: P) => `${p.type} ${p.name} is not one pmp-study makes`,
  'doctor.not-checked': () => 'memory states and progress rows not checked: the file is damaged or tables are missing',
  'doctor.schema-fixed': (p: P) => `Recreated as the migrations make them (a backup was taken first): ${p.list}.`,
  'doctor.schema-fixed-empty': (p: P) => `Created empty, since nothing points at rows they could have held: ${p.list}.`,
  'doctor.schema-unfixable': (p: P) => `Cannot be recreated without losing data: ${p.list}. Run pmp doctor --restore to put a backup in place.`,
  'doctor.schema-fix-hint': () => 'Run pmp doctor --fix to recreate what is missing or altered (a backup is taken first).',
  'doctor.fix-failed': (p: P) => `Nothing was changed: ${p.reason}. Run pmp doctor --restore to put a backup in place.`,
  'doctor.newest-good-backup': (p: P) => `The newest good backup is ${p.n} (${p.when}): pmp doctor --restore ${p.n} puts it in place.`,
  'doctor.no-good-backup': () => 'There is no good backup to restore.',
  'doctor.cannot-open-restore': (p: P) => `${word(p.n, 'There is', 'There are')} ${count(p.n, 'backup')}: pmp doctor --restore lists them and puts one in place.`,
  'doctor.no-backups': (p: P) => `No backups in ${p.dir}.`,
  'doctor.unknown-backup': (p: P) => `No backup "${p.which}"; give a number from 1 to ${p.n} (1 is the newest) or a path.`,
  'doctor.choose-which': () => 'Say which backup to restore: pmp doctor --restore N --yes (1 is the newest).',
  'doctor.choose-backup': () => 'Which backup?',
  'doctor.backup-damaged': (p: P) => `The backup ${p.path} is damaged itself; choose another.`,
  'doctor.restore-needs-yes': () => 'Restoring replaces your database: run it in a terminal to confirm, or add --yes.',
  'doctor.confirm-restore': (p: P) => `Replace your database with the backup from ${p.when}? (Your current file is kept as a backup.)`,
  'doctor.not-restored': () => 'Nothing was restored.',
  'doctor.restored': (p: P) => `Restored the backup from ${p.when}. The file as it was is kept among the backups.`,
} as const;
