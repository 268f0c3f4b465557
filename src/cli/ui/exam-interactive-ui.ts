import type { ExamUi } from '../../app/exam-ui.js';
import type { RenderContext } from '../render/context.js';
export function interactiveExamUi(_deps: { ctx: RenderContext; write: (text: string) => void }): ExamUi {
  throw new Error('not yet');
}
