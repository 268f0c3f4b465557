/**
 * Repeated and nearly repeated prompts. A repeated prompt — the same case text, prompt and exhibit
 * apart from case and spacing (plan-import.ts samePromptKey) — is one rule for `pmp validate`
 * (across every file it checks) and `pmp import` (within each bank): a warning, since the bank
 * still imports and each copy is a question of its own, and an error under --strict. Near-duplicates
 * (validate only) compare words: questions of one scenario by their own prompt, questions of
 * different scenarios by case and prompt together.
 */
import type { Bank } from '../domain/bank.js';
import type { Exhibit, Question } from '../domain/question.js';
import type { LintFinding, Severity } from './lint-bank.js';
import { promptKey } from '../domain/question-hash.js';
import { repeatFinder, samePromptKey } from './plan-import.js';

const NEAR_DUPLICATE_SIMILARITY = 0.8;
/** Pairwise comparison is quadratic: past this many questions only exact duplicates are checked. */
const NEAR_DUPLICATE_MAX_QUESTIONS = 6000;

/** A question whose case, prompt and exhibit an earlier one has, apart from case and spacing. */
export interface SamePrompt {
  readonly bank: Bank;
  readonly index: number;
  readonly question: Question;
  readonly first: { readonly bank: Bank; readonly index: number; readonly question: Question };
}

/** The words that make a prompt, in the bank's first language (for near-duplicates). */
function promptWords(bank: Bank, q: Question): { own: string[]; context: string[]; scenario: string | null } {
  const lang = bank.languages[0] as string;
  const own = normalizeWords(`${q.prompt[lang] ?? ''} ${exhibitText(q.exhibit, lang)}`);
  const context = q.scenario ? normalizeWords(`${q.scenario.text[lang] ?? ''} ${exhibitText(q.scenario.exhibit, lang)}`) : [];
  return { own, context, scenario: scenarioOf(bank, q) };
}

const scenarioOf = (bank: Bank, q: Question): string | null => (q.scenario ? `${bank.id}/${q.scenario.id}` : null);

/** Every question whose prompt an earlier question (in these banks, in order) already has: the rule import applies (plan-import.ts). */
export function samePrompts(banks: readonly Bank[]): SamePrompt[] {
  const same: SamePrompt[] = [];
  for (const bank of banks) {
    const finder = repeatFinder(bank);
    bank.questions.forEach((question, index) => finder.add(index, promptKey(question, bank.languages[0] as string)));
    for (const r of finder.found) {
      same.push({ bank, index: r.index, question: bank.questions[r.index] as Question, first: { bank, index: r.firstIndex, question: bank.questions[r.firstIndex] as Question } });
    }
  }
  // Across banks (validate of several files): the same rule, each bank's first of a kind against the earlier banks'.
  const firstOf = new Map<string, SamePrompt['first']>();
  const repeatedWithin = new Set(same.map((s) => s.question));
  for (const bank of banks) {
    const lang = bank.languages[0] as string;
    const mine = new Map<string, SamePrompt['first']>();
    bank.questions.forEach((question, index) => {
      if (repeatedWithin.has(question)) return;
      const key = samePromptKey(question, lang);
      const first = firstOf.get(key);
      if (first) same.push({ bank, index, question, first });
      else mine.set(key, { bank, index, question });
    });
    for (const [k, v] of mine) firstOf.set(k, v);
  }
  return same;
}

/** The linter's findings: exact duplicates, then (for banks small enough) near-duplicates. */
export function duplicatePrompts(banks: readonly Bank[], soft: Severity): LintFinding[] {
  const same = samePrompts(banks);
  const findings: LintFinding[] = same.map((s) => ({
    severity: soft,
    code: 'duplicate-prompt',
    bankId: s.bank.id,
    path: ['questions', s.index, 'prompt'],
    questionId: s.question.id,
    message: `same prompt as ${s.first.bank.id}/${s.first.question.id}`,
  }));
  const total = banks.reduce((n, b) => n + b.questions.length, 0);
  if (total > NEAR_DUPLICATE_MAX_QUESTIONS) return findings;
  const repeated = new Set(same.map((s) => s.question));
  const unique = banks.flatMap((bank) =>
    bank.questions
      .map((q, index) => ({ bank, q, index }))
      .filter((e) => !repeated.has(e.q))
      .map((e) => {
        const w = promptWords(e.bank, e.q);
        return { ...e, scenario: w.scenario, own: shingles(w.own), full: shingles([...w.context, ...w.own]) };
      }),
  );
  for (let a = 0; a < unique.length; a++) {
    for (let b = a + 1; b < unique.length; b++) {
      const x = unique[a] as (typeof unique)[number];
      const y = unique[b] as (typeof unique)[number];
      const sameCase = x.scenario === y.scenario;
      const similarity = sameCase ? jaccard(x.own, y.own) : jaccard(x.full, y.full);
      if (similarity >= NEAR_DUPLICATE_SIMILARITY) {
        findings.push({
          severity: soft,
          code: 'near-duplicate',
          bankId: y.bank.id,
          path: ['questions', y.index, 'prompt'],
          questionId: y.q.id,
          message: `prompt is ${Math.round(similarity * 100)} % like ${x.bank.id}/${x.q.id}`,
        });
      }
    }
  }
  return findings;
}

function exhibitText(e: Exhibit | undefined, lang: string): string {
  if (!e) return '';
  return e.rows.map((r) => r.map((c) => (typeof c === 'number' ? String(c) : c[lang] ?? '')).join(' ')).join(' ');
}

function normalizeWords(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
}

function shingles(words: readonly string[]): Set<string> {
  const set = new Set<string>();
  for (let i = 0; i + 1 < words.length; i++) set.add(`${words[i]} ${words[i + 1]}`);
  if (words.length === 1) set.add(words[0] as string);
  return set;
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let common = 0;
  for (const x of a) if (b.has(x)) common++;
  return common / (a.size + b.size - common);
}
