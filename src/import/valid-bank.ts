/**
 * The fast road for a valid bank, the usual case of a big import: each question is checked and
 * normalised on its own, so no checked copy of the whole bank is ever held; and our JSON format
 * is decoded and parsed a batch of questions at a time (json-slices.ts), so neither the file as
 * one string nor a parsed copy of the whole bank is held either. A
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

/** Our JSON format's text, read as readValidJsonBytes reads the file's bytes. */
export function readValidJsonText(text: string, outlines: ReadonlyMap<string, Outline>): Bank | undefined {
  return readValidJsonBytes(Buffer.from(text, 'utf8'), outlines);
}

/**
 * Our JSON format from the file's bytes, decoded and parsed a batch of questions at a time.
 * Invalid UTF-8 anywhere, like any other doubt, answers undefined (the full road says what is wrong).
 */
export function readValidJsonBytes(bytes: Uint8Array, outlines: ReadonlyMap<string, Outline>): Bank | undefined {
  const slices = sliceQuestions(bytes);
  if (!slices) return undefined;
  const count = slices.starts.length;
  try {
    // The head drops a BOM as decodeUtf8 does; inside the file a BOM is a character (and invalid JSON).
    const shellText = `${new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, slices.headEnd))}[]${UTF8.decode(bytes.subarray(slices.tailStart))}`;
    const shellRaw: unknown = JSON.parse(shellText);
    if (typeof shellRaw !== 'object' || shellRaw === null || Array.isArray(shellRaw)) return undefined;
    // The shell's check needs the questions' count, not the questions: a placeholder of that length.
    const shell = bankShellSchema.safeParse({ ...shellRaw, questions: new Array<null>(count).fill(null) });
    if (!shell.success) return undefined;
    return readValidQuestions(shell.data, count, questionsInBatches(bytes, slices), outlines);
  } catch {
    return undefined; // invalid UTF-8 or a syntax error: the full road places it
  }
}

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Consecutive questions are decoded and parsed together, as one array of about BATCH_BYTES: the
 * whole file never becomes one string, and JSON.parse is called a few hundred times, not once
 * per question.
 */
const BATCH_BYTES = 256 * 1024;

function questionsInBatches(bytes: Uint8Array, slices: QuestionSlices): (index: number) => unknown {
  const { starts, ends } = slices;
  let batch: unknown[] = [];
  let batchStart = 0;
  return (index) => {
    if (index < batchStart || index >= batchStart + batch.length) {
      let last = index;
      while (last + 1 < starts.length && (ends[last] as number) - (starts[index] as number) < BATCH_BYTES) last++;
      // Between the first question's start and the last one's end lie only the questions and their commas.
      batch = JSON.parse(`[${UTF8.decode(bytes.subarray(starts[index], ends[last]))}]`) as unknown[];
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
