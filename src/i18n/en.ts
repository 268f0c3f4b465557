/**
 * The core lines of the interface, in English: errors and their hints, usage, files, the ratings
 * every report shares. Each feature keeps its own pair (FEATURE.en.ts, FEATURE.ko.ts; see
 * index.ts). ko.ts must have the same keys (the type checks it). Parameters arrive already
 * sanitised and formatted.
 */
import { count, word } from './plural.js';
type P = Readonly<Record<string, string | number>>;

export const en = {
  // errors
  'db.newer-version': (p: P) => `${p.path} was written by a newer pmp-study (schema ${p.found}; this one knows up to ${p.supported}). It was not changed.`,
  'db.newer-version.hint': () => 'Update pmp-study (git pull && npm ci), or use another file with --db.',
  'db.needs-upgrade': (p: P) => `${p.path} needs an upgrade, which a read-only open cannot do.`,
  'db.needs-upgrade.hint': () => 'Run any command without read-only access once to upgrade it.',
  'db.not-a-database': (p: P) => `${p.path} is not a pmp-study database (it is not SQLite, or it is damaged).`,
  'db.not-a-database.hint': () => 'Point --db at the right file, or move this one aside to start a new database.',
  'db.cannot-open': (p: P) => `Cannot open the database ${p.path}.`,
  'db.folder-is-file': (p: P) => `Cannot make the database ${p.path}: ${p.file} is a file, where a folder should be.`,
  'db.folder-is-file.hint': () => 'Choose another place with --db (or PMP_DB), or move that file away.',
  'db.read-only-disk': (p: P) => `The database ${p.path} is on a read-only disk or mount: answers cannot be saved there.`,
  'db.read-only-disk.hint': () => 'Copy the database to a writable folder and use --db, or remount the disk read-write.',
  'db.no-permission': (p: P) => `No permission to write the database ${p.path} (in ${p.folder}).`,
  'db.no-permission.hint': () => 'Make the file and its folder writable for you, or choose another file with --db.',
  'db.io-error': (p: P) => `Reading or writing the database ${p.path} failed (${p.code}); nothing of the last step was written.`,
  'db.io-error.hint': () => 'Check the disk (space, a removed drive, a network folder that went away), then try again; pmp doctor checks the file.',
  'output.full': () => 'Could not write the output: the disk is full.',
  'output.full.hint': () => 'Free some space, or send the output elsewhere (banks export has --out, which never leaves half a file).',
  'output.other': (p: P) => `Could not write the output (${p.code}).`,
  'output.other.hint': () => 'Check where standard output goes (a closed descriptor, a removed drive), or use --out where the command has it.',
  'db.cannot-open.hint': () => 'Check that the folder exists and that you may write there, or choose another file with --db.',
  'db.read-only': (p: P) => `The database ${p.path || '(path unknown)'} is read-only, so answers cannot be saved.`,
  'db.read-only.hint': () => 'Make the file and its folder writable, or copy it somewhere writable and use --db.',
  'db.replaced': (p: P) => `The database ${p.path} was replaced by another file (a restore?) while this session had it open. This answer was not saved.`,
  'db.replaced.hint': () => 'Start the command again: it opens the file now in place.',
  'db.in-use': (p: P) => `Another pmp-study process (a study session or an exam) has ${p.path} open; nothing was restored.`,
  'db.in-use.hint': () => 'Finish or quit that session first, then run the restore again.',
  'file.exists': (p: P) => `${p.path} already exists; nothing was written.`,
  'file.exists.hint': () => 'Add --force to replace it, or choose another name with --out.',
  'file.is-symlink': (p: P) => `${p.path} is a symbolic link; nothing was written through it.`,
  'file.is-symlink.hint': () => 'Add --force to replace the link itself with the file, or write to the real path.',
  'file.is-directory': (p: P) => `${p.path} is a folder; give a file name.`,
  'file.no-folder': (p: P) => `The folder ${p.dir} for ${p.path} does not exist.`,
  'file.no-folder.hint': () => 'Create the folder first, or choose another place with --out.',
  'file.full': (p: P) => `The disk is full: ${p.path} was not written (an existing file there is unchanged).`,
  'file.full.hint': () => 'Free some space and try again.',
  'file.not-writable': (p: P) => `No permission to write ${p.path}; nothing was written.`,
  'file.not-writable.hint': () => 'Choose a folder you may write to with --out.',
  'file.confirm-replace': (p: P) => `${p.path} exists. Replace it?`,
  'file.not-replaced': () => 'Nothing was written.',
  'db.emptied': (p: P) => `The database ${p.path} is empty (0 bytes), but backup ${p.n} holds ${p.answers} answers: ${p.backup}. Nothing was changed.`,
  'db.emptied.hint': (p: P) => `Bring it back with pmp doctor --restore ${p.n}; or, to really start over, delete the empty file first.`,
  'db.busy': (p: P) => `The database ${p.path || '(path unknown)'} stayed locked by another pmp-study process.`,
  'db.busy.hint': () => 'Finish or close the other session and try again.',
  'db.full': (p: P) => `The disk holding ${p.path || 'the database'} is full; nothing of the last step was written.`,
  'db.full.hint': () => 'Free some space and try again.',
  'db.damaged': (p: P) => `The database ${p.path || '(path unknown)'} is damaged: SQLite found broken pages in it. Nothing more was written.`,
  'db.damaged.hint': () => 'Run pmp doctor to see the damage and the newest good backup; pmp doctor --restore puts a backup in its place.',
  'db.schema-damaged': (p: P) => `The database ${p.path || '(path unknown)'} is missing part of its structure (${p.detail}). Nothing more was written.`,
  'db.schema-damaged.hint': () => 'Run pmp doctor to see what is missing; pmp doctor --fix recreates what can be recreated, or says to restore a backup.',
  'input.too-large': (p: P) => `${p.file} is ${p.size} bytes; the limit is ${p.max}.`,
  'input.too-large.hint': () => 'Split the bank into several files.',
  'input.cannot-read': (p: P) => `Cannot read ${p.file}: ${p.reason}`,
  'input.cannot-read.hint': () => 'Check the path and the permissions.',
  'input.unknown-format': (p: P) => `Cannot tell the format of ${p.file}.`,
  'input.unknown-format.hint': () => 'Name it .json, .csv, .tsv, .gift, .aiken, .xml (Moodle XML) or .xlsx, or say --format json|csv|tsv|gift|aiken|moodle-xml|xlsx.',
  'input.invalid-import': (p: P) => `Nothing was imported: ${count(p.count, 'problem')} in ${count(p.files, 'file')}:`,
  'input.invalid-import.hint': () => 'Fix the places listed above (pmp validate FILE, with the same options, checks a file without importing it; pmp convert FILE shows the bank it makes).',
  'export.csv-cannot': (p: P) => `${p.id} cannot be written as CSV without losing something: ${p.reasons}.`,
  'export.csv-cannot.hint': () => 'Export it as JSON (--format json), which keeps everything.',
  'input.invalid-bank': (p: P) => `${p.file} has ${count(p.count, 'problem')}; nothing was imported:`,
  'input.invalid-bank.hint': () => 'Fix the places listed above; docs/bank-format.md describes the format.',
  'usage.bad-integer': (p: P) => `${p.option} expects a whole number ${p.range}, not "${p.value}".`,
  'usage.bad-lang': (p: P) => `--lang expects en or ko, not "${p.value}".`,
  'usage.bad-now': (p: P) => `PMP_NOW must be an ISO date and time from 1970 to 9999, such as 2026-11-25T09:00:00Z, not "${p.value}".`,
  'usage.bad-domain': (p: P) => `--domain expects people, process or business-environment, not "${p.value}".`,
  'usage.unknown-bank': (p: P) => `No bank with id "${p.id}". Banks: ${p.known}.`,
  'usage.bad-color': (p: P) => `--color expects auto, always or never, not "${p.value}".`,
  'usage.hint': () => 'See pmp --help, or pmp COMMAND --help.',
  'install.bindings': (p: P) => `The SQLite module (better-sqlite3) is not built for this Node.js (${p.node}).`,
  'install.bindings.hint': (p: P) =>
    p.kind === 'checkout'
      ? `Run npm rebuild better-sqlite3 in ${p.root}; it needs python3, make and g++.`
      : `Rebuild it: cd ${p.root} && npm rebuild better-sqlite3 (it needs python3, make and g++), or reinstall: npm install -g SOURCE --allow-scripts=better-sqlite3, where SOURCE is what you installed from (a pmp-study-*.tgz file made with npm pack, or the package name).`,
  'install.missing-package': (p: P) => `pmp-study cannot find ${p.name}, a package it needs: its dependencies are not installed completely in ${p.root}.`,
  'install.missing-package.hint': (p: P) => (p.kind === 'checkout' ? `Run npm ci in ${p.root}.` : `Reinstall pmp-study: npm install -g SOURCE --allow-scripts=better-sqlite3, where SOURCE is what you installed from (a pmp-study-*.tgz file made with npm pack, or the package name).`),
  'error.unexpected': (p: P) => `Something went wrong inside pmp-study: ${p.message}`,
  'error.unexpected.hint': () => 'Your saved answers are safe. Please report this with the command you ran.',
  'error.prefix': () => 'error',
  'error.more-problems': (p: P) => `… +${p.n} more (--json lists them all)`,
  'error.hint-prefix': () => 'hint',
  'usage.bad-format': (p: P) => `--format expects one of ${p.known}, not "${p.value}".`,
  'usage.bank-id-one-file': () => '--bank-id names one bank: give it with one file at a time.',

  // key hints under the terminal prompts
  'keys.navigate': () => 'navigate',
  'keys.select': () => 'select',
  'keys.all': () => 'all',
  'keys.invert': () => 'invert',
  'keys.submit': () => 'submit',

  // commander's usage errors, said in our words
  'cli.unknown-option': (p: P) => `error: unknown option '${p.name}'${p.rest}`,
  'cli.unknown-command': (p: P) => `error: unknown command '${p.name}'${p.rest}`,
  'cli.missing-argument': (p: P) => `error: missing required argument '${p.name}'`,
  'cli.option-argument-missing': (p: P) => `error: option '${p.name}' argument missing`,
  'cli.too-many-arguments': () => 'error: too many arguments',
  'cli.help-after-error': () => '(run pmp --help for usage)',

  // time
  'time.now': () => 'now',

  'scheduler.updated': (p: P) => `This version of pmp-study schedules differently (no same-session repeats): the due dates of ${count(p.n, 'question')} were recomputed from your answers. A backup of the database as it was: ${p.backup}`,

  // PMI-style ratings (src/domain/exam-rating.ts), shared by readiness and exam reports
  'rating.above-target': () => 'Above Target',
  'rating.target': () => 'Target',
  'rating.below-target': () => 'Below Target',
  'rating.needs-improvement': () => 'Needs Improvement',
  'rating.assumed-cut': (p: P) => `Ratings assume a passing cut of ${p.cut} (PMI publishes none; change it with --cut): Target from ${p.target}, Above Target from ${p.above}, Below Target from ${p.below}.`,
} as const;

/** The Korean twin of a catalog must have exactly its keys. */
export type MessagesOf<C> = { readonly [K in keyof C]: (p: P) => string };
export type Messages = MessagesOf<typeof en>;
