/**
 * A reader's problem text: its stable code (the key in src/i18n/readers.en.ts), the parameters
 * taken from the file, and the English message built from them. The terminal says it again in
 * the learner's language from the code and parameters; --json keeps the code for scripts.
 */
import { readersEn, type ReaderCode } from '../../i18n/readers.en.js';

export type ReaderParams = Readonly<Record<string, string | number>>;

export interface ReaderText {
  readonly code: ReaderCode;
  readonly params: ReaderParams;
  readonly message: string;
}

export function say(code: ReaderCode, params: ReaderParams = {}): ReaderText {
  return { code, params, message: readersEn[code](params) };
}

/** The same text said about one named column of a CSV row or workbook ("column "Key": …"). */
export function inColumn(text: ReaderText, name: string): ReaderText {
  const params = { ...text.params, inColumn: name };
  return { code: text.code, params, message: readersEn['csv.in-column']({ name, text: text.message }) };
}
