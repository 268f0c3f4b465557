/** pmp plan's exam-day projection as the learner reads it: the pace it assumes and its 90 % range, in English and Korean. */
import { describe, expect, it } from '@jest/globals';
import { cliEnv, runCli, tempDb } from '../helpers/cli.js';
import { bankFile, DAY, memoryDbWithBank, parseBank, T0 } from '../helpers/fixtures.js';
import { simulateHalfLifeLearner } from '../helpers/synthetic-history.js';

/** Two weeks of a half-life learner (10 new a day), written to a database file. */
function studiedDb(): string {
  const db = memoryDbWithBank(parseBank(bankFile(150)), T0 - DAY);
  simulateHalfLifeLearner(db, { seed: 4, newPerDay: 10, days: 14, firstHalfLifeDays: 2, firstSight: 0.5 });
  const path = tempDb();
  db.exec(`VACUUM INTO '${path.replaceAll("'", "''")}'`);
  db.close();
  return path;
}

describe('pmp plan: where the plan leads on exam day', () => {
  const db = studiedDb();
  const env = cliEnv({ PMP_NOW: new Date(T0 + 15 * DAY).toISOString() });
  const examDate = new Date(T0 + 45 * DAY).toISOString().slice(0, 10);

  it('gives the figure with its range and the pace it assumes, the same in --json', () => {
    const json = runCli(['plan', '--exam-date', examDate, '--json', '--db', db], { env });
    expect(json.code).toBe(0);
    const { projection } = JSON.parse(json.stdout);
    expect(projection.status).toBe('ok');
    expect(projection.pace.days).toBe(7);
    expect(projection.low).toBeLessThan(projection.expected);
    expect(projection.high).toBeGreaterThan(projection.expected);
    expect(projection.answersPerDay).toBeLessThanOrEqual(projection.pace.answersPerDay + 0.05) // the running total keeps the pace to half an answer;
    const text = runCli(['plan', '--db', db], { env });
    expect(text.code).toBe(0);
    const flat = text.stdout.replace(/\s+/g, ' ');
    const pct = (x: number) => `${Math.round(x * 100)}%`;
    expect(flat).toContain(`At your pace of ${Math.round(projection.pace.answersPerDay)} answers a day, the plan leads to about ${pct(projection.expected)} right on exam day (90 % range ${pct(projection.low)}–${pct(projection.high)};`);
    expect(flat).toContain('the range, not the middle, is what to plan on');
  });

  it('says the same in Korean', () => {
    const text = runCli(['plan', '--lang', 'ko', '--db', db], { env });
    expect(text.code).toBe(0);
    expect(text.stdout.replace(/\s+/g, ' ')).toMatch(/지금 속도\(하루 답 \d+개\)라면 계획대로 시험 날 약 \d+% 정답이 예상됩니다\(90% 범위 \d+%–\d+%/);
  });
});
