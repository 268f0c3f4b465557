/**
 * The line-based study interface, used whenever stdin or stdout is not a terminal: plain text,
 * no escape codes, one answer line per question, and a `saved:` line after each commit.
 */
import type { AnswerOutcome, StudyAction, StudyItem, StudyUi } from '../../app/study-session.js';
import { parseAnswer } from '../../domain/answer-input.js';
import type { Confidence } from '../../domain/grading.js';
import { howToAnswer, renderQuestion } from '../render/question-view.js';
import type { RenderContext } from '../render/context.js';
import { isoTime } from '../render/iso-time.js';
import { loadDisplayWidth, renderWithDisplayWidth, wrap } from '../terminal/wrap.js';
import type { LineReader } from './line-reader.js';

export interface PlainUiDeps {
  readonly ctx: RenderContext;
  readonly lines: LineReader;
  readonly write: (text: string) => void;
  /** Monotonic ms, for the time taken to answer. */
  readonly monotonicMs: () => number;
}

export function plainStudyUi({ ctx, lines, write, monotonicMs }: PlainUiDeps): StudyUi {
  const { t } = ctx.i18n;
  const out = (ls: string[]) => write(ls.join('\n') + '\n');
  return {
    async ask(item: StudyItem): Promise<StudyAction> {
      out(
        await renderWithDisplayWidth(() => [
          '',
          ...renderQuestion(ctx, item),
          '',
          ...wrap(howToAnswer(ctx, item.presentation), ctx.width),
          ...wrap(t('study.plain.commands'), ctx.width),
        ]),
      );
      const shownAt = monotonicMs();
      for (;;) {
        write(t('study.plain.prompt'));
        // string-width loads while the learner reads, before anything else is printed.
        const [line] = await Promise.all([lines.next(), loadDisplayWidth()]);
        if (line === null) {
          write('\n');
          return { kind: 'quit' };
        }
        const { answer, confidence } = splitConfidence(line);
        const command = answer.trim().toLowerCase();
        if (command === 'q' || command === 'quit') return { kind: 'quit' };
        if (command === 'u' || command === 'undo') return { kind: 'undo' };
        // Whole words: single letters up to L are answers.
        if (command === 'flag') return { kind: 'mark', mark: 'flag' };
        if (command === 'suspend') return { kind: 'mark', mark: 'suspend' };
        if (command === 'bury') return { kind: 'mark', mark: 'bury' };
        const parsed = parseAnswer(answer, item.presentation);
        if (parsed.ok) {
          return { kind: 'answer', response: parsed.response, elapsedMs: monotonicMs() - shownAt, ...(confidence ? { confidence } : {}) };
        }
        const { kind, ...params } = parsed.problem;
        out(wrap(t(`answer.${kind}`, params), ctx.width));
      }
    },
    async reveal(outcome: AnswerOutcome) {
      // Loaded after the first answer, not before the first question: it brings in date-fns.
      const { renderFeedback } = await import('../render/feedback-view.js');
      out(renderFeedback(ctx, outcome));
      if (outcome.becameLeech) out(wrap(t('study.leech', { ref: `${outcome.item.bankId}/${outcome.item.questionId}`, n: outcome.after.lapses }), ctx.width));
      // Cram changed no schedule: its feedback says so, and there is nothing "saved … next" to report.
      if (!outcome.item.cram) out([
        t('study.saved', {
          ref: `${outcome.item.bankId}/${outcome.item.questionId}`,
          result: outcome.correct ? t('study.saved.right') : t('study.saved.wrong'),
          rating: t(`rating.${outcome.rating}`),
          next: isoTime(outcome.after.dueAt),
        }),
      ]);
      return 'next' as const;
    },
    marked(bankId, questionId, mark) {
      out(wrap(t(`study.marked.${mark}`, { ref: `${bankId}/${questionId}` }), ctx.width));
    },
    undone(bankId, questionId) {
      out(wrap(t('study.undone', { ref: `${bankId}/${questionId}` }), ctx.width));
    },
    nothingToUndo() {
      out(wrap(t('study.nothing-to-undo'), ctx.width));
    },
  };
}

/** "B ??" → guessed, "B ?" → unsure; a lone "?" is not a confidence mark on an empty answer. */
export function splitConfidence(line: string): { answer: string; confidence?: Confidence } {
  const m = /^(.*\S)\s*(\?{1,2})\s*$/.exec(line);
  if (!m) return { answer: line };
  return { answer: m[1] as string, confidence: (m[2] as string).length === 2 ? 'guessed' : 'unsure' };
}
