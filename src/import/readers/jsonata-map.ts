/**
 * Any JSON document, through a JSONata mapping the trainer writes (`pmp import --map FILE`),
 * becomes a bank in our format. The mapping sees the document as its input and `$file` (the
 * file's name without folder or extension) as a binding.
 */
import jsonata from 'jsonata';
import type { InputProblem } from '../../errors.js';
import { positionAt } from '../json-position.js';

export type MapResult = { readonly ok: true; readonly bank: unknown } | { readonly ok: false; readonly problems: readonly InputProblem[] };

export async function mapWithJsonata(input: unknown, mapText: string, mapFile: string, bindings: Readonly<Record<string, unknown>>): Promise<MapResult> {
  let expression: jsonata.Expression;
  try {
    expression = jsonata(mapText);
  } catch (error) {
    return { ok: false, problems: [mappingProblem(error, mapText, mapFile)] };
  }
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
