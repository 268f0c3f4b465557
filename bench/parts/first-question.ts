/**
 * Time from starting `pmp study` in plain mode (stdin a pipe) to its first "answer>" prompt:
 * on a new learner's database and on the big one.
 */
import { median, timeToPrompt } from '../lib/processes.js';
import { mb, thousands } from '../lib/report.js';
import type { BenchPart, Figure } from './part.js';

const RUNS = 7;
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
    return figures;
  },
};
