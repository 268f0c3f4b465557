/**
 * The feedback after an answer as one terminal screen (interactive study): the verdict, the
 * answer given, the key and when the question comes back stay at the top of every page; the
 * explanation and the options' reasons below, cut into pages that fit between them and the
 * menu. At 80×24 the verdict and the right answer never scroll away while the menu is open.
 */
import type { AnswerOutcome } from '../../app/study-session.js';
import { displayWidth, wrap } from '../terminal/wrap.js';
import type { RenderContext } from './context.js';
import { renderExplanation, renderVerdict, scheduleLines } from './feedback-view.js';

export interface FeedbackScreen {
  /** Lines shown at the top of every page. */
  readonly head: readonly string[];
  /** The rest, a page at a time (at least one page, maybe empty). */
  readonly pages: readonly (readonly string[])[];
}

/** Fewer rows than this for a page makes paging useless: the screen then simply scrolls. */
const MIN_PAGE = 4;

/**
 * Lays the feedback out for a screen of `rows` rows, leaving `menuRows` for the menu under it.
 * `extra` (a leech warning) goes with the head.
 */
export function feedbackScreen(ctx: RenderContext, outcome: AnswerOutcome, rows: number, menuRows: number, extra: readonly string[] = []): FeedbackScreen {
  const shown = outcome.item.presentation;
  const head = [...renderVerdict(ctx, shown, outcome.response, outcome.correct), ...scheduleLines(ctx, outcome), ...extra, ''];
  const body = trimBlankEnds(renderExplanation(ctx, shown));
  // One row is kept free for the cursor line the prompt library leaves under the menu.
  const room = Math.max(MIN_PAGE, rows - head.length - menuRows - 1);
  return { head, pages: paginate(body, room) };
}

/** Pages of at most `size` lines, preferring to end a page at a blank line (between sections). */
export function paginate(lines: readonly string[], size: number): string[][] {
  const pages: string[][] = [];
  let rest = [...lines];
  while (rest.length > size) {
    let cut = size;
    // Within the second half of the page, end at a blank line rather than mid-section.
    for (let i = size; i >= Math.ceil(size / 2); i--) {
      if (rest[i] === '') {
        cut = i;
        break;
      }
    }
    pages.push(rest.slice(0, cut));
    rest = trimBlankEnds(rest.slice(cut));
  }
  pages.push(rest);
  return pages;
}

function trimBlankEnds(lines: readonly string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start] === '') start++;
  while (end > start && lines[end - 1] === '') end--;
  return lines.slice(start, end);
}

/** Menu items ("⏎ next", "f flag", …) joined by " · " and wrapped between items, never inside one. */
export function menuLines(ctx: RenderContext, items: readonly string[]): string[] {
  const lines: string[] = [];
  let line = '';
  for (const item of items) {
    const joined = line === '' ? item : `${line} · ${item}`;
    if (line !== '' && displayWidth(joined) > ctx.width - 1) {
      lines.push(line);
      line = item;
    } else line = joined;
  }
  if (line !== '') lines.push(line);
  return lines.flatMap((l) => wrap(l, ctx.width - 1));
}
