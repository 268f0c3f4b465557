/**
 * The feedback after an answer as one terminal screen (interactive study): the verdict, the
 * answer given, the key and when the question comes back stay at the top of every page; the
 * explanation and the options' reasons below, cut into pages that fit between them and the
 * menu. At 80×24 the verdict and the right answer never scroll away while the menu is open.
 */
import type { AnswerOutcome } from '../../app/study-session.js';
import { displayWidth, wrap } from '../terminal/wrap.js';
import type { RenderContext } from './context.js';
import { renderExplanation, renderKeySpelled, renderVerdict, scheduleLines } from './feedback-view.js';

export interface FeedbackScreen {
  /** Each page as drawn, its head included: the verdict is always its first line. */
  readonly pages: readonly (readonly string[])[];
}

/** Fewer rows than this for a page makes paging useless: the screen then simply scrolls. */
const MIN_PAGE = 4;

/**
 * Lays the feedback out for a screen of `rows` rows, leaving `menuRows` for the menu under it.
 * `extra` (a leech warning) goes with the head. A key spelled out too long for the head (five
 * matching pairs at 40 columns) opens the body instead; if the head still leaves too little room,
 * later pages carry the verdict line alone above the rest.
 */
export function feedbackScreen(ctx: RenderContext, outcome: AnswerOutcome, rows: number, menuRows: number, extra: readonly string[] = []): FeedbackScreen {
  const shown = outcome.item.presentation;
  const schedule = [...scheduleLines(ctx, outcome), ...extra, ''];
  // One row is kept free for the cursor line the prompt library leaves under the menu.
  const available = rows - menuRows - 1;
  let verdict = renderVerdict(ctx, shown, outcome.response, outcome.correct);
  let body = trimBlankEnds(renderExplanation(ctx, shown));
  if (verdict.length + schedule.length + MIN_PAGE > available) {
    // A long key spelled out (five matching pairs at 40 columns) moves to the top of the body.
    verdict = renderVerdict(ctx, shown, outcome.response, outcome.correct, '', false);
    body = [...renderKeySpelled(ctx, shown), '', ...body];
  }
  const head = [...verdict, ...schedule];
  const room = available - head.length;
  if (room >= MIN_PAGE || head.length + body.length <= available) {
    return { pages: paginate(body, Math.max(MIN_PAGE, room)).map((page) => [...head, ...page]) };
  }
  const first = body.slice(0, Math.max(0, room));
  const rest = trimBlankEnds(body.slice(first.length));
  const short = [verdict[0] ?? '', ''];
  const later = rest.length > 0 ? paginate(rest, Math.max(MIN_PAGE, available - short.length)).map((page) => [...short, ...page]) : [];
  return { pages: [[...head, ...first], ...later] };
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
