/**
 * The fast road for a valid bank, the usual case of a big import: each question is checked and
 * normalised on its own, so no checked copy of the whole bank is ever held, and from JSON text
 * each question is even parsed on its own (json-slices.ts), so no parsed copy is held either. A
 * question the hand check (question-fast-check.ts) is sure of is taken as it is; any other goes
 * through the schema. The road answers undefined at the first doubt or problem of any kind: the
 * caller then takes the full road (json-bank.ts checkLooseBank), which lists every problem.
 */
import type { Bank } from '../domain/bank.js';
import type { Outline } from '../domain/outline.js';
import type { Question } from '../domain/question.js';
import { bankShellSchema, questionSchema, type QuestionFile } from './bank-schema.js';
import { bankReferenceChecker } from './check-bank.js';
import { sliceQuestions, type QuestionSlices } from './json-slices.js';
import { bankNormalizer } from './normalize-bank.js';
import { isCertainlyValidQuestion } from './question-fast-check.js';

/** A bank already in memory (a reader's or a mapping's output, or a parsed file). */
export function readValidBank(raw: unknown, outlines: ReadonlyMap<string, Outline>): Bank | undefined {
  const shell = bankShellSchema.safeParse(raw);
  if (!shell.success) return undefined;
  const questions = shell.data.questions;
  return readValidQuestions(shell.data, questions.length, (i) => questions[i], outlines);
}

/** Our JSON format's text, parsed question by question. The text is not held by the bank returned. */
export function readValidJsonText(text: string, outlines: ReadonlyMap<string, Outline>): Bank | undefined {
  const slices = sliceQuestions(text);
  if (!slices) return undefined;
  const { starts, ends } = slices;
  try {
    const shellRaw: unknown = JSON.parse(slices.shellText);
    if (typeof shellRaw !== 'object' || shellRaw === null || Array.isArray(shellRaw)) return undefined;
    // The shell's check needs the questions' count, not the questions: a placeholder of that length.
    const shell = bankShellSchema.safeParse({ ...shellRaw, questions: new Array<null>(starts.length).fill(null) });
    if (!shell.success) return undefined;
    return readValidQuestions(shell.data, starts.length, questionsInBatches(text, slices), outlines);
  } catch {
    return undefined; // a syntax error: the full road places it
  }
}

/**
 * V8 puts what JSON.parse makes from a text of 100 KB or more straight into the old generation,
 * and what it makes from a smaller text into the young one, to be copied on every minor GC it
 * survives. A question's texts survive (the bank keeps them): parsed one by one, copying them
 * cost more than the parsing. So consecutive questions are parsed together, as one array of
 * about BATCH_CHARS of text, which is still small beside the bank.
 */
const BATCH_CHARS = 256 * 1024;

function questionsInBatches(text: string, slices: QuestionSlices): (index: number) => unknown {
  const { starts, ends } = slices;
  let batch: unknown[] = [];
  let batchStart = 0;
  return (index) => {
    if (index < batchStart || index >= batchStart + batch.length) {
      let last = index;
      while (last + 1 < starts.length && (ends[last] as number) - (starts[index] as number) < BATCH_CHARS) last++;
      // Between the first question's start and the last one's end lie only the questions and their commas.
      batch = JSON.parse(`[${text.slice(starts[index], ends[last])}]`) as unknown[];
      batchStart = index;
    }
    return batch[index - batchStart];
  };
}

function readValidQuestions(
  shell: Parameters<typeof bankNormalizer>[0],
  count: number,
  questionAt: (index: number) => unknown,
  outlines: ReadonlyMap<string, Outline>,
): Bank | undefined {
  const references = bankReferenceChecker(shell, outlines);
  if (references.issues.length > 0) return undefined;
  const normalizer = bankNormalizer(shell);
  const questions: Question[] = new Array<Question>(count);
  for (let i = 0; i < count; i++) {
    const raw = questionAt(i);
    let question: QuestionFile;
    if (isCertainlyValidQuestion(raw)) question = raw as QuestionFile;
    else {
      const checked = questionSchema.safeParse(raw);
      if (!checked.success) return undefined;
      question = checked.data;
    }
    // The schema's only change to a valid question is a default (a numeric tolerance) that the
    // reference checks do not read.
    references.question(question, i);
    if (references.issues.length > 0) return undefined;
    questions[i] = normalizer.question(question);
  }
  return normalizer.bank(questions);
}
