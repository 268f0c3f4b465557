import type { Translator } from '../../i18n/index.js';
import type { Style } from '../terminal/style.js';
import type { Text } from '../../domain/text.js';
import { pickText } from '../../domain/text.js';
import { sanitize } from '../terminal/sanitize.js';

/** What every renderer needs: the language, the width, the look. */
export interface RenderContext {
  readonly i18n: Translator;
  readonly style: Style;
  /** Columns available, at least 40. */
  readonly width: number;
  /** Now, for relative times (ms since epoch). */
  readonly now: () => number;
  /** A label such as "Process 8 · Plan and manage schedule" for a bank's question tag. */
  readonly taskLabel: (bankId: string, domain: string | undefined, task: number | undefined) => string | undefined;
}

/** Bank text in the learner's language (falling back to another), made safe to print. */
export function localText(ctx: RenderContext, text: Text): string {
  const other = ctx.i18n.lang === 'en' ? ['ko'] : ['en'];
  return sanitize(pickText(text, ctx.i18n.lang, other));
}
