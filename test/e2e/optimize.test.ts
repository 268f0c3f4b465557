import { describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../../src/storage/database.js';
import { cliEnv, runCli, tempDb } from '../helpers/cli.js';
import { bankFile, DAY, T0 } from '../helpers/fixtures.js';
import { FORGETFUL_WEIGHTS, simulateLearner } from '../helpers/synthetic-history.js';
import { tempDir } from '../helpers/temp.js';

const DAYS = 60;
const env = cliEnv({ PMP_NOW: new Date(T0 + DAYS * DAY).toISOString(), COLUMNS: '200' });
const pmp = (db: string, args: readonly string[], input = '') => runCli([...args, '--db', db], { env, input });
/** Long sentences wrap at 100 columns, continuing with an indent; join them back for matching. */
const unwrapped = (text: string) => text.replace(/\n  (?=\S)(?!in use|newly)/g, ' ');

/** A database file with the bank imported by the CLI and two months of a forgetful learner's answers. */
function databaseWithHistory(): string {
  const db = tempDb();
  const bank = join(tempDir('opt'), 'bank.json');
  writeFileSync(bank, JSON.stringify(bankFile(300)));
  expect(pmp(db, ['import', bank]).code).toBe(0);
  const handle = openDatabase(db);
  // One outer transaction: thousands of answers without a disk sync each (each is a savepoint inside).
  handle.transaction(() => simulateLearner(handle, FORGETFUL_WEIGHTS, { seed: 11, newPerDay: 10, days: DAYS, bankId: 'test-bank' }))();
  handle.close();
  return db;
}

describe('pmp optimize (command line)', () => {
  it('adopts better parameters, says so with the numbers, and study, rebuild and doctor then agree', () => {
    const db = databaseWithHistory();
    const r = pmp(db, ['optimize']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/Fitting FSRS parameters to \d+ of your reviews/);
    expect(r.stdout).toMatch(/Fitted on \d+ reviews before \d{4}-\d\d-\d\d; tested on the \d+ reviews since/);
    expect(r.stdout).toMatch(/\n  in use \(defaults\)  log loss 0\.\d{4} · RMSE \(bins\) 0\.\d{4}\n/);
    expect(r.stdout).toMatch(/\n  newly fitted       log loss 0\.\d{4} · RMSE \(bins\) 0\.\d{4}\n/);
    expect(unwrapped(r.stdout)).toMatch(/Adopted: the new parameters predict \d+\.\d % better\. Memory states were rebuilt with them; [1-9]\d* due dates moved\./);

    // Study with the adopted parameters, then the cache still agrees with a replay of the log.
    const studied = pmp(db, ['study', '--bank', 'test-bank', '--limit', '5'], 'A\n'.repeat(5) + 'q\n');
    expect(studied.code).toBe(0);
    expect(studied.stdout.match(/saved:/g)?.length).toBe(5);
    expect(pmp(db, ['rebuild', '--check']).code).toBe(0);
    expect(JSON.parse(pmp(db, ['doctor', '--json']).stdout)).toMatchObject({ healthy: true, stateMismatches: 0 });

    const again = JSON.parse(pmp(db, ['optimize', '--dry-run', '--json']).stdout);
    expect(again).toMatchObject({ kind: 'compared', dryRun: true, adopted: false, before: { source: 'adopted' } });

    const reset = pmp(db, ['optimize', '--reset']);
    expect(unwrapped(reset.stdout)).toMatch(/Back to the default FSRS parameters\. Memory states were rebuilt with them; [1-9]\d* due dates moved\./);
  }, 90_000);

  it('with too little history says how much more is needed, in English and Korean', () => {
    const db = tempDb();
    const en = pmp(db, ['optimize']);
    expect(en.code).toBe(0);
    expect(en.stdout).toMatch(/0 reviews so far .*about 500 more needed/s);
    const ko = pmp(db, ['optimize', '--lang', 'ko']);
    expect(ko.stdout).toMatch(/지금까지 복습 0회.*약 500회가 더 필요합니다/s);
    expect(JSON.parse(pmp(db, ['optimize', '--json']).stdout)).toMatchObject({ kind: 'too-little', reviews: 0, needed: 500 });
  });

  it('refuses --reset with --dry-run as a usage error', () => {
    const r = pmp(tempDb(), ['optimize', '--reset', '--dry-run']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--reset and --dry-run cannot be used together/);
  });
});
