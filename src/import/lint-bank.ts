/**
 * The bank linter: what a valid bank can still get wrong. The same checks serve our bundled
 * banks (in CI, with --strict) and trainers' banks. Pure: banks in, findings out.
 */
import type { Bank } from '../domain/bank.js';
import { computeCoverage, type CoverageItem } from '../domain/coverage.js';
import { computeFormula } from '../domain/formulas.js';
import type { Outline } from '../domain/outline.js';
import { isChoiceQuestion, type Question } from '../domain/question.js';
import type { Text } from '../domain/text.js';
import { duplicatePrompts } from './lint-duplicates.js';
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

/**
 * Keys bunched on one position (always "A") teach test-taking, not project management — but only
 * where the learner sees that position. Options are shuffled at every showing, so the place of a
 * key in the file means nothing (bank-format.md: the key may always be listed first) unless the
 * key is fixed in place: pinned ("All of the above"), `fixed: true`, or every option kept in file
 * order (--keep-order). Only those questions are counted.
 */
function keyPositions(bank: Bank): LintFinding[] {
  const pinned = bank.questions.filter((q) => q.type === 'single' && q.options.length >= 3 && q.options.some((o) => o.id === q.answer && o.fixed === true));
  if (pinned.length < KEY_POSITION_MIN_QUESTIONS) return [];
  const counts = new Map<number, number>();
  for (const q of pinned) {
    if (q.type !== 'single') continue;
    const pos = q.options.findIndex((o) => o.id === q.answer);
    counts.set(pos, (counts.get(pos) ?? 0) + 1);
  }
  const [pos, n] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] as [number, number];
  if (n / pinned.length <= 0.4) return [];
  return [
    {
      severity: 'warning',
      code: 'key-position',
      bankId: bank.id,
      message: `${n} of ${pinned.length} single-answer keys kept in place (not shuffled) are option ${pos + 1} (${Math.round((100 * n) / pinned.length)} %); learners will find the key there — vary its position or let the options shuffle`,
    },
  ];
}

/** Fewer keys in place than this say nothing about a habit. */
const KEY_POSITION_MIN_QUESTIONS = 20;

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

function round(x: number): string {
  return String(Math.round(x * 10000) / 10000);
}
