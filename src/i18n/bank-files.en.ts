/** Reading trainers' bank files (import, validate, convert, --map), in English. */
import { count } from './plural.js';
type P = Readonly<Record<string, string | number>>;

export const bankFilesEn = {
  'bank-files.same-prompts': (p: P) => `${count(p.n, 'question')} repeat${Number(p.n) === 1 ? 's' : ''} an earlier prompt of the bank (--strict refuses)`,
  'bank-files.same-prompt': (p: P) => `${p.id}${p.line ? ` (line ${p.line})` : ''} = ${p.first}${p.firstLine ? ` (line ${p.firstLine})` : ''}`,
  'bank-files.mapping-running': (p: P) => `Mapping ${p.file} with ${p.map}: ${p.seconds} s…`,
  'bank-files.read-time': (p: P) => `${p.file}: read as ${p.format}${p.map ? ` through ${p.map}` : ''} in ${p.ms} ms (${count(p.n, 'question')})`,
} as const;
