/**
 * Moodle keeps question text as HTML ("format" html or moodle_auto_format): this turns it into the
 * plain text a terminal shows, with html-to-text (entities decoded, paragraphs and <br> kept as line
 * breaks, lists as "* item", images and link targets left out — an image cannot be shown here, and
 * the reader warns about it separately). Text in plain_text or markdown format is kept as written.
 */
import { convert, type HtmlToTextOptions } from 'html-to-text';

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

/** Text formats Moodle writes in its XML export. */
export type MoodleTextFormat = 'html' | 'moodle_auto_format' | 'plain_text' | 'markdown';

export function plainTextOf(raw: string, format: string | undefined): string {
  const text = format === 'plain_text' || format === 'markdown' ? raw : convert(raw, HTML_OPTIONS);
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
