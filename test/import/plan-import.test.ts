import { describe, expect, it } from '@jest/globals';
import { importBank } from '../../src/app/import-bank.js';
import { runStudySession } from '../../src/app/study-session.js';
import { createScheduler } from '../../src/domain/scheduler.js';
import { StudyStore } from '../../src/storage/study-store.js';
import { bankFile, memoryDbWithBank, movableClock, parseBank, scriptedUi, T0 } from '../helpers/fixtures.js';

describe('importing a bank again', () => {
  it('sorts questions into unchanged, updated, answer changed, retired and added, keeping progress where it should', async () => {
    const v1 = bankFile(4);
    const db = memoryDbWithBank(parseBank(v1));
    const scheduler = createScheduler();
    await runStudySession(
      { db, clock: movableClock(), scheduler, ui: scriptedUi([{ answer: 'right' }, { answer: 'right' }, { answer: 'right' }, { answer: 'right' }, { quit: true }]) },
      { filter: {}, newPerDay: 20, seed: 1 },
    );
    const store = new StudyStore(db);
    const pk = (id: string) => db.prepare('SELECT pk FROM questions WHERE question_id = ?').pluck().get(id) as number;

    const same = importBank(db, { bank: parseBank(v1), fileHash: 'v1', text: '' }, { source: 'import', at: T0 });
    expect(same.plan.unchanged).toHaveLength(4);

    const v2 = structuredClone(v1);
    const qs = v2.questions as Record<string, unknown>[];
    qs[0]!.prompt = { en: 'Reworded question 1?', ko: '바뀐 문제 1?' };
    qs[1]!.answer = 'd';
    qs.splice(2, 1);
    qs.push({ ...structuredClone(qs[0]!), id: 'q-new', prompt: { en: 'A brand new question?', ko: '새 문제?' } });
    const before = store.card(pk('q001'))?.state;
    const { plan } = importBank(db, { bank: parseBank(v2), fileHash: 'v2', text: '' }, { source: 'import', at: T0 + 1000 });
    expect(plan.updated.map((p) => p.question.id)).toEqual(['q001']);
    expect(plan.answerChanged.map((p) => p.question.id)).toEqual(['q002']);
    expect(plan.retired).toEqual(['q003']);
    expect(plan.added.map((p) => p.question.id)).toEqual(['q-new']);
    expect(plan.unchanged).toEqual(['q004']);

    expect(store.card(pk('q001'))?.state).toEqual(before);
    expect(store.card(pk('q002'))?.state).toBeNull();
    expect(store.card(pk('q002'))?.keyVersion).toBe(2);
    expect(db.prepare('SELECT COUNT(*) FROM review_log WHERE question_pk = ?').pluck().get(pk('q002'))).toBeGreaterThan(0);
    expect(db.prepare('SELECT active FROM card_state WHERE question_pk = ?').pluck().get(pk('q003'))).toBe(0);

    // Bringing the retired question back restores its history.
    const { plan: back } = importBank(db, { bank: parseBank(v1), fileHash: 'v1b', text: '' }, { source: 'import', at: T0 + 2000 });
    expect(back.restored.map((p) => p.question.id)).toEqual(['q003']);
    expect(store.card(pk('q003'))?.state).not.toBeNull();
  });
});
