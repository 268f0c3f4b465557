/**
 * The line-based exam interface (stdin not a terminal, or --plain): one command or answer per
 * line, the time left printed with every question, and a `saved:` line after each committed answer.
 */
import type { ExamAction, ExamScreen, ExamUi } from '../../app/exam-ui.js';
import { parseAnswer } from '../../domain/answer-input.js';
import type { RenderContext } from '../render/context.js';
import { renderExamQuestion, renderReviewList, renderSectionEnd } from '../render/exam-view.js';
import { formatResponse } from '../render/feedback-view.js';
import { howToAnswer } from '../render/question-view.js';
import { sanitizeInline } from '../terminal/sanitize.js';
import { wrap } from '../terminal/wrap.js';
import type { LineReader } from './line-reader.js';

export interface ExamPlainDeps {
  readonly ctx: RenderContext;
  readonly lines: LineReader;
  readonly write: (text: string) => void;
}

const ABORTED = Symbol('aborted');

export function plainExamUi({ ctx, lines, write }: ExamPlainDeps): ExamUi {
  const { t } = ctx.i18n;
  const out = (ls: string[]) => write(ls.join('\n') + '\n');
  const say = (text: string) => out(wrap(text, ctx.width));
  // A line asked for but not yet read when the time ran out is kept for the next reader.
  let pending: Promise<string | null> | undefined;
  const readLine = async (signal: AbortSignal): Promise<string | null | typeof ABORTED> => {
    if (signal.aborted) return ABORTED;
    pending ??= lines.next();
    const line = pending;
    // One question's signal outlives many lines (every refused answer reads another): the abort
    // listener must go as soon as its line arrives, or each line leaves one behind on the signal.
    let onAbort: (() => void) | undefined;
    const aborted = new Promise<typeof ABORTED>((resolve) => {
      onAbort = () => resolve(ABORTED);
      signal.addEventListener('abort', onAbort, { once: true });
    });
    try {
      const result = await Promise.race([line, aborted]);
      if (result !== ABORTED) pending = undefined;
      return result;
    } finally {
      if (onAbort) signal.removeEventListener('abort', onAbort);
    }
  };

  const command = (text: string, screen: ExamScreen): ExamAction | undefined => {
    const c = text.trim().toLowerCase();
    if (c === 'n' || c === 'next') return screen.kind === 'section-end' && screen.breakMinutes !== null ? { kind: 'continue', takeBreak: false } : { kind: 'next' };
    if (c === 'p' || c === 'prev' || c === 'previous') return { kind: 'previous' };
    if (c === 'f' || c === 'flag') return { kind: 'flag' };
    if (c === 'break') return { kind: 'continue', takeBreak: true };
    if (c === 'skip-break' || c === 'continue') return { kind: 'continue', takeBreak: false };
    if (c === 'q' || c === 'quit') return { kind: 'leave' };
    const go = /^(?:g|go|goto)\s*(\d+)$/.exec(c);
    if (go) return { kind: 'goto', position: Number(go[1]) };
    return undefined;
  };

  return {
    async ask(screen, signal) {
      if (screen.kind === 'question') {
        out(['', ...renderExamQuestion(ctx, screen), '', ...wrap(howToAnswer(ctx, screen.item.presentation), ctx.width), ...wrap(t('exam.plain.commands'), ctx.width)]);
      } else {
        out(['', ...renderSectionEnd(ctx, screen, true)]);
      }
      let confirming = false;
      for (;;) {
        write(screen.kind === 'question' ? t('exam.plain.prompt') : t('exam.plain.prompt-end'));
        const line = await readLine(signal);
        if (line === ABORTED) {
          write('\n');
          return { kind: 'timeout' };
        }
        if (line === null) {
          write('\n');
          return { kind: 'leave' };
        }
        const text = line.trim();
        if (text.toLowerCase() === 'submit') {
          const unanswered = screen.statuses.filter((s) => !s.answered).length;
          if (unanswered === 0 || confirming) return { kind: 'submit' };
          confirming = true;
          say(t('exam.submit.confirm', { n: unanswered }));
          continue;
        }
        confirming = false;
        if (text.toLowerCase() === 'r' || text.toLowerCase() === 'review') {
          out(renderReviewList(ctx, screen));
          continue;
        }
        const action = command(text, screen);
        if (action) return action;
        if (screen.kind !== 'question') {
          say(t('exam.refused.end-of-section'));
          continue;
        }
        const parsed = parseAnswer(text, screen.item.presentation);
        if (parsed.ok) return { kind: 'answer', response: parsed.response };
        const { kind, ...params } = parsed.problem;
        say(t(`answer.${kind}`, params));
      }
    },
    saved(item, response, total) {
      // On a line of its own (a pipe echoes no newline after the answer): scripts look for "saved:" at the start of a line.
      out(['', t('exam.saved', { position: item.position, total, ref: sanitizeInline(`${item.bankId}/${item.questionId}`), answer: formatResponse(ctx, item.presentation, response) })]);
    },
    flagged(position, on) {
      say(t(on ? 'exam.flag.on' : 'exam.flag.off', { position }));
    },
    refused(reason, position) {
      say(t(`exam.refused.${reason}`, { position }));
    },
    async rest(info, signal) {
      say(t('exam.break.start', { minutes: info.minutes }));
      const line = await readLine(signal);
      if (line === ABORTED) write('\n');
      say(t('exam.break.over'));
    },
    timeUp() {
      say(t('exam.time-up'));
    },
  };
}
