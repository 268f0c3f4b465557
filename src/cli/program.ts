/**
 * The command line: commander wiring only. Each command's code is imported when that command
 * runs, so `pmp --help` loads neither SQLite nor the prompts.
 */
import { Command, Option } from 'commander';
import { createContext, type GlobalOptions } from './context.js';
import type { Runtime } from './runtime.js';
import type { Translator } from '../i18n/index.js';
import { sanitizeInline } from './terminal/sanitize.js';
import { loadDisplayWidth } from './terminal/wrap.js';
import { addReadOptions, examples, type Run } from './register/shared.js';
import { registerReadiness } from './register/readiness.js';
import { registerPlan } from './register/plan.js';
import { registerOptimize } from './register/optimize.js';
import { registerExam } from './register/exam.js';
import { registerConfig } from './register/config.js';



export function buildProgram(runtime: Runtime, version: string, setExitCode: (code: number) => void, i18n: Translator): Command {
  const program = new Command('pmp');
  // Set before any subcommand is added: commander copies these settings into each one.
  program.exitOverride();
  program.configureOutput({
    writeOut: (s) => void runtime.stdout.write(s),
    writeErr: (s) => void runtime.stderr.write(s),
    outputError: (s, write) => write(translateUsageError(s, i18n)),
  });
  const run: Run = async (command, work) => {
    const ctx = createContext(command.optsWithGlobals<GlobalOptions>(), runtime);
    // Study loads it itself once its first question is on screen.
    if (command.name() !== 'study') await loadDisplayWidth();
    setExitCode(await work(ctx));
  };

  program
    .description('Study for the PMP exam in the terminal: spaced repetition (FSRS-6), English and Korean questions.')
    .version(version, '-V, --version')
    .addOption(new Option('--db <path>', 'database file (default: pmp.db in your data folder)').env('PMP_DB'))
    .addOption(new Option('--lang <code>', 'interface language: en or ko (default: PMP_LANG, then your locale)'))
    .addOption(new Option('--color <when>', 'colour: auto, always or never (FORCE_COLOR and NO_COLOR are honoured)').default('auto'))
    .showHelpAfterError(i18n.t('cli.help-after-error'))
    .addHelpText(
      'after',
      examples(['pmp study', 'pmp study --lang ko --new 10', 'pmp stats', 'pmp banks list --json', 'printf "B\\nq\\n" | pmp study --db /tmp/try.db']) +
        '\nEnvironment: PMP_DB (database file), PMP_LANG (en|ko; else LC_ALL, LC_MESSAGES, LANG, else the system locale), FORCE_COLOR (0 off; 1, 2, 3 on), NO_COLOR, PMP_NOW (ISO time; stops the clock — a testing aid).\n' +
        'Exit codes: 0 ok, 1 failure, 2 usage error, 3 invalid input file, 4 database unusable, 5 installation problem.\n',
    );

  program
    .command('study')
    .description('a spaced-repetition session: due reviews first (most overdue first), then new questions')
    .option('--new <n>', 'new questions per day (default: pmp config new-per-day, else your plan\'s number — see pmp plan — else 20)')
    .option('--limit <n>', 'stop after this many answers')
    .option('--bank <id...>', 'only these banks')
    .option('--domain <domain>', 'only one ECO domain: people, process or business-environment')
    .option('--task <n>', 'only one ECO task number (use with --domain)')
    .option('--tag <tag>', 'only questions with this tag')
    .option('--seed <n>', 'seed for shuffling options (reproducible sessions; PMP_SEED too)')
    .option('--cram', 'practise the chosen slice as often as you like without changing any schedule (answers logged as practice)')
    .option('--weak', 'study the 3 ECO tasks losing you the most exam questions (from pmp readiness; says which and why)')
    .option('--wrong-last-time', 'only questions you got wrong the last time')
    .option('--flagged', 'only questions you flagged')
    .option('--trap <id>', 'only questions with a wrong option of this trap (see pmp stats --traps)')
    .option('--max-reviews <n>', 'cap reviews per day, most overdue first (remembered; 0 removes the cap)')
    .option('--leech-lapses <n>', 'wrong answers after which a question counts as a leech (default 6)')
    .option('--no-confidence', 'do not ask how sure you were (terminal mode)')
    .option('--plain', 'line-based mode even in a terminal (screen readers, scripts)')
    .addHelpText(
      'after',
      examples([
        'pmp study',
        'pmp study --domain process --task 8',
        'pmp study --bank pmp-starter --limit 10',
        'pmp study --cram --domain process --task 8     # practise, schedule untouched',
        'pmp study --cram --wrong-last-time',
        'pmp study --weak',
        'pmp study --trap escalates-first',
        'pmp study --max-reviews 100',
        'printf "B\\nA,C\\nq\\n" | pmp study --db /tmp/x.db',
      ]) +
        '\nPlain mode (stdin not a terminal): one answer per line — B | A,C | CABD | 1-b 2-a 3-c | 41.5;\n' +
        'add " ?" if unsure (rated Hard) or " ??" if guessed (rated Again); u undoes the last answer or mark;\n' +
        'flag marks the question for later, suspend sets it aside, bury hides it until tomorrow; q quits.\n' +
        'After each answer is committed a line starting with "saved:" is printed.\n',
    )
    .action(async (opts, command: Command) =>
      run(command, async (ctx) => (await import('./commands/study.js')).studyCommand(ctx, opts)),
    );

  program
    .command('stats')
    .description('progress over time: answers per day, true retention per week, reviews due in the next 30 days, streak, time spent, a study calendar')
    .option('--traps', 'the traps you fall for most, with examples')
    .option('--json', 'print every figure as JSON (with their definitions)')
    .addHelpText(
      'after',
      examples(['pmp stats', 'pmp stats --json', 'NO_COLOR=1 pmp stats --lang ko', 'pmp stats --traps']) +
        '\nDefinitions: a study day runs from 04:00 to 04:00 local time. Answers per day counts every mode\n' +
        '(study, exam, practice), undone answers left out. True retention: of the answers to questions seen\n' +
        'before (not practice), the share right, per rolling week of 7 study days, beside the 90 % the\n' +
        'scheduler aims at. Streak: study days in a row with an answer, up to today (or yesterday until you\n' +
        'study today). Time spent: time from showing a question to its answer. Calendar: the last 26 weeks,\n' +
        'one column a week (Monday first), · none ░ ▒ ▓ █ up to the busiest day.\n',
    )
    .action(async (opts, command: Command) => run(command, async (ctx) => (await import('./commands/stats.js')).statsCommand(ctx, opts)));

  const banks = program
    .command('banks')
    .description('the question banks in your database: list, show, remove, export')
    .addHelpText('after', examples(['pmp banks list', 'pmp banks show pmp-starter', 'pmp banks export pmp-starter --out starter.json']));
  banks
    .command('list', { isDefault: true })
    .description('list banks with their question counts')
    .option('--json', 'print the list as JSON')
    .addHelpText('after', examples(['pmp banks list', 'pmp banks list --json']))
    .action(async (opts, command: Command) => run(command, async (ctx) => (await import('./commands/banks.js')).banksListCommand(ctx, opts)));
  banks
    .command('show')
    .description('one bank in detail: version, outline, languages, counts by type and domain, source, license')
    .argument('<id>', 'bank id (see pmp banks list)')
    .option('--json', 'print the details as JSON')
    .addHelpText('after', examples(['pmp banks show pmp-starter', 'pmp banks show pmp-starter --json']))
    .action(async (id: string, opts, command: Command) => run(command, async (ctx) => (await import('./commands/banks.js')).banksShowCommand(ctx, id, opts)));
  banks
    .command('remove')
    .description('stop studying a bank: its questions are retired, your history stays (importing it again brings them back)')
    .argument('<id>', 'bank id')
    .option('--yes', 'do not ask for confirmation')
    .addHelpText('after', examples(['pmp banks remove my-bank', 'pmp banks remove my-bank --yes']))
    .action(async (id: string, opts, command: Command) => run(command, async (ctx) => (await import('./commands/banks.js')).banksRemoveCommand(ctx, id, opts)));
  banks
    .command('stats')
    .description('item analysis for trainers: per question, answers, share right at first sight, discrimination, options chosen, median time, leeches')
    .argument('<id>', 'bank id')
    .option('--learners <db...>', "other learners' database files to include (opened read-only)")
    .option('--json', 'print the analysis as JSON')
    .addHelpText('after', examples(['pmp banks stats my-bank', 'pmp banks stats my-bank --learners ana.db ben.db cho.db dan.db --json']))
    .action(async (id: string, opts, command: Command) => run(command, async (ctx) => (await import('./commands/bank-stats.js')).bankStatsCommand(ctx, id, opts)));
  banks
    .command('export')
    .description('write a bank out as a file (importing that file again gives "unchanged")')
    .argument('<id>', 'bank id')
    .option('--format <format>', 'json (pmp-bank/1, everything) or csv (questions a spreadsheet can hold)', 'json')
    .option('--out <file>', 'write to this file instead of stdout (written whole, then renamed into place)')
    .option('--force', 'replace an existing file (or a symbolic link: the link, not what it points to)')
    .addHelpText('after', examples(['pmp banks export my-bank --out my-bank.json', 'pmp banks export my-bank --out my-bank.json --force', 'pmp banks export my-bank --format csv > my-bank.csv']))
    .action(async (id: string, opts, command: Command) => run(command, async (ctx) => (await import('./commands/banks.js')).banksExportCommand(ctx, id, opts)));

  const importCommand = program
    .command('import')
    .description('bring in question banks: our JSON, CSV/TSV, Excel .xlsx, Moodle XML, Aiken or GIFT, or any JSON through a JSONata mapping')
    .argument('<file...>', 'bank files; the format is detected from the name and content');
  addReadOptions(importCommand)
    .option('--dry-run', 'show what would change, write nothing')
    .option('--strict', 'refuse a file instead of skipping what cannot be studied (Moodle essay, short-answer, cloze … questions)')
    .option('--json', 'print the report as JSON (when the import fails: every problem with file, line and column)')
    .addHelpText(
      'after',
      examples([
        'pmp import my-bank.json',
        'pmp import questions.csv --dry-run',
        'pmp import moodle-export.gift --text-lang ko',
        'pmp import quiz.xml --dry-run',
        'pmp import questions.xlsx --sheet "Week 3"',
        'pmp import ../shared/third-party/pmp-exam-prep-mansouriyassine/questions/*.json --map examples/mansouriyassine.jsonata',
      ]) +
        '\nAn import is one transaction: all files apply, or none. Importing a bank again keeps progress:\n' +
        'reworded questions keep it, a changed answer key starts that question over, questions gone from\n' +
        'the file are retired (history kept). Formats: docs/bank-format.md, docs/formats/*.md.\n',
    )
    .action(async (files: string[], opts, command: Command) =>
      run(command, async (ctx) => (await import('./commands/import.js')).importCommand(ctx, files, opts)),
    );

  const validateCommand = program
    .command('validate')
    .description('check bank files — format, references, duplicates, lengths, coverage — without writing anything')
    .argument('<file...>', 'bank files in any format import reads, read as import reads them');
  addReadOptions(validateCommand)
    .option('--strict', 'warnings count as errors, and every teaching field is required (our own banks use this)')
    .option('--min-per-task <n>', 'require at least n questions for every task of the outline, across the files')
    .option('--max-key-longest <percent>', 'cue check: how often the key may be the longest option, per bank and language (default 30)')
    .option('--max-key-shortest <percent>', 'cue check: how often the key may be the shortest option (default 30)')
    .option('--json', 'print the problems as JSON')
    .addHelpText(
      'after',
      examples(['pmp validate my-bank.json', 'pmp validate quiz.gift --text-lang ko', 'pmp validate export.json --map my-mapping.jsonata', 'pmp validate --strict --min-per-task 25 questions/*.json', 'pmp validate my-bank.json --max-key-longest 25', 'pmp validate my-bank.json --json']) +
        '\nExit code 3 when any file has an error; problems name the file, line, column, JSON path and question id.\n' +
        'Cue checks (warnings; errors with --strict): the key is the longest (or the shortest) option too often; absolute words\n' +
        '(always, never, only, all; 반드시, 절대 …) on wrong options but not on the key; an option that refers to\n' +
        'others ("Both A and B", "All of the above") unless fixed in place. Two options with the same text are an error.\n',
    )
    .action(async (files: string[], opts, command: Command) =>
      run(command, async (ctx) => (await import('./commands/validate.js')).validateCommand(ctx, files, opts)),
    );

  const coverageCommand = program
    .command('coverage')
    .description('questions per exam domain, task, item type and approach — for bank files, or your database')
    .argument('[file...]', 'bank files in any format import reads; without them, the banks in your database');
  addReadOptions(coverageCommand)
    .option('--bank <id...>', 'only these banks of the database')
    .option('--json', 'print the counts as JSON')
    .addHelpText('after', examples(['pmp coverage', 'pmp coverage --bank pmp-starter', 'pmp coverage my-bank.json --json']))
    .action(async (files: string[], opts, command: Command) =>
      run(command, async (ctx) => (await import('./commands/coverage.js')).coverageCommand(ctx, files, opts)),
    );

  const convertCommand = program
    .command('convert')
    .description('write the bank (pmp-bank/1 JSON) that a file in any format, or a mapping, produces — read as import reads it')
    .argument('<file>', 'a bank file: JSON, CSV/TSV, .xlsx, Moodle XML, Aiken, GIFT, or JSON of another shape with --map');
  addReadOptions(convertCommand)
    .option('--out <file>', 'write to this file instead of stdout (written whole, then renamed into place)')
    .option('--force', 'replace an existing file')
    .addHelpText(
      'after',
      examples(['pmp convert quiz.gift --out quiz.json', 'pmp convert questions.csv --text-lang ko', 'pmp convert export.json --map my-mapping.jsonata --out bank.json --force']) +
        '\nExit code 3 with every problem and its place when the file cannot be read, as pmp import.\n',
    )
    .action(async (file: string, opts, command: Command) =>
      run(command, async (ctx) => (await import('./commands/convert.js')).convertCommand(ctx, file, opts)),
    );

  program
    .command('leeches')
    .description('questions that keep beating you (6 or more wrong answers by default)')
    .option('--lapses <n>', 'how many wrong answers make a leech')
    .option('--suspend', 'suspend every leech listed')
    .option('--json', 'print the list as JSON')
    .addHelpText('after', examples(['pmp leeches', 'pmp leeches --lapses 4', 'pmp leeches --suspend']))
    .action(async (opts, command: Command) => run(command, async (ctx) => (await import('./commands/card-lists.js')).cardListCommand(ctx, 'leeches', opts)));
  program
    .command('flagged')
    .description('questions you flagged during study (f)')
    .option('--json', 'print the list as JSON')
    .addHelpText('after', examples(['pmp flagged', 'pmp study --flagged --cram']))
    .action(async (opts, command: Command) => run(command, async (ctx) => (await import('./commands/card-lists.js')).cardListCommand(ctx, 'flagged', opts)));
  program
    .command('suspended')
    .description('questions you suspended (never shown until unsuspended)')
    .option('--json', 'print the list as JSON')
    .addHelpText('after', examples(['pmp suspended', 'pmp unsuspend pmp-starter/st-001']))
    .action(async (opts, command: Command) => run(command, async (ctx) => (await import('./commands/card-lists.js')).cardListCommand(ctx, 'suspended', opts)));
  program
    .command('unsuspend')
    .description('bring suspended questions back into study')
    .argument('<ref...>', 'bank/question id, or a question id only one bank uses')
    .addHelpText('after', examples(['pmp unsuspend pmp-starter/st-001', 'pmp unsuspend st-001 pe-010']))
    .action(async (refs: string[], _opts, command: Command) => run(command, async (ctx) => (await import('./commands/card-lists.js')).unsuspendCommand(ctx, refs)));

  program
    .command('doctor')
    .description('is my data healthy? integrity, memory states against the log, stray progress, schema, backups')
    .option('--fix', 'rebuild memory states from the log and set stray progress aside (after a backup)')
    .option('--restore [backup]', 'list backups, or put one in place of the database (number, 1 = newest, or path)')
    .option('--yes', 'do not ask for confirmation')
    .option('--json', 'print the report as JSON')
    .addHelpText(
      'after',
      examples(['pmp doctor', 'pmp doctor --fix', 'pmp doctor --restore', 'pmp doctor --restore 1 --yes']) +
        '\nBackups are taken automatically before every schema upgrade and every import that changes a\n' +
        'database with answers, in a "backups" folder beside the database; the newest 5 are kept.\n',
    )
    .action(async (opts, command: Command) => run(command, async (ctx) => (await import('./commands/doctor.js')).doctorCommand(ctx, opts)));

  program
    .command('rebuild')
    .description("rebuild every question's memory state by replaying the review log")
    .option('--check', 'only compare; exit 1 if any cached state differs from the log')
    .option('--json', 'print the result as JSON')
    .addHelpText('after', examples(['pmp rebuild', 'pmp rebuild --check']))
    .action(async (opts, command: Command) => run(command, async (ctx) => (await import('./commands/rebuild.js')).rebuildCommand(ctx, opts)));

  // Features registered in src/cli/register/, one file each.
  registerReadiness(program, run);
  registerPlan(program, run);
  registerOptimize(program, run);
  registerExam(program, run);
  registerConfig(program, run);

  return program;
}

/** commander's usage errors in the learner's language; anything unrecognised passes as it is. */
function translateUsageError(message: string, i18n: Translator): string {
  const patterns: [RegExp, (m: RegExpExecArray) => string][] = [
    [/^error: unknown option '([^']*)'(.*)$/s, (m) => i18n.t('cli.unknown-option', { name: m[1] ?? '', rest: m[2] ?? '' })],
    [/^error: unknown command '([^']*)'(.*)$/s, (m) => i18n.t('cli.unknown-command', { name: m[1] ?? '', rest: m[2] ?? '' })],
    [/^error: missing required argument '([^']*)'/, (m) => i18n.t('cli.missing-argument', { name: m[1] ?? '' })],
    [/^error: option '([^']*)' argument missing/, (m) => i18n.t('cli.option-argument-missing', { name: m[1] ?? '' })],
    [/^error: too many arguments/, () => i18n.t('cli.too-many-arguments')],
  ];
  for (const [re, say] of patterns) {
    const m = re.exec(message.trimEnd());
    if (m) return sanitizeInline(say(m)) + '\n';
  }
  return sanitizeInline(message.trimEnd()) + '\n';
}
