/**
 * Moodle keeps question text as HTML ("format" html or moodle_auto_format): this turns it into the
 * plain text a terminal shows, with html-to-text (entities decoded, paragraphs and <br> kept as line
 * breaks, lists as "* item", images and link targets left out — an image cannot be shown here, and
 * the reader warns about it separately). Text in plain_text or markdown format is kept as written.
 */
import { compile, type HtmlToTextOptions } from 'html-to-text';

const HTML_OPTIONS: HtmlToTextOptions = {
  wordwrap: false,
  selectors: [
    { selector: 'img', format: 'skip' },
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'p', options: { leadingLineBreaks: 1, trailingLineBreaks: 1 } },
    ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((selector) => ({ selector, options: { uppercase: false, leadingLineBreaks: 1, trailingLineBreaks: 1 } })),
    { selector: 'table', format: 'dataTable', options: { uppercaseHeaderCells: false } },
  ],
};

/** Compiled once: html-to-text's convert() compiles its options again on every call (milliseconds each). */
const htmlToText = compile(HTML_OPTIONS);

/** Text formats Moodle writes in its XML export. */
export type MoodleTextFormat = 'html' | 'moodle_auto_format' | 'plain_text' | 'markdown';

export function plainTextOf(raw: string, format: string | undefined): string {
  const plain = format === 'plain_text' || format === 'markdown';
  // Most answers are short text without markup: HTML would only fold their white space, so the
  // converter (about a tenth of a millisecond a call) is spared for them.
  const text = plain ? raw : /[<&]/.test(raw) ? htmlToText(raw) : raw.replace(/\s+/g, ' ');
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Whether the HTML shows an image: a file Moodle packed with the question, or any <img>. */
export function refersToImage(raw: string): boolean {
  return raw.includes('@@PLUGINFILE@@') || /<img\b/i.test(raw);
}
