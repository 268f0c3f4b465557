/**
 * The shapes an import is planned in, shared by the planner (src/import/plan-import.ts), which
 * sorts a bank's questions against what is stored, and storage, which writes the plan: neither
 * imports the other.
 */
import type { Question } from './question.js';

/** What the database holds of a question, enough to tell whether an incoming one changed. */
export interface StoredQuestion {
  readonly contentHash: string;
  readonly answerHash: string;
  readonly retired: boolean;
}

export interface PlannedQuestion {
  readonly question: Question;
  readonly contentHash: string;
  readonly answerHash: string;
  /** Same case and prompt, whatever the bank: how duplicates across banks are found. */
  readonly promptKey: string;
  /** Position in the order new questions are introduced: scenario sets stay together. */
  readonly newRank: number;
}

export interface ImportPlan {
  readonly bankId: string;
  readonly added: readonly PlannedQuestion[];
  /** Wording changed, key the same: the learner's progress is kept. */
  readonly updated: readonly PlannedQuestion[];
  /** The key changed: that question's progress starts over (its old log stays). */
  readonly answerChanged: readonly PlannedQuestion[];
  /** Back in the bank after being retired. */
  readonly restored: readonly PlannedQuestion[];
  readonly unchanged: readonly string[];
  /** Gone from the bank: no longer studied, history kept. */
  readonly retired: readonly string[];
  /**
   * Questions whose case and prompt (promptKey) an earlier question of the same bank has, by index
   * in bank.questions: found here, where every question's key is computed anyway, so a big import
   * pays no second pass over its texts.
   */
  readonly samePrompts: readonly SamePromptIndex[];
}

export interface SamePromptIndex {
  readonly index: number;
  readonly firstIndex: number;
}
