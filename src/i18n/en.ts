/**
 * Every line the interface says, in English. ko.ts must have the same keys (the type checks it).
 * Parameters arrive already sanitised and formatted.
 */
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
  'db.cannot-open.hint': () => 'Check that the folder exists and that you may write there, or choose another file with --db.',
  'db.read-only': (p: P) => `The database ${p.path} is read-only, so answers cannot be saved.`,
  'db.read-only.hint': () => 'Make the file and its folder writable, or copy it somewhere writable and use --db.',
  'db.busy': (p: P) => `The database ${p.path} stayed locked by another pmp-study process.`,
  'db.busy.hint': () => 'Finish or close the other session and try again.',
  'db.full': (p: P) => `The disk holding ${p.path} is full; nothing of the last step was written.`,
  'db.full.hint': () => 'Free some space and try again.',
  'input.too-large': (p: P) => `${p.file} is ${p.size} bytes; the limit is ${p.max}.`,
  'input.too-large.hint': () => 'Split the bank into several files.',
  'input.cannot-read': (p: P) => `Cannot read ${p.file}: ${p.reason}`,
  'input.cannot-read.hint': () => 'Check the path and the permissions.',
  'input.invalid-bank': (p: P) => `${p.file} has ${p.count} problem${p.count === 1 ? '' : 's'}; nothing was imported:`,
  'input.invalid-bank.hint': () => 'Fix the places listed above; docs/bank-format.md describes the format.',
  'usage.bad-integer': (p: P) => `${p.option} expects a whole number ${p.range}, not "${p.value}".`,
  'usage.bad-lang': (p: P) => `--lang expects en or ko, not "${p.value}".`,
  'usage.bad-now': (p: P) => `PMP_NOW must be an ISO date and time such as 2026-11-25T09:00:00Z, not "${p.value}".`,
  'usage.bad-domain': (p: P) => `--domain expects people, process or business-environment, not "${p.value}".`,
  'usage.unknown-bank': (p: P) => `No bank with id "${p.id}". Banks: ${p.known}.`,
  'usage.bad-color': (p: P) => `--color expects auto, always or never, not "${p.value}".`,
  'usage.hint': () => 'See pmp --help, or pmp COMMAND --help.',
  'install.bindings': () => 'The SQLite module (better-sqlite3) was not built for this Node.js.',
  'install.bindings.hint': () => 'Run npm ci (or npm rebuild better-sqlite3) in the pmp-study folder; it needs python3, make and g++.',
  'error.unexpected': (p: P) => `Something went wrong inside pmp-study: ${p.message}`,
  'error.unexpected.hint': () => 'Your saved answers are safe. Please report this with the command you ran.',
  'error.prefix': () => 'error',
  'error.hint-prefix': () => 'hint',

  // study: the question
  'phase.new': () => 'new',
  'phase.learning': () => 'learning',
  'phase.review': () => 'review',
  'phase.relearning': () => 'relearning',
  'study.waiting': (p: P) => `due ${p.review} · learning ${p.learning} · new ${p.fresh}`,
  'study.scenario': () => 'Scenario',
  'study.how.single': (p: P) => `Answer with one letter (A–${p.last}).`,
  'study.how.multiple': (p: P) => `Choose ${p.n}: letters such as A,C.`,
  'study.how.ordering': (p: P) => `Type all ${p.n} letters in the right order, e.g. ${p.example}.`,
  'study.how.matching': () => 'Pair each number with a letter, e.g. 1-b 2-a 3-c.',
  'study.how.numeric': (p: P) => (p.unit ? `Type a number (${p.unit}).` : 'Type a number.'),
  'study.plain.commands': () => 'u = undo last answer, q = quit; end with " ?" if unsure or " ??" if you guessed.',
  'study.plain.prompt': () => 'answer> ',
  'study.matching.left': () => 'Items',
  'study.matching.right': () => 'Matches',

  // study: answer problems
  'answer.empty': () => 'Type an answer, or q to quit.',
  'answer.unknown-letter': (p: P) => `"${p.letter}" is not one of the letters A–${p.last}.`,
  'answer.one-letter': () => 'Choose exactly one letter.',
  'answer.choose-n': (p: P) => `Choose exactly ${p.n} letters (you gave ${p.got}).`,
  'answer.repeated': (p: P) => `"${p.letter}" appears twice.`,
  'answer.order-all': (p: P) => `Put all ${p.n} letters in order, each once.`,
  'answer.pair-format': () => 'Write pairs as number-letter, e.g. 1-b 2-a.',
  'answer.pair-missing': (p: P) => `Item ${p.item} has no match yet.`,
  'answer.not-a-number': () => 'That is not a number; write e.g. 0.85 or 1200.',

  // study: after the answer
  'feedback.correct': () => '✓ Correct.',
  'feedback.wrong': () => '✗ Not quite.',
  'feedback.your-answer': (p: P) => `Your answer: ${p.answer}`,
  'feedback.right-answer': (p: P) => `Right answer: ${p.answer}`,
  'feedback.explanation': () => 'Why',
  'feedback.options': () => 'The options',
  'feedback.references': () => 'See',
  'feedback.next': (p: P) => `Comes back ${p.when}.`,
  'feedback.rating': (p: P) => `Rated ${p.rating}.`,
  'rating.1': () => 'Again',
  'rating.2': () => 'Hard',
  'rating.3': () => 'Good',
  'rating.4': () => 'Easy',
  'study.saved': (p: P) => `saved: ${p.ref} ${p.result}, rated ${p.rating}, next ${p.next}`,
  'study.saved.right': () => 'right',
  'study.saved.wrong': () => 'wrong',
  'study.undone': (p: P) => `undone: ${p.ref} is back as it was before that answer.`,
  'study.nothing-to-undo': () => 'Nothing to undo yet.',
  'study.confidence': () => 'How sure were you?',
  'confidence.sure': () => 'Sure',
  'confidence.unsure': () => 'Unsure (counts as Hard)',
  'confidence.guessed': () => 'Guessed (counts as Again)',
  'study.continue': () => 'Next?',
  'study.choice.next': () => 'Next question',
  'study.choice.undo': () => 'Undo this answer',
  'study.choice.undo-last': () => 'Undo the last answer',
  'study.choice.quit': () => 'Quit (your answers are saved)',
  'study.your-answer': () => 'Your answer',
  'study.typed-answer': () => 'Your answer (u = undo, q = quit)',

  // study: the end
  'summary.title': () => 'Session over',
  'summary.line': (p: P) => `${p.answered} answered, ${p.correct} right (${p.percent}), ${p.fresh} new.`,
  'summary.undone': (p: P) => `${p.n} answer(s) undone.`,
  'summary.next-due': (p: P) => `Next question due ${p.when}.`,
  'summary.nothing-due': () => 'Nothing is scheduled yet.',
  'summary.nothing-now': () => 'Nothing to study right now: no reviews are due and today\'s new questions are done.',
  'summary.limit': () => 'Reached the --limit for this session.',
  'summary.more-new': () => 'Want more new questions today? Run pmp study --new N with a higher N.',

  // stats
  'stats.title': () => 'Progress',
  'stats.answers': (p: P) => `Answers recorded: ${p.n} (${p.today} today, ${p.correct} of them right)`,
  'stats.due-now': (p: P) => `Due now: ${p.n}`,
  'stats.due-tomorrow': (p: P) => `Due by the end of tomorrow: ${p.n}`,
  'stats.new': (p: P) => `Not seen yet: ${p.n} of ${p.total}`,
  'stats.retention': (p: P) => `Retention, last 30 days: ${p.value} of ${p.n} reviews right`,
  'stats.retention-none': () => 'Retention, last 30 days: no reviews yet',

  // banks
  'banks.header.id': () => 'id',
  'banks.header.questions': () => 'questions',
  'banks.header.version': () => 'version',
  'banks.header.outline': () => 'outline',
  'banks.header.languages': () => 'languages',
  'banks.header.title': () => 'title',
  'banks.none': () => 'No banks yet.',
  'banks.retired': (p: P) => `(+${p.n} retired)`,

  // rebuild
  'rebuild.done': (p: P) => `Replayed the review log for ${p.n} questions: ${p.fixed} cached memory states differed and were rebuilt.`,
  'rebuild.checked': (p: P) => `Replayed the review log for ${p.n} questions: ${p.fixed} cached memory states differ from the log.`,

  // validate
  'validate.ok': (p: P) => `${p.file}: ${p.n} questions, no problems`,
  'validate.file': (p: P) => `${p.file}: ${p.n} questions`,
  'validate.unreadable': (p: P) => `${p.file}: could not be read as a bank`,
  'validate.overall': () => 'Across all files:',
  'validate.summary': (p: P) => `${p.errors} error(s), ${p.warnings} warning(s) in ${p.files} file(s); nothing was written.`,
  'severity.error': () => 'error',
  'severity.warning': () => 'warning',

  // coverage
  'coverage.title': (p: P) => `Coverage against ${p.outline}: ${p.n} questions in ${p.banks} bank(s)`,
  'coverage.untagged': (p: P) => `${p.n} question(s) carry no task tag.`,
  'coverage.header.domain': () => 'domain / task',
  'coverage.header.questions': () => 'questions',
  'coverage.header.share': () => 'share',
  'coverage.header.blueprint': () => 'blueprint',
  'coverage.types': () => 'Item types',
  'coverage.approaches': () => 'Approach',
  'coverage.none': () => 'No questions to count.',
  'type.single': () => 'single answer',
  'type.multiple': () => 'multiple response',
  'type.matching': () => 'matching',
  'type.numeric': () => 'numeric',
  'type.ordering': () => 'ordering',
  'approach.predictive': () => 'predictive',
  'approach.agile': () => 'agile',
  'approach.hybrid': () => 'hybrid',
  'approach.unspecified': () => 'unspecified',

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
} as const;

export type MessageKey = keyof typeof en;
export type Messages = { readonly [K in MessageKey]: (p: P) => string };
