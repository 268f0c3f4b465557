/**
 * A small element tree from XML text, with the line and column where each element starts, read
 * by saxes (a strict, well-kept streaming parser that knows its position). Readers of XML formats
 * (Moodle XML) walk this tree instead of keeping their own parser state. Malformed XML is one
 * problem at the place saxes stopped; external entities are never fetched (saxes has no DTD
 * processing), and depth and element count are bounded so a hostile file cannot exhaust memory.
 */
import { SaxesParser } from 'saxes';

export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  /** The element's own text and CDATA, joined in order (child elements' text is not included). */
  text: string;
  /** 1-based line and column of the element's "<". */
  readonly line: number;
  readonly column: number;
}

/** A failure's `reason` marks the two the reader says itself (a bare "&", no element); others carry saxes's words. */
export type XmlTreeResult =
  | { readonly ok: true; readonly root: XmlElement }
  | { readonly ok: false; readonly line: number; readonly column: number; readonly message: string; readonly reason?: 'ampersand' | 'no-element' };

/** Deeper than any quiz export goes (Moodle XML is about 6 levels deep). */
export const MAX_XML_DEPTH = 64;
/** Elements per file: a 200,000-question bank in Moodle XML has far fewer than this many. */
export const MAX_XML_ELEMENTS = 20_000_000;

export function parseXmlTree(text: string): XmlTreeResult {
  const parser = new SaxesParser({ position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let failure: { line: number; column: number; message: string } | undefined;
  let elements = 0;
  // Where the element being opened starts: the last "<" before the parser's position.
  let lineStarts: number[] | undefined;

  const stop = (message: string) => {
    failure ??= { line: parser.line, column: parser.column, message };
    throw new StopParsing();
  };
  parser.on('error', (error) => {
    // saxes puts "line:column: " in front of its messages; the position is kept apart here.
    stop(error.message.replace(/^\d+:\d+:\s*/, '').replace(/\.$/, ''));
  });
  parser.on('opentag', (tag) => {
    if (stack.length >= MAX_XML_DEPTH) stop(`elements are nested more than ${MAX_XML_DEPTH} levels deep`);
    if (++elements > MAX_XML_ELEMENTS) stop(`more than ${MAX_XML_ELEMENTS} elements`);
    lineStarts ??= lineStartsOf(text);
    const start = text.lastIndexOf('<', parser.position - 1);
    const line = parser.line - countNewlines(text, start, parser.position);
    const element: XmlElement = { name: tag.name, attributes: { ...(tag.attributes as Record<string, string>) }, children: [], text: '', line, column: start - (lineStarts[line - 1] ?? 0) + 1 };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(element);
    else root ??= element;
    if (!tag.isSelfClosing) stack.push(element);
  });
  parser.on('closetag', (tag) => {
    if (!tag.isSelfClosing) stack.pop();
  });
  const addText = (t: string) => {
    const current = stack[stack.length - 1];
    if (current) current.text += t;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);

  try {
    parser.write(text).close();
  } catch (error) {
    if (!(error instanceof StopParsing)) throw error;
  }
  if (failure) {
    // saxes reads a bare "&" as the start of an entity up to the next ";", often at the end of the
    // file, and then blames the tags left open: the "&" is the place to fix.
    const ampersand = bareAmpersand(text);
    if (ampersand && (ampersand.line < failure.line || (ampersand.line === failure.line && ampersand.column <= failure.column))) {
      return { ok: false, ...ampersand, reason: 'ampersand', message: 'a bare "&" in text; write it as &amp; (or put the text in <![CDATA[ … ]]>)' };
    }
    return { ok: false, ...failure, column: Math.max(1, failure.column) };
  }
  if (!root) return { ok: false, line: 1, column: 1, reason: 'no-element', message: 'no XML element in the file' };
  return { ok: true, root };
}

class StopParsing extends Error {}

/** The first "&" outside CDATA and comments that starts no entity or character reference. */
function bareAmpersand(text: string): { line: number; column: number } | undefined {
  const skip = /<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->|&(?:#[0-9]+|#x[0-9A-Fa-f]+|[A-Za-z_][\w.-]*);|&/g;
  for (let m = skip.exec(text); m; m = skip.exec(text)) {
    if (m[0] !== '&') continue;
    const before = text.slice(0, m.index);
    const line = before.split('\n').length;
    return { line, column: m.index - before.lastIndexOf('\n') };
  }
  return undefined;
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function countNewlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** The first child element with this name. */
export function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.children.find((c) => c.name === name);
}

export function childrenNamed(element: XmlElement | undefined, name: string): XmlElement[] {
  return element ? element.children.filter((c) => c.name === name) : [];
}

/** The text of `<name><text>…</text></name>` (Moodle's way of holding every text), or of `<name>…</name>`. */
export function textOf(element: XmlElement | undefined, name?: string): string | undefined {
  const holder = name === undefined ? element : child(element, name);
  if (!holder) return undefined;
  const inner = child(holder, 'text');
  return inner ? inner.text : holder.text;
}
