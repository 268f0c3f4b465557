/**
 * The bank linter: what a valid bank can still get wrong. The same checks serve our bundled
 * banks (in CI, with --strict) and trainers' banks. Pure: banks in, findings out.
 */
import type { Bank } from '../domain/bank.js';
import { computeCoverage, type CoverageItem } from '../domain/coverage.js';
import { computeFormula } from '../domain/formulas.js';
import type { Outline } from '../domain/outline.js';
import { isChoiceQuestion, type Exhibit, type Question } from '../domain/question.js';
import type { Text } from '../domain/text.js';
import { DEFAULT_MAX_KEY_LONGEST, DEFAULT_MAX_KEY_SHORTEST, lintCues } from './lint-cues.js';

export type Severity = 'error' | 'warning';

export interface LintFinding {
  readonly severity: Severity;
  readonly code: string;
  readonly bankId: string;
  /** JSON path inside the bank file, e.g. `questions[3].prompt`. */
  readonly path?: readonly (string | number)[];
  readonly questionId?: string;
  readonly message: string;
}

export interface LintOptions {
  /** Warnings become errors, and teaching fields (rationales, traps, tags) are required. */
  readonly strict: boolean;
  /** Every task of each outline needs at least this many questions across all the banks. */
  readonly minPerTask?: number;
  /** The share of single-answer keys that may be the longest option, per bank and language (default 0.3). */
  readonly maxKeyLongest?: number;
  /** The same for the shortest option (default 0.3). */
  readonly maxKeyShortest?: number;
}

/** Soft limits on lengths: past these a question does not fit a screen. */
export const LENGTH_LIMITS = { prompt: 1200, option: 300, explanation: 4000, scenario: 2500 } as const;

const NEAR_DUPLICATE_SIMILARITY = 0.8;
/** Pairwise comparison is quadratic: past this many questions only exact duplicates are checked. */
const NEAR_DUPLICATE_MAX_QUESTIONS = 6000;

export function lintBanks(banks: readonly Bank[], outlines: ReadonlyMap<string, Outline>, options: LintOptions): LintFinding[] {
  const findings: LintFinding[] = [];
  const soft: Severity = options.strict ? 'error' : 'warning';
  const seenBankIds = new Set<string>();
  for (const bank of banks) {
    if (seenBankIds.has(bank.id)) findings.push({ severity: 'error', code: 'duplicate-bank', bankId: bank.id, message: `bank id "${bank.id}" is used by more than one file` });
    seenBankIds.add(bank.id);
    findings.push(...lintOneBank(bank, options, soft));
  }
  findings.push(...duplicatePrompts(banks, soft));
  if (options.minPerTask !== undefined) findings.push(...taskCoverage(banks, outlines, options.minPerTask));
  return findings;
}

