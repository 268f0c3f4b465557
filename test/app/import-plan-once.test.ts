/** An import is planned once (to decide on a backup) and applied with that plan, unless the database changed meanwhile. */
import { describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { importBank, planBank } from '../../src/app/import-bank.js';
import { presetNewOrderSeed } from '../../src/app/new-order.js';
import { openDatabase } from '../../src/storage/database.js';
import { bankFile, parseBank, T0 } from '../helpers/fixtures.js';
import { tempDir } from '../helpers/temp.js';

describe('a plan made before the write transaction', () => {
  const loaded = { bank: parseBank(bankFile(6)), fileHash: 'h1' };

  it('is applied as it is when nothing was committed since', () => {
    const db = openDatabase(join(tempDir('plan-once'), 'a.db'));
    presetNewOrderSeed(db, 1);
    const planned = planBank(db, loaded);
    const result = importBank(db, loaded, { source: 'import', at: T0, planned });
    expect(result.plan).toBe(planned.plan);
    expect(result.plan.added).toHaveLength(6);
    db.close();
  });

  it('is made again when another process imported the bank meanwhile', () => {
    const path = join(tempDir('plan-once'), 'b.db');
    const mine = openDatabase(path);
    presetNewOrderSeed(mine, 1);
    const planned = planBank(mine, loaded);
    const other = openDatabase(path);
    importBank(other, loaded, { source: 'import', at: T0 });
    other.close();
    // The stale plan would add the six questions a second time (a UNIQUE failure); the new one finds them unchanged.
    const result = mine.transaction(() => importBank(mine, loaded, { source: 'import', at: T0 + 1, planned })).immediate();
    expect(result.plan).not.toBe(planned.plan);
    expect(result.plan.unchanged).toHaveLength(6);
    expect(result.applied).toBe(false);
    mine.close();
  });
});
