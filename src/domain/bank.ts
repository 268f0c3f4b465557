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

/** A bank as the database lists it: its details and how many questions it holds. */
export interface BankSummary {
  readonly id: string;
  readonly title: Text;
  readonly version: string;
  readonly outline: string | null;
  readonly languages: readonly string[];
  readonly source: 'bundled' | 'import';
  /** Questions being studied (retired ones excluded). */
  readonly questions: number;
  readonly retired: number;
  readonly importedAt: number;
  readonly contentHash: string;
}

/** A bank as stored, with every question being studied: what `banks show` and `banks export` read. */
export interface StoredBank {
  readonly summary: BankSummary;
  readonly description?: Text;
  readonly license?: string;
  readonly authors: readonly string[];
  readonly traps: Readonly<Record<string, Text>>;
  readonly scenarios: readonly Scenario[];
  /** Questions being studied, in the order they were imported. */
  readonly questions: readonly Question[];
}