function lintOneBank(bank: Bank, options: LintOptions, soft: Severity): LintFinding[] {
  const findings: LintFinding[] = [];
  const add = (severity: Severity, code: string, index: number, q: Question, message: string, path: (string | number)[] = []) =>
    findings.push({ severity, code, bankId: bank.id, path: ['questions', index, ...path], questionId: q.id, message });

  for (const [trap, name] of Object.entries(bank.traps)) {
    for (const lang of missingLanguages(name, bank.languages)) {
      findings.push({ severity: soft, code: 'missing-language', bankId: bank.id, path: ['traps', trap], message: `trap "${trap}" has no ${lang} name` });
    }
  }
  bank.scenarios.forEach((s, i) => {
    for (const lang of missingLanguages(s.text, bank.languages)) {
      findings.push({ severity: soft, code: 'missing-language', bankId: bank.id, path: ['scenarios', i, 'text'], message: `no ${lang} text` });
    }
    const over = longest(s.text) - LENGTH_LIMITS.scenario;
    if (over > 0) findings.push({ severity: soft, code: 'too-long', bankId: bank.id, path: ['scenarios', i, 'text'], message: `scenario text is ${over} characters over ${LENGTH_LIMITS.scenario}` });
  });

  bank.questions.forEach((q, i) => {
    for (const [path, text] of textsOf(q)) {
      for (const lang of missingLanguages(text, bank.languages)) add(soft, 'missing-language', i, q, `no ${lang} text`, path);
    }
    checkLength(q.prompt, LENGTH_LIMITS.prompt, 'prompt', (m) => add(soft, 'too-long', i, q, m, ['prompt']));
    if (q.explanation) checkLength(q.explanation, LENGTH_LIMITS.explanation, 'explanation', (m) => add(soft, 'too-long', i, q, m, ['explanation']));
    if (isChoiceQuestion(q)) {
      q.options.forEach((o, k) => checkLength(o.text, LENGTH_LIMITS.option, 'option', (m) => add(soft, 'too-long', i, q, m, ['options', k, 'text'])));
    }

    if (q.type === 'multiple') {
      for (const lang of bank.languages) {
        const prompt = q.prompt[lang];
        if (prompt !== undefined && !saysHowMany(prompt, q.answer.length, lang)) {
          add('error', 'multiple-count', i, q, `the ${lang} prompt must say to choose ${q.answer.length} (e.g. "(Choose ${q.answer.length}.)")`, ['prompt']);
        }
      }
    }

    if (q.type === 'numeric' && q.calc) {
      try {
        const value = computeFormula(q.calc.formula, q.calc.inputs);
        if (Math.abs(value - q.answer.value) > q.answer.tolerance + 1e-9 * Math.max(1, Math.abs(value))) {
          add('error', 'wrong-key', i, q, `calc ${q.calc.formula} gives ${round(value)}, but the key is ${q.answer.value} ± ${q.answer.tolerance}`, ['answer']);
        }
      } catch (e) {
        add('error', 'bad-calc', i, q, (e as Error).message, ['calc']);
      }
    }

    if (options.strict) {
      if (!q.explanation) add('error', 'no-explanation', i, q, 'no "explanation"', []);
      if (!q.eco) add('error', 'untagged', i, q, 'no "eco" task tag', []);
      if (!q.approach) add('error', 'no-approach', i, q, 'no "approach" (predictive, agile or hybrid)', []);
      if (!q.difficulty) add('error', 'no-difficulty', i, q, 'no "difficulty" (1–3)', []);
      if (q.references.length === 0) add('error', 'no-reference', i, q, 'no "references"', []);
      if (q.type === 'numeric' && !q.calc) add('error', 'no-calc', i, q, 'a numeric question needs "calc" so its key can be recomputed', []);
      if (q.type === 'single' || q.type === 'multiple') {
        const keys: readonly string[] = q.type === 'single' ? [q.answer] : q.answer;
        q.options.forEach((o, k) => {
          if (!o.rationale) add('error', 'no-rationale', i, q, `option "${o.id}" has no rationale`, ['options', k]);
          if (!keys.includes(o.id) && Object.keys(bank.traps).length > 0 && !o.trap) add('error', 'no-trap', i, q, `wrong option "${o.id}" has no trap`, ['options', k]);
          if (keys.includes(o.id) && o.trap) add('error', 'trap-on-key', i, q, `option "${o.id}" is part of the key but carries a trap`, ['options', k]);
        });
      }
    }
  });

  findings.push(...keyPositions(bank));
  const limits = { longest: options.maxKeyLongest ?? DEFAULT_MAX_KEY_LONGEST, shortest: options.maxKeyShortest ?? DEFAULT_MAX_KEY_SHORTEST };
  for (const cue of lintCues(bank, limits)) {
    // Two options with the same text make a question unanswerable; the other cues make it too easy.
    const severity = cue.code === 'same-option' ? 'error' : soft;
    findings.push({ severity, code: cue.code, bankId: bank.id, ...(cue.path ? { path: cue.path } : {}), ...(cue.questionId !== undefined ? { questionId: cue.questionId } : {}), message: cue.message });
  }
  return findings;
}

/** Keys bunched on one position (always "A") teach test-taking, not project management. */
function keyPositions(bank: Bank): LintFinding[] {
  const singles = bank.questions.filter((q) => q.type === 'single' && q.options.length >= 3);
  if (singles.length < 20) return [];
  const counts = new Map<number, number>();
  for (const q of singles) {
    if (q.type !== 'single') continue;
    const pos = q.options.findIndex((o) => o.id === q.answer);
    counts.set(pos, (counts.get(pos) ?? 0) + 1);
  }
  const [pos, n] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] as [number, number];
  if (n / singles.length <= 0.4) return [];
  return [
    {
      severity: 'warning',
      code: 'key-position',
      bankId: bank.id,
      message: `${n} of ${singles.length} single-answer keys (${Math.round((100 * n) / singles.length)} %) are option ${pos + 1} in the file; vary the key's position`,
    },
  ];
}

/**
 * Same or nearly the same prompts. Questions of one scenario share its case text, so they are
 * compared by their own prompt; questions of different scenarios by case and prompt together.
 */
