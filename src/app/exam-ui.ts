/** What the mock-exam loop shows and what it is told: the seam between src/app/exam-session.ts and a screen or line interface. */
import type { Presentation } from '../domain/presentation.js';
import type { Response } from '../domain/question.js';

export interface ExamItemView {
  readonly position: number;
  readonly presentation: Presentation;
  readonly bankId: string;
  readonly questionId: string;
  readonly response: Response | null;
  readonly flagged: boolean;
}

export interface ItemStatus {
  readonly position: number;
  readonly section: number;
  readonly answered: boolean;
  readonly flagged: boolean;
  readonly locked: boolean;
}

export interface ScreenCommon {
  readonly examId: number;
  readonly total: number;
  readonly section: number;
  readonly sections: number;
  readonly sectionFirst: number;
  readonly sectionLast: number;
  readonly statuses: readonly ItemStatus[];
  /** Exam time left, ms, now. */
  remainingMs(): number;
}

export interface ExamQuestionScreen extends ScreenCommon {
  readonly kind: 'question';
  readonly item: ExamItemView;
}

export interface ExamSectionEndScreen extends ScreenCommon {
  readonly kind: 'section-end';
  /** The optional break offered here in minutes; null at the end of the last section. */
  readonly breakMinutes: number | null;
}

export type ExamScreen = ExamQuestionScreen | ExamSectionEndScreen;

export type ExamAction =
  | { readonly kind: 'answer'; readonly response: Response }
  | { readonly kind: 'next' }
  | { readonly kind: 'previous' }
  | { readonly kind: 'flag' }
  | { readonly kind: 'goto'; readonly position: number }
  /** At the end of a section: lock it and go on, with or without the break. */
  | { readonly kind: 'continue'; readonly takeBreak: boolean }
  | { readonly kind: 'submit' }
  /** Stop for now; the exam stays in progress. */
  | { readonly kind: 'leave' }
  /** The prompt was cancelled because the time ran out. */
  | { readonly kind: 'timeout' };

export type Refusal = 'locked' | 'other-section' | 'no-such-question' | 'first-of-section' | 'end-of-section' | 'not-here';

export interface ExamUi {
  /** `signal` aborts when the exam time runs out: the prompt should then resolve with 'timeout'. */
  ask(screen: ExamScreen, signal: AbortSignal): Promise<ExamAction>;
  /** Called after the answer is committed. */
  saved(item: ExamItemView, response: Response, total: number): void;
  flagged(position: number, on: boolean): void;
  refused(reason: Refusal, position: number): void;
  /** The break screen; resolves when the learner ends it or `signal` aborts (the break is over). */
  rest(info: { readonly minutes: number; remainingMs(): number }, signal: AbortSignal): Promise<void>;
  timeUp(): void;
}

