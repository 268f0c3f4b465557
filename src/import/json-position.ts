/**
 * Source positions for JSON: where a syntax error is, and where the value at a JSON path
 * starts. Only called once something is wrong, so valid files never pay for a syntax tree.
 */
import { findNodeAtLocation, parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';

export interface Position {
  readonly line: number;
  readonly column: number;
}

export function positionAt(text: string, offset: number): Position {
  return lineIndex(text)(offset);
}

/** Offsets → line and column, with the line starts found once (a file can hold many problems). */
function lineIndex(text: string): (offset: number) => Position {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (starts[lo] as number) + 1 };
  };
}

export interface SyntaxProblem extends Position {
  readonly message: string;
}

/** The syntax errors of strict JSON (no comments, no trailing commas), each with its position. */
export function jsonSyntaxErrors(text: string): SyntaxProblem[] {
  const errors: ParseError[] = [];
  parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  const at = lineIndex(text);
  return errors.map((e) => ({ ...at(e.offset), message: describeParseError(printParseErrorCode(e.error)) }));
}

function describeParseError(code: string): string {
  const words: Record<string, string> = {
    InvalidSymbol: 'unexpected character',
    InvalidNumberFormat: 'malformed number',
    PropertyNameExpected: 'expected a property name in double quotes',
    ValueExpected: 'expected a value',
    ColonExpected: 'expected ":"',
    CommaExpected: 'expected ","',
    CloseBraceExpected: 'expected "}"',
    CloseBracketExpected: 'expected "]"',
    EndOfFileExpected: 'expected the end of the file',
    InvalidCommentToken: 'comments are not allowed in JSON',
    UnexpectedEndOfComment: 'unterminated comment',
    UnexpectedEndOfString: 'unterminated string',
    UnexpectedEndOfNumber: 'unterminated number',
    InvalidUnicode: 'invalid \\u escape',
    InvalidEscapeCharacter: 'invalid escape character',
    InvalidCharacter: 'invalid character in string (control characters must be escaped)',
  };
  return words[code] ?? code;
}

/** Finds positions of JSON paths in one document, parsing it once. */
export function pathLocator(text: string): (path: readonly (string | number)[]) => Position | undefined {
  let tree: ReturnType<typeof parseTree> | undefined;
  let at: ((offset: number) => Position) | undefined;
  return (path) => {
    tree ??= parseTree(text, [], { disallowComments: true });
    at ??= lineIndex(text);
    if (!tree) return undefined;
    // The deepest node that exists: a missing property points at its parent object.
    for (let depth = path.length; depth >= 0; depth--) {
      const node = findNodeAtLocation(tree, path.slice(0, depth) as (string | number)[]);
      if (node) return at(node.parent?.type === 'property' && depth > 0 ? node.parent.offset : node.offset);
    }
    return undefined;
  };
}

/** `questions[3].options[1].text` */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(String(p))) out += out === '' ? String(p) : `.${String(p)}`;
    else out += `[${JSON.stringify(String(p))}]`;
  }
  return out === '' ? '(top level)' : out;
}

/** Deeper than any bank needs; checked before any recursive code sees the document. */
export const MAX_JSON_DEPTH = 64;

/**
 * Where the nesting of arrays and objects first goes deeper than `limit`, found without
 * recursion (recursive walkers overflow the stack around 10,000 levels; FIELD-NOTES).
 */
export function tooDeepAt(text: string, limit = MAX_JSON_DEPTH): Position | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      // Strings are most of a bank: jump to their closing quote (one not escaped by an odd run of backslashes).
      let end = text.indexOf('"', i + 1);
      while (end !== -1 && escapedAt(text, end)) end = text.indexOf('"', end + 1);
      if (end === -1) return undefined;
      i = end;
    } else if (c === 123 || c === 91 /* { [ */) {
      if (++depth > limit) return positionAt(text, i);
    } else if (c === 125 || c === 93 /* } ] */) depth--;
  }
  return undefined;
}

/** Whether the quote at `at` follows an odd number of backslashes (is escaped). */
function escapedAt(text: string, at: number): boolean {
  let backslashes = 0;
  for (let k = at - 1; text.charCodeAt(k) === 92 /* \ */; k--) backslashes++;
  return backslashes % 2 === 1;
}
