/**
 * One error type for everything a user can cause or fix. It carries a message key (the text is
 * looked up in the learner's language when printed), parameters, and the exit code's category.
 */
export type ErrorCategory = 'usage' | 'input' | 'database' | 'install' | 'server' | 'failure';

/** Exit codes, documented in README.md ("Exit codes"). */
export const EXIT_CODE: Readonly<Record<ErrorCategory | 'ok' | 'interrupted', number>> = {
  ok: 0,
  failure: 1,
  usage: 2,
  input: 3,
  database: 4,
  install: 5,
  server: 6,
  interrupted: 130,
};

/** A problem found in an input file, pointing at the place to fix. */
export interface InputProblem {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
  /** JSON path such as `questions[3].options[1].text`. */
  readonly path?: string;
  readonly questionId?: string;
  readonly message: string;
  /**
   * A stable code for scripts (--json), where the reader gave one: the key of its text in
   * src/i18n/readers.*.ts, which `params` fill in the learner's language. `message` is the English.
   */
  readonly code?: string;
  /** When the problem is a whole-file error: its message key and parameters, to say it in the learner's language. */
  readonly messageKey?: string;
  readonly params?: ErrorParams;
}

/**
 * Most problems kept from one file: every real file's problems, counted truly; only a file made to
 * flood the list (hundreds of thousands of bad rows) is cut, so memory stays bounded. What a
 * terminal shows is shorter (cli/report-error.ts); --json has the whole list.
 */
export const MAX_PROBLEMS = 100_000;

export type ErrorParams = Readonly<Record<string, string | number>>;

export class PmpError extends Error {
  constructor(
    readonly key: string,
    readonly category: ErrorCategory,
    readonly params: ErrorParams = {},
    readonly problems: readonly InputProblem[] = [],
    options?: { cause?: unknown },
  ) {
    super(`${key} ${JSON.stringify(params)}`, options);
    this.name = 'PmpError';
  }
}

export function exitCodeFor(error: unknown): number {
  return error instanceof PmpError ? EXIT_CODE[error.category] : EXIT_CODE.failure;
}
