/**
 * Reads Moodle's Aiken format (docs/formats/aiken.md): single-answer questions written as
 *
 *     What is the capital of France?
 *     A. Berlin
 *     B) Paris
 *     ANSWER: B
 *
 * The result is the loose bank form of bank-schema.ts, checked by the schema afterwards. The
 * format has no ids, explanations or tags: ids come from the prompt, so importing the same file
 * again keeps progress. Every problem is reported with its line, not only the first.
 */
import { MAX_PROBLEMS, type InputProblem } from '../../errors.js';
import { say, type ReaderText } from './reader-text.js';
import { stableQuestionId } from './stable-id.js';
import type { BankReader, ReaderResult } from './types.js';


/** "A. text" or "B) text": one capital letter, "." or ")", a space, the option's text. */
const OPTION_LINE = /^([A-Z])[.)](?:\s+(.*))?$/;
const ANSWER_LINE = /^answer\s*:\s*(.*)$/i;
/** "a) text": not an option (Aiken letters are capitals), but worth a hint when it stands there. */
const LOWERCASE_OPTION_LINE = /^[a-z][.)]\s/;

interface Option {
  readonly letter: string;
  readonly text: string;
}

/** A question being read: from its first line until its ANSWER line. */
interface Draft {
  /** 1-based line of the question's first line (its text, or a stray option line). */
  readonly line: number;
  readonly stem: string[];
  readonly options: Option[];
}

type Line = { kind: 'blank' } | { kind: 'option'; letter: string; text: string } | { kind: 'answer'; value: string } | { kind: 'text'; text: string };

function classify(raw: string): Line {
  // Only the ends of a line are trimmed; the text inside stays as written.
  const line = raw.trim();
  if (line === '') return { kind: 'blank' };
  const answer = ANSWER_LINE.exec(line);
  if (answer) return { kind: 'answer', value: (answer[1] ?? '').trim() };
  const option = OPTION_LINE.exec(line);
  if (option?.[1] !== undefined) return { kind: 'option', letter: option[1], text: (option[2] ?? '').trim() };
  return { kind: 'text', text: line };
}

