/**
 * Finds, in one pass over a bank file's text, where each element of the top-level "questions"
 * array begins and ends, and checks the nesting depth on the way. A big bank can then be parsed
 * one question at a time (each question's objects die young, instead of a whole parsed copy of
 * the bank living beside its checked form). This is only a guide for the fast road: whatever it
 * cannot be sure of (an escaped key, a repeated "questions", an empty element, too deep) makes it
 * answer undefined, and the file is read whole, as before, with every problem placed.
 */
import { escapedAt, MAX_JSON_DEPTH } from './json-position.js';

export interface QuestionSlices {
  /** The file's text with the questions array emptied: `"questions":[]`. */
  readonly shellText: string;
  /** Offsets of each question's text: [starts[i], ends[i]). */
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

export function sliceQuestions(text: string, limit = MAX_JSON_DEPTH): QuestionSlices | undefined {
  let depth = 0;
  let questionsKeys = 0;
  let awaitingArray = false;
  let inQuestions = false;
  let arrayStart = -1;
  let arrayEnd = -1;
  let elementStart = -1;
  let afterComma = false;
  // The last string at the top level (a key when a ':' follows it) and the last character that was not white space.
  let stringStart = -1;
  let stringEnd = -1;
  let lastSignificant = -1;
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 13 || c === 9) continue;
    if (awaitingArray) {
      if (c !== 91 /* [ */) return undefined;
      awaitingArray = false;
      inQuestions = true;
      arrayStart = i;
    } else if (inQuestions && depth === 2 && elementStart === -1 && c !== 44 /* , */ && c !== 93 /* ] */) elementStart = i;
    if (c === 34 /* " */) {
      let end = text.indexOf('"', i + 1);
      while (end !== -1 && escapedAt(text, end)) end = text.indexOf('"', end + 1);
      if (end === -1) return undefined;
      if (depth === 1) {
        stringStart = i;
        stringEnd = end;
      }
      i = lastSignificant = end;
      continue;
    }
    if (c === 58 /* : */ && depth === 1 && lastSignificant === stringEnd && stringStart !== -1) {
      const key = text.slice(stringStart + 1, stringEnd);
      if (key.includes('\\')) return undefined;
      if (key === 'questions') {
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
  return { shellText: `${text.slice(0, arrayStart)}[]${text.slice(arrayEnd + 1)}`, starts, ends };
}
