/**
 * Turns a schema-valid bank file into the strict domain model: every text becomes a
 * language map in Unicode NFC, scenarios are attached to their questions.
 */
import type { Bank } from '../domain/bank.js';
import type { ChoiceOption, Exhibit, Question, Scenario } from '../domain/question.js';
import type { Text } from '../domain/text.js';
import type { BankFile, OptionFile, QuestionFile, TextFile } from './bank-schema.js';

type ExhibitFile = NonNullable<QuestionFile['exhibit']>;

export function normalizeBank(file: BankFile): Bank {
  const normalizer = bankNormalizer(file);
  return normalizer.bank(file.questions.map(normalizer.question));
}

export interface BankNormalizer {
  question(q: QuestionFile): Question;
  bank(questions: Question[]): Bank;
}

/**
 * Normalises a bank one question at a time, so a big bank's schema-checked copy of each
 * question can be let go as soon as that question is done.
 */
export function bankNormalizer(file: Omit<BankFile, 'questions'>): BankNormalizer {
  const lang = file.languages[0] as string;
  const text = (t: TextFile): Text => toText(t, lang);
  const exhibit = (e: ExhibitFile): Exhibit => ({
    ...(e.title !== undefined ? { title: text(e.title) } : {}),
    columns: e.columns.map(text),
    rows: e.rows.map((r) => r.map((c) => (typeof c === 'number' ? c : text(c)))),
    ...(e.note !== undefined ? { note: text(e.note) } : {}),
  });
  const scenarios: Scenario[] = (file.scenarios ?? []).map((s) => ({
    id: s.id,
    text: text(s.text),
    ...(s.exhibit ? { exhibit: exhibit(s.exhibit) } : {}),
  }));
  const scenarioById = new Map(scenarios.map((s) => [s.id, s]));

  const question = (q: QuestionFile): Question => {
    const scenario = q.scenario !== undefined ? scenarioById.get(q.scenario) : undefined;
    const common = {
      id: q.id,
      prompt: text(q.prompt),
      ...(q.explanation !== undefined ? { explanation: text(q.explanation) } : {}),
      ...(scenario ? { scenario } : {}),
      ...(q.exhibit ? { exhibit: exhibit(q.exhibit) } : {}),
      ...(q.eco ? { eco: q.eco } : {}),
      ...(q.approach ? { approach: q.approach } : {}),
      ...(q.difficulty ? { difficulty: q.difficulty } : {}),
      references: (q.references ?? []).map(text),
      tags: (q.tags ?? []).map((t) => t.normalize('NFC')),
    };
    switch (q.type) {
      case 'single':
        return { ...common, type: 'single', options: q.options.map((o) => option(o, text)), answer: q.answer };
      case 'multiple':
        return { ...common, type: 'multiple', options: q.options.map((o) => option(o, text)), answer: q.answer };
      case 'ordering':
        return { ...common, type: 'ordering', options: q.options.map((o) => option(o, text)), answer: q.answer };
      case 'matching':
        return {
          ...common,
          type: 'matching',
          left: q.left.map((i) => ({ id: i.id, text: text(i.text) })),
          right: q.right.map((i) => ({ id: i.id, text: text(i.text) })),
          answer: { ...q.answer },
        };
      case 'numeric':
        return {
          ...common,
          type: 'numeric',
          answer: { value: q.answer.value, tolerance: q.answer.tolerance },
          ...(q.unit !== undefined ? { unit: text(q.unit) } : {}),
          ...(q.calc ? { calc: { formula: q.calc.formula, inputs: { ...q.calc.inputs } } } : {}),
        };
    }
  };

  const bank = (questions: Question[]): Bank => ({
    id: file.id,
    title: text(file.title),
    version: file.version,
    ...(file.description !== undefined ? { description: text(file.description) } : {}),
    outline: file.outline,
    languages: file.languages,
    ...(file.license !== undefined ? { license: file.license } : {}),
    authors: file.authors ?? [],
    traps: Object.fromEntries(Object.entries(file.traps ?? {}).map(([id, name]) => [id, text(name)])),
    scenarios,
    questions,
  });

  return { question, bank };
}

function option(o: OptionFile, text: (t: TextFile) => Text): ChoiceOption {
  return {
    id: o.id,
    text: text(o.text),
    fixed: o.fixed ?? false,
    ...(o.rationale !== undefined ? { rationale: text(o.rationale) } : {}),
    ...(o.trap !== undefined ? { trap: o.trap } : {}),
  };
}

export function toText(t: TextFile, defaultLang: string): Text {
  if (typeof t === 'string') return { [defaultLang]: t.normalize('NFC') };
  return Object.fromEntries(Object.entries(t).map(([l, s]) => [l, s.normalize('NFC')]));
}
