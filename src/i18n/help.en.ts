/**
 * The words of `pmp --help` and every command's help, in English: commander's own texts, the
 * command groups, and the study, exam and progress commands (the bank and data commands are in
 * help-banks.en.ts). Plain strings, not functions: only the language in use is loaded, when the
 * program is built. "{name}" marks a value filled in at run time.
 *
 * Notes (the text after a command's options) are paragraphs, one per line, wrapped to the terminal
 * when printed; a line starting with two spaces is a list item whose first word is its term.
 */
export const helpEn = {
  // commander's own texts
  'cli.usage': 'Usage:',
  'cli.options': 'Options:',
  'cli.global-options': 'Global Options:',
  'cli.arguments': 'Arguments:',
  'cli.commands': 'Commands:',
  'cli.examples': 'Examples:',
  'cli.default': 'default: {value}',
  'cli.env': 'env: {name}',
  'cli.choices': 'choices: {list}',
  'cli.help-option': 'display help for command',
  'cli.help-command': 'display help for a command',
  'cli.version-option': 'output the version number',
  'cli.did-you-mean': '(Did you mean {name}?)',
  'cli.did-you-mean-one-of': '(Did you mean one of {list}?)',
  'cli.invalid-choice': "error: '{value}' is not a choice for {name}: {list}",

  // the command groups of pmp --help
  'group.study': 'Study:',
  'group.exam': 'Exam & readiness:',
  'group.banks': 'Banks & import:',
  'group.data': 'Data & settings:',

  // pmp
  pmp: 'Study for the PMP exam in the terminal: spaced repetition (FSRS-6), English and Korean questions.',
  'pmp.--db': 'database file (default: pmp.db in your data folder)',
  'pmp.--lang': 'interface language: en or ko (default: PMP_LANG, then your locale)',
  'pmp.--color': 'colour: auto, always or never (FORCE_COLOR and NO_COLOR are honoured)',
  'pmp.notes':
    'Environment: PMP_DB (database file), PMP_LANG (en|ko; else LC_ALL, LC_MESSAGES, LANG, else the system locale), FORCE_COLOR (0 off; 1, 2, 3 on), NO_COLOR, PMP_NOW (ISO time; stops the clock — a testing aid).\n' +
    'Exit codes: 0 ok, 1 failure, 2 usage error, 3 invalid input file, 4 database unusable, 5 installation problem.\n' +
    'Shell completion: pmp completion bash|zsh|fish (see pmp completion --help).',

  // study
  study: 'a spaced-repetition session: due reviews first (most overdue first), then new questions',
  'study.summary': 'study: due reviews first, then new questions',
  'study.--new': "new questions per day (default: pmp config new-per-day, else your plan's number — see pmp plan — else 20)",
  'study.--limit': 'stop after this many answers',
  'study.--bank': 'only these banks',
  'study.--domain': 'only one ECO domain: people, process or business-environment',
  'study.--task': 'only one ECO task number (use with --domain)',
  'study.--tag': 'only questions with this tag',
  'study.--seed': 'seed for shuffling options (reproducible sessions; PMP_SEED too)',
  'study.--cram': 'practise the chosen slice as often as you like without changing any schedule (answers logged as practice)',
  'study.--weak': 'study the 3 ECO tasks losing you the most exam questions (from pmp readiness; says which and why)',
  'study.--wrong-last-time': 'only questions you got wrong the last time',
  'study.--flagged': 'only questions you flagged',
  'study.--trap': 'only questions with a wrong option of this trap (see pmp stats --traps)',
  'study.--max-reviews': 'cap reviews per day, most overdue first (remembered; 0 removes the cap)',
  'study.--leech-lapses': 'wrong answers after which a question counts as a leech (default 6)',
  'study.--no-confidence': 'do not ask how sure you were (terminal mode)',
  'study.--plain': 'line-based mode even in a terminal (screen readers, scripts)',
  'study.--json': "print the session's end summary as JSON on stdout; the session itself goes to stderr",
  'study.ex.cram': 'practise, schedule untouched',
  'study.notes':
    'Plain mode (stdin not a terminal): one answer per line — B | A,C | CABD | 1-b 2-a 3-c | 41.5; add " ?" if unsure (rated Hard) or " ??" if guessed (rated Again); u undoes the last answer or mark; flag marks the question for later, suspend sets it aside, bury hides it until tomorrow; q quits.\n' +
    'After each answer is committed a line starting with "saved:" is printed. With --json everything but the summary goes to stderr, so `pmp study --json | jq` reads the summary alone.',

  // card lists
  leeches: 'questions that keep beating you (6 or more wrong answers by default)',
  'leeches.summary': 'questions that keep beating you',
  'leeches.--lapses': 'how many wrong answers make a leech',
  'leeches.--suspend': 'suspend every leech listed',
  'leeches.--json': 'print the list as JSON',
  flagged: 'questions you flagged during study (flag, or f in a terminal)',
  'flagged.summary': 'questions you flagged during study',
  'flagged.--json': 'print the list as JSON',
  suspended: 'questions you suspended (never shown until unsuspended)',
  'suspended.summary': 'questions you suspended',
  'suspended.--json': 'print the list as JSON',
  unsuspend: 'bring suspended questions back into study',
  'unsuspend.<ref...>': 'bank/question id, or a question id only one bank uses',

  // stats
  stats: 'progress over time: answers per day, true retention per week, reviews due in the next 30 days, streak, time spent, a study calendar',
  'stats.summary': 'progress over time: answers, retention, streak',
  'stats.--traps': 'the traps you fall for most, with examples',
  'stats.--json': 'print every figure as JSON (with their definitions)',
  'stats.notes':
    'Definitions: a study day runs from 04:00 to 04:00 local time. Answers per day counts every mode (study, exam, practice), undone answers left out. True retention: of the answers to questions seen before (not practice), the share right, per rolling week of 7 study days, beside the 90 % the scheduler aims at. Streak: study days in a row with an answer, up to today (or yesterday until you study today). Time spent: time from showing a question to its answer. Calendar: the last 26 weeks, one column a week (Monday first), · none ░ ▒ ▓ █ up to the busiest day.',

  // exam
  exam: 'a timed mock exam drawn to the exam blueprint, with breaks, review screen and a score report',
  'exam.summary': 'a timed mock exam drawn to the blueprint',
  'exam.--eco': 'blueprint: 2026 (default: 180 questions, 240 minutes) or 2021 (230 minutes, People 42 / Process 50 / Business 8)',
  'exam.--questions': 'a shorter practice exam with the same proportions (time scaled unless --minutes)',
  'exam.--minutes': 'exam time in minutes',
  'exam.--seen': 'draw this share from questions you have answered before (default 0: unseen first, as on the real exam), so the report checks both parts of the readiness estimate',
  'exam.--bank': 'draw only from these banks (as pmp study --bank; repeat or list several)',
  'exam.--tag': 'draw only questions with any of these tags (as pmp study --tag)',
  'exam.--domain': 'a mock of one domain only: people, process or business — its share of the full exam (People: 59 of 180 questions, time in proportion) unless --questions',
  'exam.--seed': 'seed for the draw and the option order (reproducible exams; PMP_SEED too)',
  'exam.--resume': 'continue the exam in progress where it stopped',
  'exam.--cut': 'assumed passing cut in percent for the ratings (PMI publishes none; default 61, the last published one)',
  'exam.--plain': 'line-based mode even in a terminal (screen readers, scripts)',
  'exam.notes':
    "The exam is drawn from your banks tagged to the chosen outline: domain shares by weight, about 60 % agile or hybrid where the banks allow, scenario sets kept together, unscored pretest items as on the real exam (10 of 180); questions you have not seen come first. --bank and --tag draw only from that slice; when it cannot fill every domain's share, you are told per domain what is missing and the largest exam in the blueprint's proportions is drawn (the score report notes the shortfall). --domain draws a mock of one domain alone (for a bank that covers one domain, or to drill one). --resume keeps the slice. Each break point locks the questions before it; move, flag and review freely within the current section.\n" +
    '\n' +
    'Clock: every answer is saved as you give it. The time counts only while pmp exam runs (saved with each action and every 5 seconds) and stops during a break; if the window closes or the process is killed, pmp exam --resume continues with the time that was left (a real exam does not stop). Only one exam is in progress at a time; pmp exam abandon gives it up.\n' +
    '\n' +
    'Plain mode (stdin not a terminal): one line each — an answer as in study (B | A,C | CABD | 1-b 2-a | 41.5; answering moves on, answering again changes it), n next, p previous, f flag, r review list, g N go to question N, break or n at a section end (take the break or go on; either locks the section), submit (twice if questions are unanswered), q stop for now. A line starting with "saved:" follows each committed answer. End of input leaves the exam in progress.\n' +
    '\n' +
    'At submission (or when time runs out) the answers enter the review log like study answers (mode "exam"), stamped with the submission time; unanswered questions count as wrong but are not logged.',
  'exam.review': 'the score report of a finished exam and every question with your answer, the key and the explanation',
  'exam.review.[id]': 'exam id (see pmp exam list; default: the latest finished exam)',
  'exam.review.--wrong': 'only the questions answered wrong or not at all',
  'exam.review.--details': 'also the Brier score and log loss of the readiness prediction',
  'exam.review.--json': 'print the report and every answer as JSON',
  'exam.list': 'past mock exams: id, date, outline, questions, share right, rating, status',
  'exam.list.--json': 'print the list as JSON',
  'exam.abandon': 'give up the exam in progress (its answers do not enter the review log)',

  // readiness
  readiness: 'how ready am I? expected share right on the exam date, overall and per domain, with ratings, coverage and what to study next',
  'readiness.summary': 'how ready am I? expected score on the exam date',
  'readiness.--exam-date': 'exam date, YYYY-MM-DD (remembered; default: the remembered date, else today)',
  'readiness.--cut': 'assumed passing cut in percent (PMI publishes none; default 61, the last published one)',
  'readiness.--eco': 'blueprint: 2026 (default) or 2021',
  'readiness.--explain': "print the formula with this learner's numbers",
  'readiness.--calibration': 'how well the logged recall predictions matched what happened: Brier score, log loss, RMSE by bins, a table by decile',
  'readiness.--since': 'with --calibration: only answers from this day on, YYYY-MM-DD',
  'readiness.--json': 'print the figures as JSON',

  // plan
  plan: 'a study plan: new questions a day to see the whole bank, with reviews, before the exam; pmp study follows it',
  'plan.summary': 'a study plan up to the exam date',
  'plan.--exam-date': 'exam date, YYYY-MM-DD (remembered; shared with pmp readiness)',
  'plan.--minutes-per-day': 'the time you can give a day: says whether the plan fits, and what would',
  'plan.--json': 'print the plan as JSON',
  'plan.ex.remembered': 'the remembered date',
  'plan.notes':
    'How it is worked out: new questions are spread over the study days up to 7 days before the exam (a quarter of the time left when under four weeks), so the last ones still get reviews. Reviews are simulated with the FSRS scheduler at 90 % desired retention, on top of the reviews already due. Minutes = expected answers × your median seconds per answer (75 s until you have 20 answers).\n' +
    '"Too close" (exit 0, with a warning): the exam is today, more than 150 new questions a day, or the busiest week above 240 minutes a day (or twice --minutes-per-day). A past or malformed date: exit 2.',

  // optimize
  optimize: 'fit FSRS parameters to your own answers; adopt them only if they predict your later answers better',
  'optimize.summary': 'fit the scheduler to your own answers',
  'optimize.--dry-run': 'fit and compare, change nothing',
  'optimize.--reset': 'go back to the default parameters',
  'optimize.--json': 'print the figures as JSON',
  'optimize.notes':
    'The earliest 80 % of your study days are fitted and the rest held out; both the parameters in use and the new ones predict the held-out answers, scored by log loss. The new ones are adopted only when their log loss is at least 1 % lower; memory states are then rebuilt with them. Needs at least 500 reviews (answers on a later day than the one before).',
} as const;
