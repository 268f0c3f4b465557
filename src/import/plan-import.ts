/**
 * Sorts an incoming bank's questions against what the database holds — added, updated,
 * answer changed, unchanged, retired, restored — before anything is written. Pure.
 */
import type { Bank } from '../domain/bank.js';
import type { ImportPlan, PlannedQuestion, SamePromptIndex, StoredQuestion } from '../domain/import-plan.js';
import type { Question } from '../domain/question.js';
import { answerHash, contentHash, promptKey } from '../domain/question-hash.js';
import { hashString } from '../domain/random.js';

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
