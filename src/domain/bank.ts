import type { Question, Scenario } from './question.js';
import type { Text } from './text.js';

export type OutlineId = 'eco-2026' | 'eco-2021';

/** A question bank after validation: strict, normalised, ready for the domain. */
export interface Bank {
  readonly id: string;
  readonly title: Text;
  readonly version: string;
  readonly description?: Text;
  readonly outline: OutlineId | null;
  readonly languages: readonly string[];
  readonly license?: string;
  readonly authors: readonly string[];
  /** Trap id → its name in every language of the bank. */
  readonly traps: Readonly<Record<string, Text>>;
  readonly scenarios: readonly Scenario[];
  readonly questions: readonly Question[];
}
