/**
 * The score of a submitted mock exam: share right over the scored items (an unanswered question
 * counts as wrong, as on the real exam), overall and per domain, each rated against an assumed cut.
 */
import { passes, ratingOf, type ExamRating } from './exam-rating.js';
import type { DomainId } from './question.js';

export interface ScoringItem {
  readonly domain: DomainId | null;
  readonly scored: boolean;
  readonly answered: boolean;
  readonly correct: boolean;
}

export interface ShareRight {
  readonly right: number;
  readonly total: number;
  /** 0..1; 0 when there is nothing to score. */
  readonly share: number;
  readonly rating: ExamRating;
}

export interface ExamScore {
  readonly overall: ShareRight;
  readonly passed: boolean;
  readonly cut: number;
  readonly domains: readonly (ShareRight & { readonly domain: DomainId })[];
  readonly unscored: number;
  readonly unanswered: number;
}

function shareOf(items: readonly ScoringItem[], cut: number): ShareRight {
  const right = items.filter((i) => i.correct).length;
  const share = items.length > 0 ? right / items.length : 0;
  return { right, total: items.length, share, rating: ratingOf(share, cut) };
}

export function scoreExam(items: readonly ScoringItem[], domains: readonly DomainId[], cut: number): ExamScore {
  const scored = items.filter((i) => i.scored);
  const overall = shareOf(scored, cut);
  return {
    overall,
    passed: passes(overall.share, cut),
    cut,
    domains: domains.map((domain) => ({ domain, ...shareOf(scored.filter((i) => i.domain === domain), cut) })).filter((d) => d.total > 0),
    unscored: items.length - scored.length,
    unanswered: items.filter((i) => !i.answered).length,
  };
}
