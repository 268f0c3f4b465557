/** Which reader a file needs: by its extension, else by a look at its content. */
export const FORMATS = ['json', 'csv', 'tsv', 'aiken', 'gift', 'moodle-xml', 'xlsx'] as const;
export type FormatName = (typeof FORMATS)[number];

const BY_EXTENSION: Readonly<Record<string, FormatName>> = {
  json: 'json',
  csv: 'csv',
  tsv: 'tsv',
  tab: 'tsv',
  gift: 'gift',
  aiken: 'aiken',
  xml: 'moodle-xml',
  xlsx: 'xlsx',
};

export function detectFormat(fileName: string, text: string): FormatName | undefined {
  const ext = /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase();
  const known = ext ? BY_EXTENSION[ext] : undefined;
  if (known) return known;
  const head = text.slice(0, 64 * 1024);
  const trimmed = head.trimStart();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) return 'json';
  // Moodle XML: markup with a <quiz> element near the top (after the XML declaration and comments).
  if (trimmed.startsWith('<') && /<quiz[\s>]/.test(trimmed.slice(0, 4096))) return 'moodle-xml';
  if (/^\s*ANSWER\s*:\s*[A-Z]\s*$/im.test(head) && /^[A-Z][.)]\s/m.test(head)) return 'aiken';
  if (/\{[^}]*[=~][^}]*\}|::[^:]+::|\{\s*(T|F|TRUE|FALSE)\s*\}|\{#/m.test(head)) return 'gift';
  const firstLine = head.split(/\r?\n/, 1)[0] ?? '';
  if (/\bprompt\b/i.test(firstLine) && firstLine.includes('\t')) return 'tsv';
  if (/\bprompt\b/i.test(firstLine) && firstLine.includes(',')) return 'csv';
  return undefined;
}