function duplicatePrompts(banks: readonly Bank[], soft: Severity): LintFinding[] {
  const findings: LintFinding[] = [];
  const entries = banks.flatMap((bank) =>
    bank.questions.map((q, index) => {
      const lang = bank.languages[0] as string;
      const own = normalizeWords(`${q.prompt[lang] ?? ''} ${exhibitText(q.exhibit, lang)}`);
      const context = q.scenario ? normalizeWords(`${q.scenario.text[lang] ?? ''} ${exhibitText(q.scenario.exhibit, lang)}`) : [];
      const scenario = q.scenario ? `${bank.id}/${q.scenario.id}` : null;
      return { bank, q, index, scenario, key: `${scenario ?? ''}|${own.join(' ')}`, own: shingles(own), full: shingles([...context, ...own]) };
    }),
  );
  const byKey = new Map<string, (typeof entries)[number]>();
  for (const e of entries) {
    const first = byKey.get(e.key);
    if (first) {
      findings.push({
        severity: 'error',
        code: 'duplicate-prompt',
        bankId: e.bank.id,
        path: ['questions', e.index, 'prompt'],
        questionId: e.q.id,
        message: `same prompt as ${first.bank.id}/${first.q.id}`,
      });
    } else byKey.set(e.key, e);
  }
  if (entries.length > NEAR_DUPLICATE_MAX_QUESTIONS) return findings;
  const unique = [...byKey.values()];
  for (let a = 0; a < unique.length; a++) {
    for (let b = a + 1; b < unique.length; b++) {
      const x = unique[a] as (typeof entries)[number];
      const y = unique[b] as (typeof entries)[number];
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

function taskCoverage(banks: readonly Bank[], outlines: ReadonlyMap<string, Outline>, minPerTask: number): LintFinding[] {
  const findings: LintFinding[] = [];
  for (const [outlineId, outline] of outlines) {
    const inOutline = banks.filter((b) => b.outline === outlineId);
    if (inOutline.length === 0) continue;
    const items: CoverageItem[] = inOutline.flatMap((b) =>
      b.questions.map((q) => ({ domain: q.eco?.domain ?? null, task: q.eco?.task ?? null, type: q.type, approach: q.approach ?? null })),
    );
    for (const d of computeCoverage(items, outline).domains) {
      for (const t of d.tasks) {
        if (t.questions < minPerTask) {
          findings.push({
            severity: 'error',
            code: 'task-coverage',
            bankId: inOutline.map((b) => b.id).join(', '),
            message: `${outlineId} ${d.domain} task ${t.task} has ${t.questions} question(s); at least ${minPerTask} wanted`,
          });
        }
      }
    }
  }
  return findings;
}

const COUNT_WORDS_EN = ['zero', 'one', 'two', 'three', 'four', 'five', 'six'];
const COUNT_WORDS_KO = ['', '한', '두', '세', '네', '다섯', '여섯'];

/** Whether a prompt tells how many options to choose: "(Choose two.)", "(두 개를 고르시오.)". */
export function saysHowMany(prompt: string, n: number, lang: string): boolean {
  if (lang === 'ko') return new RegExp(`(${n}|${COUNT_WORDS_KO[n] ?? n})\\s*(개|가지)`).test(prompt);
  if (lang === 'en') return new RegExp(`\\b(${n}|${COUNT_WORDS_EN[n] ?? n})\\b`, 'i').test(prompt);
  return true;
}

function textsOf(q: Question): [(string | number)[], Text][] {
  const texts: [(string | number)[], Text][] = [[['prompt'], q.prompt]];
  if (q.explanation) texts.push([['explanation'], q.explanation]);
  if (isChoiceQuestion(q)) {
    q.options.forEach((o, k) => {
      texts.push([['options', k, 'text'], o.text]);
      if (o.rationale) texts.push([['options', k, 'rationale'], o.rationale]);
    });
  }
  if (q.type === 'matching') {
    q.left.forEach((l, k) => texts.push([['left', k, 'text'], l.text]));
    q.right.forEach((r, k) => texts.push([['right', k, 'text'], r.text]));
  }
  if (q.exhibit) {
    q.exhibit.columns.forEach((c, k) => texts.push([['exhibit', 'columns', k], c]));
    q.exhibit.rows.forEach((row, r) => row.forEach((c, k) => typeof c !== 'number' && texts.push([['exhibit', 'rows', r, k], c])));
  }
  return texts;
}

function missingLanguages(text: Text, languages: readonly string[]): string[] {
  return languages.filter((l) => text[l] === undefined);
}

function longest(text: Text): number {
  return Math.max(0, ...Object.values(text).map((s) => s.length));
}

function checkLength(text: Text, limit: number, what: string, report: (message: string) => void): void {
  const n = longest(text);
  if (n > limit) report(`${what} is ${n} characters; keep it under ${limit}`);
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

function round(x: number): string {
  return String(Math.round(x * 10000) / 10000);
}
