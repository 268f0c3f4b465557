/** The help of the class commands in English (class init/invite/assign/remove/learners/join/report, sync). Same form as help.en.ts. */
export const helpClassEn = {
  'group.class': 'Class:',
  class: 'run a class on a shared PostgreSQL server: set up, invite learners, assign banks, one report for the whole class',
  'class.summary': 'a class on a shared PostgreSQL server',
  'class.notes':
    "A class keeps each learner's own database as the source of truth; pmp sync copies the answers to a PostgreSQL server the trainer runs or rents, and pmp class report reads the whole class from there.\n" +
    'Connections are kept next to the database: DB.class-trainer.json (trainer) and DB.class.json (learner), mode 0600.\n' +
    'A server that cannot be reached ends with exit 6; studying is never blocked by it.',
  'class.ex.learner': "on the learner's machine",
  'class.init': "create or upgrade the class schema on the server (idempotent) and keep the trainer's connection (0600)",
  'class.init.--url': 'the server as a postgres:// address with user, password, host, port, database and sslmode, as in the examples (or PMP_CLASS_URL; the user needs CREATEROLE)',
  'class.invite': 'add a learner: a PostgreSQL role with a random password, printed once as a one-line join code',
  'class.invite.<name>': 'lowercase letters, digits and _, starting with a letter',
  'class.invite.--json': 'print the name, role and join code as JSON',
  'class.assign': 'publish a bank file to the class (checked like pmp import); learners import it on their next sync',
  'class.assign.<bank>': 'a bank file in our JSON format',
  'class.remove': 'revoke a learner: drop their role and delete their synced rows',
  'class.remove.<name>': "the learner's name",
  'class.learners': 'the learners of the class and their roles',
  'class.learners.--json': 'print them as JSON',
  'class.join': 'join a class with the code from your trainer (checked against the server, then kept 0600 next to your database)',
  'class.join.<code>': 'the join code, or - to read it from stdin (keeps it out of the process list)',
  'class.report': 'the whole class: per learner last study day, answers in 7/30 days, streak, readiness per domain with its range, mock exams; weakest tasks; item analysis',
  'class.report.--json': 'print the report as JSON',
  'class.report.--csv': 'print one row per learner as CSV',
  'class.report.--html': 'write one self-contained HTML page with charts',
  'class.report.--eco': 'blueprint: 2026 (default) or 2021',
  'class.report.--cut': 'assumed passing cut in percent (default 61)',
  sync: 'send your new answers to your class (pmp class join) and import the banks your trainer assigned',
  'sync.summary': 'send your answers to your class',
  'sync.--json': 'print what was sent and imported as JSON',
  'sync.notes':
    'Idempotent: running it twice, or after a kill, or from a restored backup never duplicates or loses an answer.\nExit 6 when the server cannot be reached; your answers stay safe locally.',
  'study.--sync': 'at the end, send your answers to your class (pmp sync); if the server cannot be reached, a warning (the session is saved either way)',
} as const;
