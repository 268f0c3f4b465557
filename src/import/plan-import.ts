/**
 * Sorts an incoming bank's questions against what the database holds — added, updated,
 * answer changed, unchanged, retired, restored — before anything is written. Pure.
 */
import { hash } from 'node:crypto';
import type { Bank } from '../domain/bank.js';
import type { Question } from '../domain/question.js';
import { hashString } from '../domain/random.js';

export interface StoredQuestion {
  readonly contentHash: string;
  readonly answerHash: string;
  readonly retired: boolean;
}

export interface PlannedQuestion {
  readonly question: Question;
  readonly contentHash: string;
  readonly answerHash: string;
  /** Same case and prompt, whatever the bank: how duplicates across banks are found. */
  readonly promptKey: string;
  /** Position in the order new questions are introduced: scenario sets stay together. */
  readonly newRank: number;
}

export interface ImportPlan {
  readonly bankId: string;
  readonly added: readonly PlannedQuestion[];
  /** Wording changed, key the same: the learner's progress is kept. */
  readonly updated: readonly PlannedQuestion[];
  /** The key changed: that question's progress starts over (its old log stays). */
  readonly answerChanged: readonly PlannedQuestion[];
  /** Back in the bank after being retired. */
  readonly restored: readonly PlannedQuestion[];
  readonly unchanged: readonly string[];
  /** Gone from the bank: no longer studied, history kept. */
  readonly retired: readonly string[];
  /**
   * Questions whose case and prompt (promptKey) an earlier question of the same bank has, by index
   * in bank.questions: found here, where every question's key is computed anyway, so a big import
   * pays no second pass over its texts.
   */
  readonly samePrompts: readonly SamePromptIndex[];
}

export interface SamePromptIndex {
  readonly index: number;
  readonly firstIndex: number;
}

export function planImport(bank: Bank, stored: ReadonlyMap<string, StoredQuestion>): ImportPlan {
  const added: PlannedQuestion[] = [];
  const updated: PlannedQuestion[] = [];
  const answerChanged: PlannedQuestion[] = [];
  const restored: PlannedQuestion[] = [];
  const unchanged: string[] = [];
  const groupIndex = new Map<string, number>();
  const repeats = repeatFinder(bank);
  for (const [position, question] of bank.questions.entries()) {
    const group = question.scenario?.id ?? `q:${question.id}`;
    const index = groupIndex.get(group) ?? 0;
    groupIndex.set(group, index + 1);
    const planned = new Planned(
      question,
      answerHash(question),
      promptKey(question, bank.languages[0] as string),
      hashString(`${bank.id}/${group}`) * 64 + Math.min(index, 63),
    );
    repeats.add(position, planned.promptKey);
    const before = stored.get(question.id);
    if (!before) added.push(planned);
    else if (before.answerHash !== planned.answerHash) answerChanged.push(planned);
    else if (before.retired) restored.push(planned);
    else if (before.contentHash !== planned.contentHash) updated.push(planned);
    else unchanged.push(question.id);
  }
  const incoming = new Set(bank.questions.map((q) => q.id));
  const retired = [...stored.entries()].filter(([id, s]) => !s.retired && !incoming.has(id)).map(([id]) => id);
  return { bankId: bank.id, added, updated, answerChanged, restored, unchanged, retired, samePrompts: repeats.found };
}

/**
 * A planned question whose content hash is worked out when first read: a new question's hash
 * comes with its stored form (storedForm), so its JSON is written once. A class rather than an
 * object with a getter: 100,000 planned questions then share one getter instead of a closure each.
 */
class Planned implements PlannedQuestion {
  #contentHash: string | undefined;
  constructor(
    readonly question: Question,
    readonly answerHash: string,
    readonly promptKey: string,
    readonly newRank: number,
  ) {}
  get contentHash(): string {
    return (this.#contentHash ??= contentHash(this.question));
  }
}

export function planIsEmpty(plan: ImportPlan): boolean {
  return plan.added.length + plan.updated.length + plan.answerChanged.length + plan.restored.length + plan.retired.length === 0;
}

/**
 * The rule for a repeated prompt, one for import and validate (docs/bank-format.md): the same
 * case text, prompt and exhibit, apart from case and spacing. Computed in full only for the
 * questions whose promptKey (which leaves the exhibit out) another question already has.
 */
export function samePromptKey(question: Question, lang: string, key = promptKey(question, lang)): string {
  return question.exhibit ? `${key}|${JSON.stringify(question.exhibit)}` : key;
}

/** Finds repeated prompts in bank order, the promptKey of each question given as it is computed. */
export function repeatFinder(bank: Bank): { add(index: number, promptKey: string): void; readonly found: SamePromptIndex[] } {
  const lang = bank.languages[0] as string;
  const firstWithKey = new Map<string, number>();
  // Filled only when prompt keys collide: the full keys of the questions involved.
  const firstWithFullKey = new Map<string, number>();
  const fullKeyOf = (index: number, key: string) => samePromptKey(bank.questions[index] as Question, lang, key);
  const found: SamePromptIndex[] = [];
  return {
    found,
    add(index, key) {
      const first = firstWithKey.get(key);
      if (first === undefined) {
        firstWithKey.set(key, index);
        return;
      }
      const firstFull = fullKeyOf(first, key);
      if (!firstWithFullKey.has(firstFull)) firstWithFullKey.set(firstFull, first);
      const full = fullKeyOf(index, key);
      const same = firstWithFullKey.get(full);
      if (same === undefined) firstWithFullKey.set(full, index);
      else found.push({ index, firstIndex: same });
    },
  };
}

/** Hash of the case text and prompt in the bank's first language, normalised (case, spaces, NFC). */
export function promptKey(question: Question, lang: string): string {
  const norm = (t: string | undefined) => (t ?? '').normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
  const pick = (text: Readonly<Record<string, string>> | undefined) => (text ? (text[lang] ?? Object.values(text)[0]) : undefined);
  return sha(`${norm(pick(question.scenario?.text))}|${norm(pick(question.prompt))}`);
}

// The first 16 bytes as hex, made directly: slicing the full hex string would keep all 64
// characters alive behind each of the 100,000s of hashes a big import holds.
const sha = (s: string): string => hash('sha256', s, 'buffer').toString('hex', 0, 16);

/**
 * The question as the questions table keeps it — JSON without its scenario (scenarios are
 * stored once, apart) — and its content hash. Without a scenario that JSON is the whole
 * question, so one text serves both: a big import writes each question's JSON once.
 */
export function storedForm(p: PlannedQuestion): { readonly body: string; readonly contentHash: string } {
  const question = p.question;
  if (question.scenario === undefined) {
    const body = JSON.stringify(question);
    return { body, contentHash: sha(body) };
  }
  const { scenario: _scenario, ...withoutScenario } = question;
  return { body: JSON.stringify(withoutScenario), contentHash: p.contentHash };
}

export function contentHash(question: Question): string {
  return sha(JSON.stringify(question));
}

/** The key alone, in a canonical form: reordering a `multiple` key is not a change. */
export function answerHash(question: Question): string {
  switch (question.type) {
    case 'single':
    case 'ordering':
      return sha(JSON.stringify([question.type, question.answer]));
    case 'multiple':
      return sha(JSON.stringify([question.type, [...question.answer].sort()]));
    case 'matching':
      return sha(JSON.stringify([question.type, Object.entries(question.answer).sort()]));
    case 'numeric':
      return sha(JSON.stringify([question.type, question.answer.value, question.answer.tolerance]));
  }
}
