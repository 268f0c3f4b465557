/**
 * The help of the bank and data commands in English (banks, import, validate, coverage, convert,
 * config, doctor, rebuild, completion). Same form as help.en.ts.
 */
export const helpBanksEn = {
  // how import, validate, coverage and convert read files
  'read.--format': 'force the format: json, csv, tsv, aiken, gift, moodle-xml or xlsx (default: from the file name and content)',
  'read.--sheet': 'the sheet of an .xlsx workbook that holds the questions: its name, or its number from 1 (default: the first)',
  'read.--map': 'a JSONata mapping that turns JSON of another shape, or CSV/TSV rows (objects keyed by header), into our bank format ($file is the file name)',
  'read.--bank-id': 'id of the bank (formats without one; default: from the file name)',
  'read.--title': 'title of the bank (formats without one; default: the file name)',
  'read.--text-lang': 'language of text that does not name one (CSV base columns, Aiken, GIFT)',
  'read.--keep-order': 'keep every option in file order: no option is shuffled when studying',
  'read.--verbose': 'say on stderr how long each file took to read (and map), with its format and question count',

  // banks
  banks: 'the question banks in your database: list, show, remove, export, stats',
  'banks.summary': 'list, show, remove, export and analyse banks',
  'banks.<id>': 'bank id (see pmp banks list)',
  'banks.list': 'list banks with their question counts',
  'banks.list.--json': 'print the list as JSON',
  'banks.show': 'one bank in detail: version, outline, languages, counts by type and domain, source, license',
  'banks.show.--json': 'print the details as JSON',
  'banks.remove': 'stop studying a bank: its questions are retired, your history stays (importing it again brings them back)',
  'banks.remove.--yes': 'do not ask for confirmation',
  'banks.stats': 'item analysis for trainers: per question, answers, share right at first sight, discrimination, options chosen, median time, leeches',
  'banks.stats.--learners': "other learners' database files to include (opened read-only)",
  'banks.stats.--json': 'print the analysis as JSON',
  'banks.export': 'write a bank out as a file (importing that file again gives "unchanged")',
  'banks.export.--format': 'json (pmp-bank/1, everything) or csv (questions a spreadsheet can hold)',
  'banks.export.--out': 'write to this file instead of stdout (written whole, then renamed into place)',
  'banks.export.--force': 'replace an existing file (or a symbolic link: the link, not what it points to)',

  // import
  import: 'bring in question banks: our JSON, CSV/TSV, Excel .xlsx, Moodle XML, Aiken or GIFT, or any JSON through a JSONata mapping',
  'import.summary': 'bring in banks: JSON, CSV/TSV, Aiken, GIFT',
  'import.<file...>': 'bank files; the format is detected from the name and content',
  'import.--dry-run': 'show what would change, write nothing',
  'import.--strict': 'refuse a file instead of warning: two questions with the same prompt, or questions that cannot be studied (Moodle essay, short-answer, cloze …) — without it, repeats are named and such questions skipped',
  'import.--json': 'print the report as JSON (when the import fails: every problem with file, line and column)',
  'import.notes':
    'An import is one transaction: all files apply, or none. Importing a bank again keeps progress: reworded questions keep it, a changed answer key starts that question over, questions gone from the file are retired (history kept). Formats: docs/bank-format.md, docs/formats/*.md.',

  // validate
  validate: 'check bank files — format, references, duplicates, lengths, coverage — without writing anything',
  'validate.summary': 'check bank files without writing anything',
  'validate.<file...>': 'bank files in any format import reads, read as import reads them',
  'validate.--strict': 'warnings count as errors, and every teaching field is required (our own banks use this)',
  'validate.--min-per-task': 'require at least n questions for every task of the outline, across the files',
  'validate.--max-key-longest': 'cue check: how often the key may be the longest option, per bank and language (default 30)',
  'validate.--max-key-shortest': 'cue check: how often the key may be the shortest option (default 30)',
  'validate.--json': 'print the problems as JSON',
  'validate.notes':
    'Exit code 3 when any file has an error; problems name the file, line, column, JSON path and question id.\n' +
    'Cue checks (warnings; errors with --strict): the key is the longest (or the shortest) option too often; absolute words (always, never, only, all; 반드시, 절대 …) on wrong options but not on the key; an option that refers to others ("Both A and B", "All of the above") unless fixed in place. Two options with the same text are an error.',

  // coverage
  coverage: 'questions per exam domain, task, item type and approach — for bank files, or your database',
  'coverage.summary': 'questions per domain, task, type and approach',
  'coverage.[file...]': 'bank files in any format import reads; without them, the banks in your database',
  'coverage.--bank': 'only these banks of the database',
  'coverage.--json': 'print the counts as JSON',

  // convert
  convert: 'write the bank (pmp-bank/1 JSON) that a file in any format, or a mapping, produces — read as import reads it',
  'convert.summary': 'turn a file in any format into our bank JSON',
  'convert.<file>': 'a bank file: JSON, CSV/TSV, .xlsx, Moodle XML, Aiken, GIFT, or JSON of another shape with --map',
  'convert.--out': 'write to this file instead of stdout (written whole, then renamed into place)',
  'convert.--force': 'replace an existing file',
  'convert.--json': 'when the file cannot be read, print every problem as JSON on stdout (as import --json); with --out, a JSON summary',
  'convert.notes': 'Exit code 3 with every problem and its place when the file cannot be read, as pmp import.',

  // doctor, rebuild
  doctor: 'is my data healthy? integrity, memory states against the log, stray progress, schema, backups',
  'doctor.summary': 'is my data healthy? checks, fixes, restore',
  'doctor.--fix': 'rebuild memory states from the log and set stray progress aside (after a backup)',
  'doctor.--restore': 'list backups, or put one in place of the database (number, 1 = newest, or path)',
  'doctor.--yes': 'do not ask for confirmation',
  'doctor.--json': 'print the report as JSON',
  'doctor.notes':
    'Backups are taken automatically before every schema upgrade and every import that changes a database with answers, in a "backups" folder beside the database; the newest 5 are kept.',
  rebuild: "rebuild every question's memory state by replaying the review log",
  'rebuild.summary': 'replay the review log into memory states',
  'rebuild.--check': 'only compare; exit 1 if any cached state differs from the log',
  'rebuild.--json': 'print the result as JSON',

  // config
  config: 'see and change what pmp-study remembers: exam date, new questions a day, review cap, study plan, adopted FSRS parameters',
  'config.summary': 'see and change what pmp-study remembers',
  'config.list': 'every setting with its value (or what applies when it is not set)',
  'config.list.--json': 'print the settings as JSON',
  'config.get': "one setting's value (nothing on stdout when it is not set)",
  'config.get.<key>': 'setting name, e.g. exam-date',
  'config.get.--json': 'print the setting as JSON',
  'config.set': 'change a setting (checked first: a bad value changes nothing, exit 2)',
  'config.set.<key>': 'setting name, e.g. max-reviews',
  'config.set.<value>': 'the new value',
  'config.set.--json': 'print the setting before and after as JSON',
  'config.unset': 'remove a setting: what applies without it takes over',
  'config.unset.<key>': 'setting name, e.g. new-per-day',
  'config.unset.--json': 'print the setting before and after as JSON',
  'config.ex.no-cap': 'no cap',
  'config.ex.stop-plan': 'pmp study stops following the plan',
  'config.notes':
    'Settings (kebab-case names; the value types and checks are those of the options that set them elsewhere):\n' +
    '  exam-date  YYYY-MM-DD, today or later — pmp readiness and pmp plan use it (--exam-date)\n' +
    '  new-per-day  whole number 0–10000 — new questions a day in pmp study (--new); overrides the plan\n' +
    '  max-reviews  whole number 0–100000, 0 = no cap — reviews a day in pmp study (--max-reviews)\n' +
    '  study-plan  made by pmp plan; shown, and unset stops pmp study following it\n' +
    '  fsrs-parameters  read-only: adopted by pmp optimize (pmp optimize --reset goes back to the defaults)\n' +
    'Setting exam-date moves a stored plan to the new date; unsetting it removes the plan too. A bad value is a usage error (exit 2) and nothing is written.',

  // completion
  completion: 'print a shell completion script for bash, zsh or fish (commands, subcommands, options)',
  'completion.summary': 'shell completion for bash, zsh or fish',
  'completion.<shell>': 'the shell to complete in',
  'completion.notes':
    'Install it once (then open a new shell):\n' +
    '  bash  pmp completion bash > ~/.local/share/bash-completion/completions/pmp\n' +
    '  zsh  pmp completion zsh > "${fpath[1]}/_pmp"   (or: source <(pmp completion zsh) in ~/.zshrc, after compinit)\n' +
    '  fish  pmp completion fish > ~/.config/fish/completions/pmp.fish\n' +
    'Descriptions are in the language of the shell that printed the script (--lang ko for Korean).',
} as const;
