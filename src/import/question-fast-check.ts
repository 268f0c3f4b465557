/**
 * A hand-written check that a loose question certainly passes `questionSchema` unchanged: the
 * fast road of a big import (zod over 100,000 questions cost more than parsing the file). It
 * answers only "certainly valid, as it is" or "ask zod": anything it is not sure of (a numeric
 * question without a tolerance, which zod fills in; an object that is not plain; a value it does
 * not expect) goes to the schema, which stays the one contract and says what is wrong. So it may
 * be stricter than the schema, never looser (test/import/question-fast-check.test.ts).
 */
import { LIMITS } from './bank-schema.js';

type Loose = Record<string, unknown>;

const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;
const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/;
const DOMAINS = new Set(['people', 'process', 'business-environment']);
const APPROACHES = new Set(['predictive', 'agile', 'hybrid']);

/** The fields every question type may have; then each type's own. */
const COMMON = ['id', 'scenario', 'prompt', 'exhibit', 'explanation', 'eco', 'approach', 'difficulty', 'references', 'tags', 'type'];
const ALLOWED: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['single', new Set([...COMMON, 'options', 'answer'])],
  ['multiple', new Set([...COMMON, 'options', 'answer'])],
  ['ordering', new Set([...COMMON, 'options', 'answer'])],
  ['matching', new Set([...COMMON, 'left', 'right', 'answer'])],
  ['numeric', new Set([...COMMON, 'answer', 'unit', 'calc'])],
]);
const OPTION_KEYS = new Set(['id', 'text', 'fixed', 'rationale', 'trap']);

/** True only when `questionSchema` accepts `raw` and its output equals `raw`. */
export function isCertainlyValidQuestion(raw: unknown): boolean {
  if (!isPlainObject(raw)) return false;
  const allowed = typeof raw.type === 'string' ? ALLOWED.get(raw.type) : undefined;
  if (!allowed || !onlyKeys(raw, allowed)) return false;
  if (!isId(raw.id) || !isText(raw.prompt)) return false;
  // An exhibit is rare and has many shapes: the schema checks it.
  if (raw.exhibit !== undefined) return false;
  if (raw.scenario !== undefined && !isId(raw.scenario)) return false;
  if (raw.explanation !== undefined && !isText(raw.explanation)) return false;
  if (raw.eco !== undefined && !isEco(raw.eco)) return false;
  if (raw.approach !== undefined && !(typeof raw.approach === 'string' && APPROACHES.has(raw.approach))) return false;
  if (raw.difficulty !== undefined && raw.difficulty !== 1 && raw.difficulty !== 2 && raw.difficulty !== 3) return false;
  if (raw.references !== undefined && !isArrayOf(raw.references, 0, 10, isText)) return false;
  if (raw.tags !== undefined && !isArrayOf(raw.tags, 0, LIMITS.tagsPerQuestion, isTag)) return false;
  switch (raw.type) {
    case 'single':
      return isOptions(raw.options) && isId(raw.answer);
    case 'multiple':
    case 'ordering':
      return isOptions(raw.options) && isArrayOf(raw.answer, 2, Infinity, isId);
    case 'matching':
      return isArrayOf(raw.left, 2, LIMITS.pairsPerQuestion, isMatchItem) && isArrayOf(raw.right, 2, LIMITS.pairsPerQuestion, isMatchItem) && isIdMap(raw.answer);
    default:
      // numeric; the schema's calc (formula and inputs) is left to it.
      return raw.calc === undefined && (raw.unit === undefined || isText(raw.unit)) && isNumericAnswer(raw.answer);
  }
}

function isPlainObject(v: unknown): v is Loose {
  return typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;
}

/** Every own key allowed, and none holding `undefined` (the schema's treatment of it is its own). */
function onlyKeys(o: Loose, allowed: ReadonlySet<string>): boolean {
  for (const key in o) {
    if (!Object.prototype.hasOwnProperty.call(o, key)) return false;
    if (!allowed.has(key) || o[key] === undefined) return false;
  }
  return true;
}

function isId(v: unknown): boolean {
  return typeof v === 'string' && v.length >= 1 && v.length <= LIMITS.idChars && ID.test(v);
}

function isPlainText(v: unknown): boolean {
  return typeof v === 'string' && v.length >= 1 && v.length <= LIMITS.textChars;
}

/** A plain string, or a map of language code to plain string with at least one language. */
function isText(v: unknown): boolean {
  if (typeof v === 'string') return isPlainText(v);
  if (!isPlainObject(v)) return false;
  let languages = 0;
  for (const key in v) {
    if (!Object.prototype.hasOwnProperty.call(v, key) || !LANGUAGE.test(key) || !isPlainText(v[key])) return false;
    languages++;
  }
  return languages > 0;
}

function isTag(v: unknown): boolean {
  return typeof v === 'string' && v.length >= 1 && v.length <= 64;
}

function isArrayOf(v: unknown, min: number, max: number, each: (item: unknown) => boolean): boolean {
  if (!Array.isArray(v) || Object.getPrototypeOf(v) !== Array.prototype || v.length < min || v.length > max) return false;
  for (let i = 0; i < v.length; i++) if (!each(v[i])) return false;
  return true;
}

function isEco(v: unknown): boolean {
  if (!isPlainObject(v) || !onlyKeys(v, ECO_KEYS)) return false;
  return typeof v.domain === 'string' && DOMAINS.has(v.domain) && Number.isInteger(v.task) && (v.task as number) >= 1 && (v.task as number) <= 30;
}
const ECO_KEYS = new Set(['domain', 'task']);

function isOptions(v: unknown): boolean {
  return isArrayOf(v, 2, LIMITS.optionsPerQuestion, isOption);
}

function isOption(v: unknown): boolean {
  if (!isPlainObject(v) || !onlyKeys(v, OPTION_KEYS) || !isId(v.id) || !isText(v.text)) return false;
  if (v.fixed !== undefined && typeof v.fixed !== 'boolean') return false;
  if (v.rationale !== undefined && !isText(v.rationale)) return false;
  return v.trap === undefined || isId(v.trap);
}

const MATCH_KEYS = new Set(['id', 'text']);
function isMatchItem(v: unknown): boolean {
  return isPlainObject(v) && onlyKeys(v, MATCH_KEYS) && v.id !== undefined && v.text !== undefined && isId(v.id) && isText(v.text);
}

function isIdMap(v: unknown): boolean {
  if (!isPlainObject(v)) return false;
  for (const key in v) if (!Object.prototype.hasOwnProperty.call(v, key) || !isId(key) || !isId(v[key])) return false;
  return true;
}

/** With its tolerance written out: a missing one is filled in by the schema (a changed output). */
function isNumericAnswer(v: unknown): boolean {
  if (!isPlainObject(v) || !onlyKeys(v, NUMERIC_KEYS)) return false;
  return isFiniteNumber(v.value) && isFiniteNumber(v.tolerance) && (v.tolerance as number) >= 0;
}
const NUMERIC_KEYS = new Set(['value', 'tolerance']);

function isFiniteNumber(v: unknown): boolean {
  return typeof v === 'number' && Number.isFinite(v);
}
