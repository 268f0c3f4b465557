/**
 * Finds, in one pass over a bank file's bytes, where each element of the top-level "questions"
 * array begins and ends, and checks the nesting depth on the way. A big bank can then be decoded
 * and parsed a batch of questions at a time: neither the whole file as one string (twice its size
 * in memory when it holds Korean) nor a whole parsed copy of the bank is ever held. The bytes can
 * be scanned as they are: in UTF-8 no byte of a multi-byte character is below 0x80, so every quote,
 * bracket, comma and backslash byte is that character. This is only a guide for the fast road:
 * whatever it cannot be sure of (an escaped key, a repeated "questions", an empty element, too
 * deep) makes it answer undefined, and the file is read whole, as before, with every problem placed.
 */
import { MAX_JSON_DEPTH } from './json-position.js';

export interface QuestionSlices {
  /** The file up to the questions array's "[", and from after its "]": with "[]" between, the bank without its questions. */
  readonly headEnd: number;
  readonly tailStart: number;
  /** Offsets of each question's bytes: [starts[i], ends[i]). */
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

const QUOTE = 34;
const BACKSLASH = 92;
const QUESTIONS_KEY = Buffer.from('questions');

export function sliceQuestions(bytes: Uint8Array, limit = MAX_JSON_DEPTH): QuestionSlices | undefined {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength); // a view: indexOf is memchr
  let depth = 0;
  let questionsKeys = 0;
  let awaitingArray = false;
  let inQuestions = false;
  let arrayStart = -1;
  let arrayEnd = -1;
  let elementStart = -1;
  let afterComma = false;
  // The last string at the top level (a key when a ':' follows it) and the last byte that was not white space.
  let stringStart = -1;
  let stringEnd = -1;
  let lastSignificant = -1;
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < buffer.length; i++) {
    const c = buffer[i] as number;
    if (c === 32 || c === 10 || c === 13 || c === 9) continue;
    if (awaitingArray) {
      if (c !== 91 /* [ */) return undefined;
      awaitingArray = false;
      inQuestions = true;
      arrayStart = i;
    } else if (inQuestions && depth === 2 && elementStart === -1 && c !== 44 /* , */ && c !== 93 /* ] */) elementStart = i;
    if (c === QUOTE) {
      let end = buffer.indexOf(QUOTE, i + 1);
      while (end !== -1 && escapedAt(buffer, end)) end = buffer.indexOf(QUOTE, end + 1);
      if (end === -1) return undefined;
      if (depth === 1) {
        stringStart = i;
        stringEnd = end;
      }
      i = lastSignificant = end;
      continue;
    }
    if (c === 58 /* : */ && depth === 1 && lastSignificant === stringEnd && stringStart !== -1) {
      const key = buffer.subarray(stringStart + 1, stringEnd);
      if (key.includes(BACKSLASH)) return undefined;
      if (key.equals(QUESTIONS_KEY)) {
        if (++questionsKeys > 1) return undefined;
        awaitingArray = true;
      }
    } else if (c === 123 || c === 91 /* { [ */) {
      if (++depth > limit) return undefined;
    } else if (c === 125 || c === 93 /* } ] */) {
      if (inQuestions && depth === 2 && c === 93) {
        if (elementStart !== -1) {
          starts.push(elementStart);
          ends.push(lastSignificant + 1);
        } else if (afterComma) return undefined;
        inQuestions = false;
        arrayEnd = i;
      }
      depth--;
    } else if (c === 44 && inQuestions && depth === 2) {
      if (elementStart === -1) return undefined;
      starts.push(elementStart);
      ends.push(lastSignificant + 1);
      elementStart = -1;
      afterComma = true;
    }
    lastSignificant = i;
  }
  if (questionsKeys !== 1 || arrayEnd === -1) return undefined;
  return { headEnd: arrayStart, tailStart: arrayEnd + 1, starts, ends };
}

/** Whether the quote at `at` follows an odd number of backslashes (is escaped). */
function escapedAt(bytes: Uint8Array, at: number): boolean {
  let backslashes = 0;
  for (let k = at - 1; bytes[k] === BACKSLASH; k--) backslashes++;
  return backslashes % 2 === 1;
}
