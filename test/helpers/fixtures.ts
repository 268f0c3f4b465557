/** Shared test fixtures: a small bank, an in-memory database with the real migrations, a scripted UI. */
import { loadOutlines } from '../../src/app/outlines.js';
import { importBank } from '../../src/app/import-bank.js';
import { presetNewOrderSeed } from '../../src/app/new-order.js';
import type { AnswerOutcome, StudyAction, StudyItem, StudyUi } from '../../src/app/study-session.js';
import { keyResponse } from '../../src/domain/answer-check.js';
import type { Bank } from '../../src/domain/bank.js';
import type { Confidence } from '../../src/domain/grading.js';
import type { Response } from '../../src/domain/question.js';
import { readJsonBank } from '../../src/import/json-bank.js';
import { openDatabase, type Db } from '../../src/storage/database.js';

export const T0 = Date.UTC(2026, 10, 25, 9, 0, 0);
export const MINUTE = 60_000;
export const DAY = 86_400_000;

const text = (en: string) => ({ en, ko: `${en} (ko)` });

/** A bank file (loose form) with `n` single-answer questions, keys in varied positions. */
export function bankFile(n: number, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    format: 'pmp-bank/1',
    id: 'test-bank',
    title: text('Test bank'),
    version: '1.0.0',
    outline: 'eco-2026',
    languages: ['en', 'ko'],
    questions: Array.from({ length: n }, (_, i) => ({
      id: `q${String(i + 1).padStart(3, '0')}`,
      type: 'single',
      prompt: text(`Question number ${i + 1}: which option is right?`),
      options: ['a', 'b', 'c', 'd'].map((id) => ({ id, text: text(`Option ${id} of ${i + 1}`) })),
      answer: ['a', 'b', 'c', 'd'][i % 4],
      explanation: text(`Because ${i + 1}.`),
      eco: { domain: ['people', 'process', 'business-environment'][i % 3], task: 1 + (i % 8) },
      approach: 'agile',
      difficulty: 2,
    })),
    ...overrides,
  };
}

export function parseBank(file: unknown): Bank {
  const result = readJsonBank(JSON.stringify(file), 'test.json', loadOutlines());
  if (!result.ok) throw new Error(`test bank invalid: ${JSON.stringify(result.problems, null, 2)}`);
  return result.bank;
}

export function memoryDbWithBank(bank: Bank, at = T0): Db {
  const db = openDatabase(':memory:');
  presetNewOrderSeed(db, 1); // one order of new questions for every run of a test
  importBank(db, { bank, fileHash: 'test', text: '' }, { source: 'import', at });
  return db;
}

export type ScriptStep =
  | { readonly answer: 'right' | 'wrong' | Response; readonly confidence?: Confidence; readonly then?: 'next' | 'undo' | 'quit' | 'flag' | 'suspend' | 'bury'; readonly elapsedMs?: number }
  | { readonly undo: true }
  | { readonly mark: 'flag' | 'suspend' | 'bury' }
  | { readonly quit: true };

/** A UI that plays a script and fails the test on any prompt the script did not expect. */
export function scriptedUi(script: readonly ScriptStep[]): StudyUi & { readonly asked: StudyItem[]; readonly revealed: AnswerOutcome[]; readonly notes: string[] } {
  const steps = [...script];
  const asked: StudyItem[] = [];
  const revealed: AnswerOutcome[] = [];
  const notes: string[] = [];
  let pendingThen: 'next' | 'undo' | 'quit' | 'flag' | 'suspend' | 'bury' = 'next';
  return {
    asked,
    revealed,
    notes,
    async ask(item) {
      asked.push(item);
      const step = steps.shift();
      if (!step) throw new Error(`unexpected prompt for ${item.bankId}/${item.questionId}: the script has ended`);
      if ('quit' in step) return { kind: 'quit' };
      if ('undo' in step) return { kind: 'undo' };
      if ('mark' in step) return { kind: 'mark', mark: step.mark };
      pendingThen = step.then ?? 'next';
      const q = item.presentation.question;
      let response: Response;
      if (step.answer === 'right') response = keyResponse(q);
      else if (step.answer === 'wrong') response = wrongResponse(item);
      else response = step.answer;
      return { kind: 'answer', response, elapsedMs: step.elapsedMs ?? 1234, ...(step.confidence ? { confidence: step.confidence } : {}) } as StudyAction;
    },
    async reveal(outcome) {
      revealed.push(outcome);
      return pendingThen;
    },
    undone(bankId, questionId) {
      notes.push(`undone ${bankId}/${questionId}`);
    },
    nothingToUndo() {
      notes.push('nothing to undo');
    },
    marked(bankId, questionId, mark) {
      notes.push(`${mark} ${bankId}/${questionId}`);
    },
  };
}

function wrongResponse(item: StudyItem): Response {
  const q = item.presentation.question;
  if (q.type === 'single') return { type: 'single', optionId: q.options.find((o) => o.id !== q.answer)?.id ?? 'x' };
  if (q.type === 'numeric') return { type: 'numeric', value: q.answer.value + 1000 + q.answer.tolerance * 10 };
  if (q.type === 'multiple') return { type: 'multiple', optionIds: q.options.filter((o) => !q.answer.includes(o.id)).slice(0, q.answer.length).map((o) => o.id) };
  if (q.type === 'ordering') return { type: 'ordering', optionIds: [...q.answer].reverse() };
  // Every left item paired with the right item of its neighbour: a derangement of the key.
  const lefts = Object.keys(q.answer);
  return { type: 'matching', pairs: Object.fromEntries(lefts.map((l, i) => [l, q.answer[lefts[(i + 1) % lefts.length]!]!])) };
}

/** A clock whose time the test moves. */
export function movableClock(start = T0): { now: () => number; utcOffsetMinutes: () => number; set: (t: number) => void; advance: (ms: number) => void } {
  let t = start;
  return { now: () => t, utcOffsetMinutes: () => 0, set: (x) => (t = x), advance: (ms) => (t += ms) };
}