export const readAiken: BankReader = (text, options): ReaderResult => {
  const problems: InputProblem[] = [];
  const report = (line: number, text: ReaderText) => {
    if (problems.length < MAX_PROBLEMS) problems.push({ file: options.file, line, ...text });
  };
  const lines = text.split(/\r\n|\r|\n/).map(classify);
  const nextMarker = nextMarkers(lines);
  const questions: Record<string, unknown>[] = [];
  const questionLines: number[] = [];
  const inLanguage = (s: string) => ({ [options.language]: s });

  let draft: Draft | undefined;
  /** The draft has reached its options (else it is still collecting question text). */
  let inOptions = false;

  const finish = (answerLine: number, value: string) => {
    if (!draft) return;
    const letters = draft.options.map((o) => o.letter);
    if (draft.options.length < 2) {
      // "A)Paris" is question text to Aiken; say so, since it looks like an option to a person.
      const spaceHint = draft.stem.some((l) => /^[A-Z][.)]\S/.test(l)) ? 1 : 0;
      report(draft.line, say('aiken.too-few-options', { n: draft.options.length, spaceHint }));
    }
    const letter = /^[A-Za-z]$/.test(value) ? value.toUpperCase() : undefined;
    if (letter === undefined) report(answerLine, say('aiken.answer-not-letter', { found: value }));
    else if (!letters.includes(letter)) report(answerLine, say('aiken.answer-not-option', { letter, options: describeLetters(letters) }));
    const prompt = draft.stem.join('\n').replace(/\n+$/, '');
    questions.push({
      id: stableQuestionId(prompt),
      type: 'single',
      prompt: inLanguage(prompt),
      options: draft.options.map((o) => ({ id: o.letter.toLowerCase(), text: inLanguage(o.text) })),
      answer: (letter ?? '').toLowerCase(),
    });
    questionLines.push(draft.line);
    draft = undefined;
  };

  const missingAnswer = () => {
    if (!draft) return;
    report(draft.line, say('aiken.no-answer-line'));
    draft = undefined;
  };

  const addOption = (line: number, letter: string, optionText: string) => {
    if (!draft) return;
    const last = draft.options[draft.options.length - 1];
    const expected = last ? String.fromCharCode(last.letter.charCodeAt(0) + 1) : 'A';
    if (letter !== expected) report(line, say('aiken.option-order', { letter, expected }));
    if (optionText === '') report(line, say('aiken.option-empty', { letter }));
    draft.options.push({ letter, text: optionText });
  };

  lines.forEach((line, index) => {
    const lineNo = index + 1;
    if (line.kind === 'blank') {
      // Inside a question's text a blank line is a paragraph break; elsewhere it only separates.
      if (draft && !inOptions && draft.stem.length > 0 && draft.stem[draft.stem.length - 1] !== '') draft.stem.push('');
      return;
    }
    if (!draft) {
      if (line.kind === 'answer') report(lineNo, say('aiken.answer-without-question'));
      else if (line.kind === 'option') {
        report(lineNo, say('aiken.option-before-question', { letter: line.letter }));
        // Read its options and ANSWER as one question, so they are not reported again.
        draft = { line: lineNo, stem: [], options: [] };
        inOptions = true;
        addOption(lineNo, line.letter, line.text);
      } else {
        draft = { line: lineNo, stem: [line.text], options: [] };
        inOptions = false;
      }
      return;
    }
    if (line.kind === 'answer') {
      finish(lineNo, line.value);
      return;
    }
    if (line.kind === 'option') {
      inOptions = true;
      addOption(lineNo, line.letter, line.text);
      return;
    }
    if (!inOptions) {
      draft.stem.push(line.text);
      return;
    }
    // Text after the options: the next question, if options starting at A follow it (the
    // ANSWER line was forgotten); otherwise stray text inside this question.
    const marker = lines[nextMarker[index + 1] ?? -1];
    if (marker?.kind === 'option' && marker.letter === 'A') {
      missingAnswer();
      draft = { line: lineNo, stem: [line.text], options: [] };
      inOptions = false;
      return;
    }
    report(lineNo, say('aiken.text-after-options', { next: nextLetter(draft), lowercase: LOWERCASE_OPTION_LINE.test(line.text) ? 1 : 0 }));
  });

  if (draft) {
    if (inOptions) missingAnswer();
    else report(draft.line, say('aiken.no-options-no-answer'));
  }
  if (questions.length === 0 && problems.length === 0) report(1, say('aiken.no-questions'));

  if (problems.length > 0) return { ok: false, problems: [...problems].sort((a, b) => (a.line ?? 0) - (b.line ?? 0)) };
  return {
    ok: true,
    bank: {
      format: 'pmp-bank/1',
      id: options.bankId,
      title: options.title,
      version: options.version,
      outline: null,
      languages: [options.language],
      questions,
    },
    questionLines,
  };
};

/** For each line, the index of the first option or ANSWER line at or after it (computed once, so look-ahead stays linear). */
function nextMarkers(lines: readonly Line[]): number[] {
  const next = new Array<number>(lines.length + 1).fill(-1);
  for (let i = lines.length - 1; i >= 0; i--) {
    const kind = lines[i]?.kind;
    next[i] = kind === 'option' || kind === 'answer' ? i : (next[i + 1] ?? -1);
  }
  return next;
}

function nextLetter(draft: Draft): string {
  const last = draft.options[draft.options.length - 1];
  return last ? String.fromCharCode(last.letter.charCodeAt(0) + 1) : 'A';
}

/** ["A","B","C","D"] → "A–D"; ["A","C"] → "A, C"; "" for none (the message says so in its language). */
function describeLetters(letters: readonly string[]): string {
  if (letters.length === 0) return '';
  const contiguous = letters.every((l, i) => l.charCodeAt(0) === 65 + i);
  return contiguous && letters.length > 2 ? `${letters[0]}–${letters[letters.length - 1]}` : letters.join(', ');
}
