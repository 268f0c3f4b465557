/**
 * The data every part measures against, made once per run from the seed, on first use, in a
 * temporary folder that the runner deletes: the bank file, a database with only the shipped
 * banks, and a database with the big bank and a long history.
 */
import { copyFileSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../../src/storage/database.js';
import { aikenFromBank } from '../data/aiken.js';
import { generateBank } from '../data/bank.js';
import { writeHistory, type HistorySummary } from '../data/history.js';
import { PMP_BIN, timeRun } from './processes.js';
import { mb, thousands } from './report.js';

export interface FixtureOptions {
  readonly questions: number;
  readonly rows: number;
  readonly seed: number;
  /** The benchmark's "now" (ISO), handed to every command as PMP_NOW: the history ends here. */
  readonly now: string;
  readonly dir: string;
}

export interface BankFixture {
  readonly path: string;
  readonly questions: number;
  readonly bytes: number;
}

export interface StudyDbFixture {
  readonly path: string;
  readonly questions: number;
  readonly history: HistorySummary;
  readonly bytes: number;
}

export interface Fixtures {
  readonly options: FixtureOptions;
  /** The environment every CLI run gets: fixed clock, English, no colour, data folder in the temp dir. */
  env(): NodeJS.ProcessEnv;
  bank(): BankFixture;
  /** The same questions as an Aiken file (single-answer, English). */
  aikenBank(): BankFixture;
  /** A database holding only the shipped banks (what a new learner has). */
  smallDb(): string;
  /** The big bank imported and the long history written. */
  studyDb(): StudyDbFixture;
  /** A copy of a database, for a part that writes to it. */
  copyOf(path: string, name: string): string;
  /** A path for a database that does not exist yet. */
  newDbPath(name: string): string;
  /** The sizes of what was made so far, for the closing line. */
  sizes(): string;
}

export function createFixtures(options: FixtureOptions, log: (message: string) => void): Fixtures {
  mkdirSync(options.dir, { recursive: true });
  let bank: BankFixture | undefined;
  let aiken: BankFixture | undefined;
  let small: string | undefined;
  let study: StudyDbFixture | undefined;

  const env = (): NodeJS.ProcessEnv => ({
    ...process.env,
    PMP_NOW: options.now,
    PMP_LANG: 'en',
    NO_COLOR: '1',
    XDG_DATA_HOME: join(options.dir, 'xdg'),
  });

  const cli = (args: readonly string[]): void => {
    const run = timeRun([PMP_BIN, ...args], env());
    if (run.status !== 0) throw new Error(`pmp ${args.join(' ')} failed (${run.status}): ${run.stderr.slice(0, 2000)}`);
  };

  const fixtures: Fixtures = {
    options,
    env,
    bank() {
      if (!bank) {
        log(`generating a bank of ${options.questions.toLocaleString('en')} questions (seed ${options.seed})`);
        const path = join(options.dir, 'bench-bank.json');
        writeFileSync(path, JSON.stringify(generateBank({ questions: options.questions, seed: options.seed })));
        bank = { path, questions: options.questions, bytes: statSync(path).size };
      }
      return bank;
    },
    aikenBank() {
      if (!aiken) {
        log(`writing the same ${options.questions.toLocaleString('en')} questions as Aiken`);
        const path = join(options.dir, 'bench-bank.aiken');
        writeFileSync(path, aikenFromBank(generateBank({ questions: options.questions, seed: options.seed })));
        aiken = { path, questions: options.questions, bytes: statSync(path).size };
      }
      return aiken;
    },
    smallDb() {
      if (!small) {
        small = join(options.dir, 'small.db');
        cli(['banks', 'list', '--db', small]); // creates it and brings in the shipped banks
      }
      return small;
    },
    studyDb() {
      if (!study) {
        const { path: bankPath, questions } = fixtures.bank();
        const path = join(options.dir, 'study.db');
        log('importing the bank into the history database');
        cli(['import', bankPath, '--db', path]);
        log(`writing ${options.rows.toLocaleString('en')} review-log rows`);
        const db = openDatabase(path);
        try {
          const history = writeHistory(db, { rows: options.rows, seed: options.seed, now: Date.parse(options.now) });
          db.pragma('wal_checkpoint(TRUNCATE)');
          study = { path, questions, history, bytes: 0 };
        } finally {
          db.close();
        }
        study = { ...study, bytes: statSync(path).size };
      }
      return study;
    },
    copyOf(path, name) {
      const target = join(options.dir, name);
      copyFileSync(path, target);
      return target;
    },
    newDbPath(name) {
      return join(options.dir, name);
    },
    sizes() {
      const parts: string[] = [];
      if (bank) parts.push(`bank ${thousands(bank.questions)} questions, ${mb(bank.bytes)} JSON`);
      if (study) {
        const h = study.history;
        const days = Math.round((h.lastAt - h.firstAt) / 86_400_000);
        parts.push(`history ${thousands(h.rows)} review-log rows over ${days} days, ${thousands(h.questionsSeen)} questions answered; database ${mb(study.bytes)}`);
      }
      return parts.length > 0 ? `sizes: ${parts.join('; ')}` : 'sizes: no data was made';
    },
  };
  return fixtures;
}
