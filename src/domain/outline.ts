import type { DomainId } from './question.js';
import type { Text } from './text.js';

/** An exam content outline (ECO): domains with weights and numbered tasks. Loaded from data. */
export interface Outline {
  readonly id: string;
  readonly title: Text;
  readonly domains: readonly OutlineDomain[];
  readonly exam: ExamFormat;
}

export interface OutlineDomain {
  readonly id: DomainId;
  readonly name: Text;
  /** Share of the exam, 0..1. */
  readonly weight: number;
  readonly tasks: readonly { readonly n: number; readonly name: Text }[];
}

export interface ExamFormat {
  readonly questions: number;
  readonly scored: number;
  readonly pretest: number;
  readonly minutes: number;
  readonly breaks: readonly { readonly afterQuestion: number; readonly minutes: number }[];
  readonly agileHybridShare: number;
}
