/**
 * Reads a bank in our JSON format from bytes: decoding, syntax, schema, references. Every
 * problem is reported with its place (line, column, JSON path, question id), not only the first.
 */
import type { z } from 'zod';
import type { Bank } from '../domain/bank.js';
import type { Outline } from '../domain/outline.js';
import { MAX_PROBLEMS, type InputProblem } from '../errors.js';
import { bankSchema } from './bank-schema.js';
import { checkBankReferences } from './check-bank.js';
import { formatPath, jsonSyntaxErrors, MAX_JSON_DEPTH, pathLocator, tooDeepAt, type Position } from './json-position.js';
import { normalizeBank } from './normalize-bank.js';
import { readValidBank, readValidJsonText } from './valid-bank.js';

export type BankReadResult = { readonly ok: true; readonly bank: Bank } | { readonly ok: false; readonly problems: readonly InputProblem[] };

export function decodeUtf8(bytes: Uint8Array, file: string): { ok: true; text: string } | { ok: false; problems: InputProblem[] } {
  try {
    // fatal: invalid UTF-8 is an error, not silently replaced; the decoder also drops a BOM.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, problems: [{ file, line: 1, column: 1, message: 'the file is not valid UTF-8 text; save it as UTF-8' }] };
  }
}

export function readJsonBank(text: string, file: string, outlines: ReadonlyMap<string, Outline>): BankReadResult {
  const valid = readValidJsonText(text, outlines);
  if (valid) return { ok: true, bank: valid };
  const parsed = parseJsonText(text, file);
  if (!parsed.ok) return parsed;
  return checkLooseBank(parsed.raw, file, pathLocator(text), outlines);
}

export type JsonParseResult = { readonly ok: true; readonly raw: unknown } | { readonly ok: false; readonly problems: readonly InputProblem[] };

/**
 * The first half of readJsonBank: the depth check and JSON.parse, every syntax error placed. A
 * caller that lets the text go once it is parsed (a big import) checks the result with
 * checkLooseBank and a locator of its own.
 */
export function parseJsonText(text: string, file: string): JsonParseResult {
  const deep = tooDeepAt(text);
  if (deep) return { ok: false, problems: [{ file, ...deep, message: `nested more than ${MAX_JSON_DEPTH} levels deep; a bank needs far fewer` }] };
  try {
    return { ok: true, raw: JSON.parse(text) as unknown };
  } catch {
    const syntax = jsonSyntaxErrors(text);
    const problems = syntax.length > 0 ? syntax : [{ line: 1, column: 1, message: 'not valid JSON' }];
    return { ok: false, problems: problems.slice(0, MAX_PROBLEMS).map((p) => ({ file, line: p.line, column: p.column, message: p.message })) };
  }
}

/** Where a JSON path lies in the source file, when that can be known. */
export type Locate = (path: readonly (string | number)[]) => Position | undefined;

/**
 * The checks every format goes through once it is in the loose bank form: the schema, then the
 * references between parts. Problems carry the file, position (via `locate`), path and question id.
 */
export function checkLooseBank(raw: unknown, file: string, locate: Locate, outlines: ReadonlyMap<string, Outline>): BankReadResult {
  const valid = readValidBank(raw, outlines);
  if (valid) return { ok: true, bank: valid };
  const problemAt = (path: readonly (string | number)[], message: string, questionId?: string): InputProblem => {
    const pos = locate(path);
    const qid = questionId ?? questionIdAt(raw, path);
    return {
      file,
      ...(pos ? { line: pos.line, column: pos.column } : {}),
      path: formatPath(path),
      ...(qid !== undefined ? { questionId: qid } : {}),
      message,
    };
  };

  const parsed = bankSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.slice(0, MAX_PROBLEMS).map((i) => problemAt(pathOf(i), describeIssue(i, isMissing(raw, pathOf(i)), valueAt(raw, pathOf(i))))),
    };
  }
  const issues = checkBankReferences(parsed.data, outlines);
  if (issues.length > 0) return { ok: false, problems: issues.slice(0, MAX_PROBLEMS).map((i) => problemAt(i.path, i.message, i.questionId)) };
  return { ok: true, bank: normalizeBank(parsed.data) };
}

/** For formats read line by line: a problem inside questions[i] points at that question's first line. */
export function questionLineLocator(questionLines: readonly number[]): Locate {
  return (path) => {
    if (path[0] !== 'questions' || typeof path[1] !== 'number') return undefined;
    const line = questionLines[path[1]];
    return line === undefined ? undefined : { line, column: 1 };
  };
}

function pathOf(issue: z.core.$ZodIssue): (string | number)[] {
  return issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
}

/** True when the path names a property its parent object does not have. */
function isMissing(raw: unknown, path: readonly (string | number)[]): boolean {
  let node: unknown = raw;
  for (let i = 0; i < path.length - 1; i++) {
    if (node === null || typeof node !== 'object') return false;
    node = (node as Record<string | number, unknown>)[path[i] as string | number];
  }
  const last = path[path.length - 1];
  return last !== undefined && node !== null && typeof node === 'object' && !Object.prototype.hasOwnProperty.call(node, last);
}

function questionIdAt(raw: unknown, path: readonly (string | number)[]): string | undefined {
  if (path[0] !== 'questions' || typeof path[1] !== 'number') return undefined;
  const questions = (raw as { questions?: unknown }).questions;
  if (!Array.isArray(questions)) return undefined;
  const id = (questions[path[1]] as { id?: unknown } | undefined)?.id;
  return typeof id === 'string' ? id : undefined;
}

/**
 * The value at a path of the loose input. Zod 4 leaves the input out of its issues unless asked,
 * so a wrong type is described from the document itself (never "found undefined undefined").
 */
function valueAt(raw: unknown, path: readonly (string | number)[]): unknown {
  let node: unknown = raw;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/** Zod's messages, said the way a person fixing a file needs them. */
function describeIssue(issue: z.core.$ZodIssue, missing: boolean, found: unknown): string {
  const expectedText = 'a text: a string, or an object of language code to string such as {"en": "…", "ko": "…"}';
  if (missing) return `missing; expected ${issue.code === 'invalid_union' ? expectedText : issue.code === 'invalid_type' ? issue.expected : 'a value'}`;
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}, found ${kindOf(found)}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')} (a typo?)`;
    case 'invalid_union':
      if ('discriminator' in issue && issue.discriminator) return `"${issue.discriminator}" must be one of single, multiple, matching, numeric, ordering`;
      return `expected ${expectedText}`;
    case 'invalid_value':
      return `expected ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}`;
    case 'too_small':
      return issue.origin === 'string' ? 'must not be empty' : `needs at least ${String(issue.minimum)} ${unitOf(issue.origin)}`;
    case 'too_big':
      return `allows at most ${String(issue.maximum)} ${unitOf(issue.origin)}`;
    default:
      return issue.message;
  }
}

function unitOf(origin: string): string {
  return origin === 'string' ? 'characters' : origin === 'array' ? 'items' : '';
}

function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (v === undefined) return 'nothing';
  return typeof v === 'object' ? 'an object' : `${typeof v} ${JSON.stringify(v)?.slice(0, 40) ?? ''}`.trim();
}
