/**
 * Reading JSON into a checked bank: our format (first from the bytes as they are, the fast road
 * for a big valid bank; else whole, with every problem placed), and any JSON, CSV or TSV through a
 * JSONata mapping (--map). Writes nothing.
 */
import { basename } from 'node:path';
import { checkLooseBank, decodeUtf8, parseJsonText, type BankReadResult, type Locate } from '../import/json-bank.js';
import { jsonSyntaxErrors, MAX_JSON_DEPTH, pathLocator, tooDeepAt } from '../import/json-position.js';
import { mapWithJsonata } from '../import/readers/jsonata-map.js';
import { pinOptions } from '../import/readers/pin-options.js';
import { stableIdBinding } from '../import/readers/stable-id.js';
import { readValidJsonBytes } from '../import/valid-bank.js';
import { readBankBytes, readBankText } from './import-bank.js';
import { loadOutlines } from './outlines.js';

/** The bytes of a file read as text: a box, so that emptying it lets a big file's bytes go. */
export interface TextSource {
  readonly kind: 'text';
  readonly fileHash: string;
  bytes: Uint8Array;
}

/** What a mapping tells the person waiting (load-import.ts ReadReporter). */
type MappingReporter = { mappingStep(): void } | undefined;

/**
 * Our JSON format on the fast road (valid-bank.ts): the bank when it is valid beyond doubt, else
 * undefined. The bytes are let go once read (the box is emptied) unless the caller wants the
 * locator, which needs the text; a problem found later is placed by reading the file again.
 */
export function readValidJsonFile(source: TextSource, path: string, keepText: boolean): { result: BankReadResult; locate: Locate } | undefined {
  const bank = readValidJsonBytes(source.bytes, loadOutlines());
  if (!bank) return undefined;
  const text = keepText ? decodeUtf8(source.bytes, path) : undefined;
  source.bytes = new Uint8Array(0);
  return { result: { ok: true, bank }, locate: text?.ok ? pathLocator(text.text) : locateFromFile(path) };
}

function locateFromFile(path: string): Locate {
  let fromFile: Locate | undefined;
  return (at) => (fromFile ??= pathLocator(readBankText(path).text))(at);
}

/**
 * Our JSON format, whole: the text is needed for JSON.parse and, should a problem be found, for
 * its line and column; unless the caller keeps the locator, it is let go once parsed, and the
 * rare problem found later is placed by reading the file again.
 */
export function readJson(source: { text: string }, path: string, keepText: boolean): { result: BankReadResult; locate: Locate } {
  const parsed = parseJsonText(source.text, path);
  if (!parsed.ok) return { result: parsed, locate: pathLocator(source.text) };
  let locate: Locate;
  if (keepText) locate = pathLocator(source.text);
  else {
    // No local variable holds the text: emptying the box lets it go.
    source.text = '';
    locate = locateFromFile(path);
  }
  const result = checkLooseBank(parsed.raw, path, locate, loadOutlines());
  if (!result.ok && looksForeign(parsed.raw)) return { result: { ok: false, problems: [{ file: path, line: 1, column: 1, message: FOREIGN_JSON_HINT }, ...result.problems.slice(0, 5)] }, locate };
  return { result, locate };
}

const FOREIGN_JSON_HINT =
  'this JSON is not in the pmp-bank/1 format (no "format": "pmp-bank/1"); convert it with a JSONata mapping: pmp import FILE --map MAPPING.jsonata (see examples/)';

function looksForeign(raw: unknown): boolean {
  return Array.isArray(raw) || (typeof raw === 'object' && raw !== null && (raw as { format?: unknown }).format === undefined);
}

export async function mapJsonFile(path: string, text: string, mapFile: string, reporter: MappingReporter): Promise<BankReadResult> {
  const deep = tooDeepAt(text);
  if (deep) return { ok: false, problems: [{ file: path, ...deep, message: `nested more than ${MAX_JSON_DEPTH} levels deep` }] };
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch {
    return { ok: false, problems: jsonSyntaxErrors(text).map((p) => ({ file: path, line: p.line, column: p.column, message: p.message })) };
  }
  return mapInput(path, input, mapFile, reporter);
}

/** A mapping's bank from a file's data: the parsed JSON, or a CSV's rows as objects keyed by header. */
export async function mapInput(path: string, input: unknown, mapFile: string, reporter: MappingReporter): Promise<BankReadResult> {
  const mapBytes = readBankBytes(mapFile);
  const mapText = decodeUtf8(mapBytes, mapFile);
  if (!mapText.ok) return { ok: false, problems: mapText.problems };
  const bindings = { file: basename(path).replace(/\.[^.]*$/, ''), stableId: stableIdBinding };
  const mapped = await mapWithJsonata(input, mapText.text, mapFile, bindings, reporter ? () => reporter.mappingStep() : undefined);
  if (!mapped.ok) return { ok: false, problems: mapped.problems };
  pinOptions(mapped.bank, { keepOrder: false, detect: true });
  // Positions in the mapped output do not exist in any file: problems name the path and question id.
  const checked = checkLooseBank(mapped.bank, path, () => undefined, loadOutlines());
  if (checked.ok) return checked;
  return { ok: false, problems: checked.problems.map((p) => ({ ...p, message: `${p.message} (in the bank the mapping ${basename(mapFile)} produced)` })) };
}
