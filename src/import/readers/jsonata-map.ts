/**
 * Any JSON document, through a JSONata mapping the trainer writes (`pmp import --map FILE`),
 * becomes a bank in our format. The mapping sees the document as its input and `$file` (the
 * file's name without folder or extension) as a binding.
 */
import jsonata from 'jsonata';
import type { InputProblem } from '../../errors.js';
import { positionAt } from '../json-position.js';

export type MapResult = { readonly ok: true; readonly bank: unknown } | { readonly ok: false; readonly problems: readonly InputProblem[] };

/** JSONata's hook before each evaluation step (its own tests time-box expressions with it). */
const EVALUATE_ENTRY = Symbol.for('jsonata.__evaluate_entry');

/**
 * `onStep`, when given, runs before every evaluation step: a long mapping can be reported while
 * it runs (JSONata's steps are promise continuations, so no timer would fire until it ends).
 * Left out, the mapping runs without the hook and its cost.
 */
export async function mapWithJsonata(input: unknown, mapText: string, mapFile: string, bindings: Readonly<Record<string, unknown>>, onStep?: () => void): Promise<MapResult> {
  let expression: jsonata.Expression;
  try {
    expression = jsonata(mapText);
  } catch (error) {
    return { ok: false, problems: [mappingProblem(error, mapText, mapFile)] };
  }
  if (onStep) (expression as unknown as { assign(name: symbol, value: unknown): void }).assign(EVALUATE_ENTRY, onStep);
  let output: unknown;
  try {
    output = await expression.evaluate(input, { ...bindings });
  } catch (error) {
    return { ok: false, problems: [mappingProblem(error, mapText, mapFile)] };
  }
  if (output === null || typeof output !== 'object' || Array.isArray(output)) {
    return { ok: false, problems: [{ file: mapFile, line: 1, column: 1, message: 'the mapping must produce one object in the bank format (pmp-bank/1)' }] };
  }
  // JSONata marks its results with hidden properties; a JSON round trip leaves plain data.
  return { ok: true, bank: JSON.parse(JSON.stringify(output)) as unknown };
}

function mappingProblem(error: unknown, mapText: string, mapFile: string): InputProblem {
  const e = error as { message?: string; position?: number; token?: string; code?: string };
  const where = typeof e.position === 'number' ? positionAt(mapText, Math.max(0, e.position - 1)) : { line: 1, column: 1 };
  const token = e.token !== undefined ? ` (at "${String(e.token)}")` : '';
  return { file: mapFile, line: where.line, column: where.column, message: `mapping error${e.code ? ` ${e.code}` : ''}: ${e.message ?? String(error)}${token}` };
}
