/** A study history written through the app layer, as a learner's sessions would write it. */
import { ensureBundledBanks } from '../../src/app/bundled-banks.js';
import { presetNewOrderSeed } from '../../src/app/new-order.js';
import { runStudySession } from '../../src/app/study-session.js';
import { fixedClock } from '../../src/app/ports.js';
import { createScheduler } from '../../src/domain/scheduler.js';
import { openDatabase } from '../../src/storage/database.js';
import { DAY, scriptedUi, T0 } from './fixtures.js';

/**
 * The bundled banks in a database file, then `days` daily sessions of `perDay` answers each
 * (reviews first, then new questions), every third answer wrong. Returns the time after the last.
 */
export async function writeHistory(dbPath: string, days: number, perDay: number): Promise<number> {
  const db = openDatabase(dbPath);
  try {
    presetNewOrderSeed(db, 1); // one order of new questions for every run
    await ensureBundledBanks(db, T0);
    for (let day = 0; day < days; day++) {
      const ui = scriptedUi(Array.from({ length: perDay }, (_, i) => ({ answer: i % 3 === 2 ? ('wrong' as const) : ('right' as const) })));
      await runStudySession({ db, clock: fixedClock(T0 + day * DAY, 0), scheduler: createScheduler(), ui }, { filter: {}, newPerDay: perDay, limit: perDay, seed: day });
    }
  } finally {
    db.close();
  }
  return T0 + days * DAY;
}
