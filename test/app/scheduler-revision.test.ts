import { describe, expect, it } from '@jest/globals';
import { rebuildAllStates } from '../../src/app/rebuild.js';
import { ensureSchedulerRevision } from '../../src/app/scheduler-revision.js';
import { runStudySession } from '../../src/app/study-session.js';
import { createScheduler, SCHEDULER_REVISION } from '../../src/domain/scheduler.js';
import { getSetting, putSetting, SETTING } from '../../src/storage/settings.js';
import { StudyStore } from '../../src/storage/study-store.js';
import { bankFile, DAY, memoryDbWithBank, movableClock, parseBank, scriptedUi, T0 } from '../helpers/fixtures.js';

describe('memory states follow the scheduler revision', () => {
  it('a database without answers is only stamped', () => {
    const db = memoryDbWithBank(parseBank(bankFile(4)));
    let backups = 0;
    expect(ensureSchedulerRevision(db, () => createScheduler(), { beforeRebuild: () => backups++ })).toBe(0);
    expect(getSetting(db, SETTING.schedulerRevision)).toBe(SCHEDULER_REVISION);
    expect(backups).toBe(0);
  });

  it('states written under an older revision are rebuilt once, after a backup', async () => {
    const db = memoryDbWithBank(parseBank(bankFile(6)));
    const clock = movableClock(T0);
    await runStudySession({ db, clock, scheduler: createScheduler(), ui: scriptedUi([{ answer: 'right' }, { answer: 'wrong' }, { answer: 'right' }]) }, { filter: {}, newPerDay: 3, limit: 3, seed: 1 });
    // What a database of revision 1 looks like: no stamp, and states that a replay no longer gives.
    const store = new StudyStore(db);
    for (const { questionPk } of store.allCards()) {
      const state = store.card(questionPk)?.state;
      if (state) store.putState(questionPk, { ...state, phase: 'learning', dueAt: state.dueAt - DAY + 600_000, scheduledDays: 0 });
    }
    putSetting(db, SETTING.schedulerRevision, 1);
    expect(rebuildAllStates(db, createScheduler(), { checkOnly: true }).mismatched).toHaveLength(3);

    let backups = 0;
    expect(ensureSchedulerRevision(db, () => createScheduler(), { beforeRebuild: () => backups++ })).toBe(3);
    expect(backups).toBe(1);
    expect(rebuildAllStates(db, createScheduler(), { checkOnly: true }).mismatched).toHaveLength(0);
    expect(ensureSchedulerRevision(db, () => createScheduler(), { beforeRebuild: () => backups++ })).toBe(0);
    expect(backups).toBe(1);
  });
});
