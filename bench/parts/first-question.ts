/**
 * Time from starting `pmp study` in plain mode (stdin a pipe) to its first "answer>" prompt:
 * on a new learner's database, on the big one, and on the big one with a study plan saved (pmp study
 * then counts the day's new questions from the log at start: once 4.5 s at 1,000,000 answers).
 */
import { rmSync } from 'node:fs';
import { addDays, formatISO } from 'date-fns';
import { median, PMP_BIN, timeRun, timeToPrompt } from '../lib/processes.js';
import { mb, thousands } from '../lib/report.js';
import type { BenchPart, Figure } from './part.js';

const RUNS = 7;
const EXAM_RUNS = 3;
const PROMPT = 'answer> ';

export const firstQuestionPart: BenchPart = {
  name: 'first-question',
  async run({ fixtures, log }) {
    const study = fixtures.studyDb();
    const databases = [
      { label: 'shipped banks only', path: fixtures.copyOf(fixtures.smallDb(), 'first-question-small.db') },
      {
        label: `${thousands(study.questions)} questions, ${thousands(study.history.rows)} log rows, ${mb(study.bytes)}`,
        path: fixtures.copyOf(study.path, 'first-question-big.db'),
      },
    ];
    const planned = fixtures.copyOf(study.path, 'first-question-plan.db');
    const examDate = formatISO(addDays(new Date(fixtures.env().PMP_NOW as string), 70), { representation: 'date' });
    const saved = timeRun([PMP_BIN, 'plan', '--exam-date', examDate, '--db', planned], fixtures.env());
    if (saved.status !== 0) throw new Error(`pmp plan failed on the bench database: ${saved.stderr}`);
    databases.push({ label: `the same, with a study plan saved`, path: planned });
    const figures: Figure[] = [];
    for (const db of databases) {
      log(`pmp study (plain) to the first question, ${RUNS} times: ${db.label}`);
      const times: number[] = [];
      let failed = false;
      await timeToPrompt(['study', '--plain', '--db', db.path], fixtures.env(), PROMPT); // warm the file cache
      for (let i = 0; i < RUNS && !failed; i++) {
        const ms = await timeToPrompt(['study', '--plain', '--db', db.path], fixtures.env(), PROMPT);
        if (ms === null) failed = true;
        else times.push(ms);
      }
      figures.push({
        label: `pmp study, first question (${db.label})`,
        value: failed ? null : median(times),
        unit: 'ms',
        target: { max: 300, unit: 'ms' },
        note: failed ? 'no question was shown' : `median of ${RUNS}`,
      });
    }
    // A mock exam's first question: the draw reads every candidate with when it was last answered.
    // Each run needs a database without an exam in progress: a copy of its own.
    log(`pmp exam --seen 30 (plain) to the first question, ${EXAM_RUNS} times: the big database`);
    const examTimes: number[] = [];
    for (let i = 0; i < EXAM_RUNS; i++) {
      const copy = fixtures.copyOf(study.path, `first-exam-${i}.db`);
      const ms = await timeToPrompt(['exam', '--plain', '--seen', '30', '--db', copy], fixtures.env(), PROMPT);
      for (const suffix of ['', '-wal', '-shm']) rmSync(copy + suffix, { force: true });
      if (ms === null) break;
      examTimes.push(ms);
    }
    figures.push({
      label: `pmp exam, first question (${thousands(study.questions)} questions, ${thousands(study.history.rows)} log rows)`,
      value: examTimes.length < EXAM_RUNS ? null : median(examTimes),
      unit: 'ms',
      target: { max: 1000, unit: 'ms' },
      note: examTimes.length < EXAM_RUNS ? 'no question was shown' : `median of ${EXAM_RUNS}, a third of it seen questions`,
    });
    return figures;
  },
};
