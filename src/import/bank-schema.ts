/**
 * Bank format v1 — the one definition of what a question bank file may contain.
 * docs/bank-format.md documents it with a complete example; keep the two in step.
 *
 * This schema describes the *loose* file form (a text may be a plain string or a
 * map of language to string). `normalizeBank` in ./normalize-bank.ts turns a parsed
 * file into the strict domain model; nothing past that point sees the loose forms.
 */
import { z } from 'zod';

export const BANK_FORMAT = 'pmp-bank/1';

/** Limits that keep a hostile or broken file from costing unbounded memory or screen. */
export const LIMITS = {
  textChars: 20_000,
  optionsPerQuestion: 12,
  pairsPerQuestion: 12,
  questionsPerBank: 200_000,
  idChars: 128,
  tagsPerQuestion: 32,
} as const;

const languageCode = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/, 'expected a language code such as "en" or "ko"');

const id = z
  .string()
  .min(1)
  .max(LIMITS.idChars)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, 'expected letters, digits, ".", "_", ":" or "-" (no spaces)');

const plainText = z.string().min(1, 'must not be empty').max(LIMITS.textChars);

/** A text: a string (in the bank's first language) or one string per language. */
export const textSchema = z.union([
  plainText,
  z.record(languageCode, plainText).refine((m) => Object.keys(m).length > 0, 'needs at least one language'),
]);

const cell = z.union([z.number(), textSchema]);

/** A small table of project data that a question asks the learner to read. */
export const exhibitSchema = z.strictObject({
  title: textSchema.optional(),
  columns: z.array(textSchema).min(1).max(12),
  rows: z.array(z.array(cell).min(1).max(12)).min(1).max(40),
  note: textSchema.optional(),
});

export const optionSchema = z.strictObject({
  id,
  text: textSchema,
  /** Never shuffled: "all of the above" stays where the author put it. */
  fixed: z.boolean().optional(),
  /** Why this option is right or wrong. */
  rationale: textSchema.optional(),
  /** For a wrong option: the trap it represents, an id from the bank's `traps`. */
  trap: id.optional(),
});

const ecoTag = z.strictObject({
  domain: z.enum(['people', 'process', 'business-environment']),
  task: z.number().int().min(1).max(30),
});

/** Structured inputs of a calculation, so a test can recompute the key. */
export const calcSchema = z.strictObject({
  formula: z.string().min(1),
  inputs: z.record(z.string(), z.union([z.number(), z.array(z.number()).max(50)])),
});

const commonQuestion = {
  id,
  scenario: id.optional(),
  prompt: textSchema,
  exhibit: exhibitSchema.optional(),
  /** Required by `pmp validate --strict`; a trainer's imported set may lack it. */
  explanation: textSchema.optional(),
  eco: ecoTag.optional(),
  approach: z.enum(['predictive', 'agile', 'hybrid']).optional(),
  difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]).optional(),
  references: z.array(textSchema).max(10).optional(),
  tags: z.array(z.string().min(1).max(64)).max(LIMITS.tagsPerQuestion).optional(),
};

const options = z.array(optionSchema).min(2).max(LIMITS.optionsPerQuestion);

export const singleQuestionSchema = z.strictObject({
  ...commonQuestion,
  type: z.literal('single'),
  options,
  answer: id,
});

export const multipleQuestionSchema = z.strictObject({
  ...commonQuestion,
  type: z.literal('multiple'),
  options,
  /** All of these and nothing else; the prompt says how many to choose. */
  answer: z.array(id).min(2),
});

export const orderingQuestionSchema = z.strictObject({
  ...commonQuestion,
  type: z.literal('ordering'),
  options,
  /** Every option id, in the right order. */
  answer: z.array(id).min(2),
});

const matchItem = z.strictObject({ id, text: textSchema });

export const matchingQuestionSchema = z.strictObject({
  ...commonQuestion,
  type: z.literal('matching'),
  /** Items to match (shown numbered). */
  left: z.array(matchItem).min(2).max(LIMITS.pairsPerQuestion),
  /** Candidates (shown lettered, shuffled); may hold more than `left`. */
  right: z.array(matchItem).min(2).max(LIMITS.pairsPerQuestion),
  /** left id → right id, one entry for every left item. */
  answer: z.record(id, id),
});

export const numericQuestionSchema = z.strictObject({
  ...commonQuestion,
  type: z.literal('numeric'),
  answer: z.strictObject({
    value: z.number().finite(),
    /** Absolute tolerance: an answer within ±tolerance of value is right. */
    tolerance: z.number().finite().min(0).default(0),
  }),
  unit: textSchema.optional(),
  calc: calcSchema.optional(),
});

export const questionSchema = z.discriminatedUnion('type', [
  singleQuestionSchema,
  multipleQuestionSchema,
  orderingQuestionSchema,
  matchingQuestionSchema,
  numericQuestionSchema,
]);

export const scenarioSchema = z.strictObject({
  id,
  text: textSchema,
  exhibit: exhibitSchema.optional(),
});

export const bankSchema = z.strictObject({
  format: z.literal(BANK_FORMAT),
  id,
  title: textSchema,
  version: z.string().min(1).max(64),
  description: textSchema.optional(),
  /** Which exam content outline the questions' `eco` tags refer to. */
  outline: z.enum(['eco-2026', 'eco-2021']).nullable(),
  /** The languages every text is written in; the first is the default for plain strings. */
  languages: z.array(languageCode).min(1).max(10),
  license: z.string().max(500).optional(),
  authors: z.array(z.string().max(200)).max(50).optional(),
  /** The vocabulary of traps that wrong options may carry: trap id → name. */
  traps: z.record(id, textSchema).optional(),
  scenarios: z.array(scenarioSchema).max(LIMITS.questionsPerBank).optional(),
  questions: z.array(questionSchema).min(1).max(LIMITS.questionsPerBank),
});

export type BankFile = z.infer<typeof bankSchema>;
export type QuestionFile = z.infer<typeof questionSchema>;
export type TextFile = z.infer<typeof textSchema>;
export type OptionFile = z.infer<typeof optionSchema>;

/**
 * The bank with its questions left unchecked: together with `questionSchema` applied to each
 * question it accepts exactly what `bankSchema` accepts (json-bank.ts checks big banks this way).
 */
export const bankShellSchema = bankSchema.extend({
  questions: z.array(z.unknown()).min(1).max(LIMITS.questionsPerBank),
});
