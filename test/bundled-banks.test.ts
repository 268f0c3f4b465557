/**
 * The bundled banks are what most candidates study: they must be many, correct, complete in
 * both languages, and cover the exam outline in force. These tests read questions/*.json.
 */
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadBankFile } from '../src/app/import-bank.js';
import { loadOutlines } from '../src/app/outlines.js';
import { computeCoverage } from '../src/domain/coverage.js';
import { computeFormula } from '../src/domain/formulas.js';
import type { Question } from '../src/domain/question.js';
import { lintBanks } from '../src/import/lint-bank.js';

const DIR = join(process.cwd(), 'questions');
const banks = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => loadBankFile(join(DIR, f)).bank);
const questions: Question[] = banks.flatMap((b) => b.questions);
const outline = loadOutlines().get('eco-2026')!;
/** Questions whose calc inputs are all derived from the text, not quoted from it; each says how. */
const DERIVED_INPUTS: Readonly<Record<string, string>> = {
  'pe-086': 'n = 11 team members + the project manager = 12',
  'pb-029': 'critical path A–B–D–G–I = 3+5+6+4+2 = 20; path A–C–F–H–I = 3+4+5+3+2 = 17 (durations in the exhibit)',
};
const share = (pred: (q: Question) => boolean) => questions.filter(pred).length / questions.length;

describe('the bundled question banks', () => {
  it('load, and pass the strict linter (cue checks included) with at least 25 questions for every ECO 2026 task', () => {
    expect(banks.length).toBeGreaterThanOrEqual(2);
    expect(lintBanks(banks, loadOutlines(), { strict: true, minPerTask: 25 })).toEqual([]);
  });

  it('hold at least 1,000 questions, shared across domains as the blueprint weighs them (±2 points)', () => {
    expect(questions.length).toBeGreaterThanOrEqual(1000);
    const coverage = computeCoverage(
      questions.map((q) => ({ domain: q.eco?.domain ?? null, task: q.eco?.task ?? null, type: q.type, approach: q.approach ?? null })),
      outline,
    );
    expect(coverage.untagged).toBe(0);
    for (const d of coverage.domains) {
      expect({ domain: d.domain, off: Math.abs(d.share - d.weight) <= 0.02 }).toEqual({ domain: d.domain, off: true });
      for (const t of d.tasks) expect(t.questions).toBeGreaterThanOrEqual(25);
    }
  });

  it('mix item types like the real exam', () => {
    expect(share((q) => q.type === 'multiple')).toBeGreaterThanOrEqual(0.15);
    expect(share((q) => q.type === 'matching')).toBeGreaterThanOrEqual(0.05);
    // Calculations are on the exam, but few: at least some, at most 7 % (issue 12).
    expect(share((q) => q.type === 'numeric')).toBeGreaterThanOrEqual(0.02);
    expect(share((q) => q.type === 'numeric')).toBeLessThanOrEqual(0.07);
    expect(share((q) => q.type === 'ordering')).toBeGreaterThanOrEqual(0.03);
    const agileOrHybrid = share((q) => q.approach === 'agile' || q.approach === 'hybrid');
    expect(agileOrHybrid).toBeGreaterThan(0.55);
    expect(agileOrHybrid).toBeLessThan(0.65);
  });

  it('have at least 10 scenario sets of 2–4 questions, and exhibits to read', () => {
    const sets = new Map<string, number>();
    for (const b of banks) for (const q of b.questions) if (q.scenario) sets.set(`${b.id}/${q.scenario.id}`, (sets.get(`${b.id}/${q.scenario.id}`) ?? 0) + 1);
    expect(sets.size).toBeGreaterThanOrEqual(10);
    for (const n of sets.values()) {
      expect(n).toBeGreaterThanOrEqual(2);
      expect(n).toBeLessThanOrEqual(4);
    }
    expect(questions.filter((q) => q.exhibit || q.scenario?.exhibit).length).toBeGreaterThanOrEqual(10);
  });

  it('look like the exam: situations, long enough stems, the 2026 themes, hard items, few PMO-type items, no near-duplicates', () => {
    // One definition of each figure: the script the closing notes quote (node scripts/bank-metrics.mjs).
    const run = spawnSync(process.execPath, ['scripts/bank-metrics.mjs', '--json'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    const m = JSON.parse(run.stdout);
    expect(m.situationalPercent).toBeGreaterThanOrEqual(80);
    expect(m.medianStemWords).toBeGreaterThanOrEqual(55);
    expect(m.themes.ai).toBeGreaterThanOrEqual(20);
    expect(m.themes.sustainability).toBeGreaterThanOrEqual(20);
    expect(m.themes['benefits-value']).toBeGreaterThanOrEqual(20);
    expect(m.themes.okr).toBeGreaterThanOrEqual(8);
    for (const n of Object.values(m.principles)) expect(n).toBeGreaterThanOrEqual(5);
    expect(m.calculationPercent).toBeLessThanOrEqual(7);
    expect(m.hardestPercent).toBeGreaterThanOrEqual(25);
    expect(m.pmoTypeItems).toBeLessThanOrEqual(25);
    expect(m.nearDuplicatePairs).toBe(0);
  });

  it('have numeric keys that recompute from the numbers given in each question', () => {
    const numeric = questions.filter((q) => q.type === 'numeric');
    expect(numeric.length).toBeGreaterThanOrEqual(15);
    for (const q of numeric) {
      if (q.type !== 'numeric' || !q.calc) throw new Error(`${q.id} has no calc`);
      const value = computeFormula(q.calc.formula, q.calc.inputs);
      expect({ id: q.id, ok: Math.abs(value - q.answer.value) <= q.answer.tolerance + 1e-9 }).toEqual({ id: q.id, ok: true });
      // The inputs come from the question's own numbers (some are derived, e.g. team size + 1), so at
      // least one of them must appear in its prompt, scenario or exhibit: a calc cannot drift away unseen.
      const shown = [q.prompt.en, q.scenario?.text.en, JSON.stringify(q.exhibit ?? ''), JSON.stringify(q.scenario?.exhibit ?? '')].join(' ').replace(/,(?=\d{3})/g, '');
      const numbers = Object.values(q.calc.inputs).flatMap((input) => (Array.isArray(input) ? input : [input]));
      const appears = numbers.some((n) => [n, n * 100, Math.round(n * 100)].map((x) => String(Math.abs(x))).some((f) => shown.includes(f)));
      expect({ id: q.id, appears: appears || q.id in DERIVED_INPUTS }).toEqual({ id: q.id, appears: true });
    }
  });

  it('teach: every question explains, every choice option has a rationale, in English and Korean', () => {
    for (const b of banks) expect(b.languages).toEqual(['en', 'ko']);
    for (const q of questions) {
      expect(q.explanation?.en && q.explanation.ko).toBeTruthy();
      expect(q.references.length).toBeGreaterThan(0);
    }
  });

  it('keep the starter topics: PMO types and the project manager\'s duties', () => {
    const starter = banks.find((b) => b.id === 'pmp-starter');
    expect(starter?.questions.length).toBeGreaterThanOrEqual(40);
    const text = starter?.questions.map((q) => `${q.prompt.en ?? ''} ${q.explanation?.en ?? ''}`).join(' ') ?? '';
    for (const word of ['supportive', 'controlling', 'directive', 'budget', 'schedule']) expect(text.toLowerCase()).toContain(word);
  });
});
