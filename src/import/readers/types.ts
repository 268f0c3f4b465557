/**
 * A reader turns one file of some format (CSV, Aiken, GIFT, …) into the loose bank-file form
 * that bank-schema.ts describes; the same schema and reference checks then run for every format.
 * Readers are pure: text in, a bank object or problems (with lines and columns) out.
 */
import type { InputProblem } from '../../errors.js';

export interface ReaderOptions {
  /** The file's name as the user gave it, for problem messages. */
  readonly file: string;
  /** Id of the bank the file becomes (from --bank-id, else derived from the file name). */
  readonly bankId: string;
  /** Title of the bank (from --title, else the file name). */
  readonly title: string;
  /** Version string of the bank (derived from the file's bytes unless given). */
  readonly version: string;
  /** The language of text that does not say its language (the import's --text-lang, default "en"). */
  readonly language: string;
}

export type ReaderResult =
  | {
      readonly ok: true;
      /** A loose bank object, to be checked by bankSchema like a JSON bank. */
      readonly bank: unknown;
      /** The 1-based source line where each question (by index in bank.questions) starts. */
      readonly questionLines: readonly number[];
      /**
       * What was read but not as written (questions of a type that cannot be studied, skipped;
       * images a terminal cannot show …), with their places. Import refuses them under --strict.
       */
      readonly warnings?: readonly InputProblem[];
    }
  | { readonly ok: false; readonly problems: readonly InputProblem[] };

export type BankReader = (text: string, options: ReaderOptions) => ReaderResult;
