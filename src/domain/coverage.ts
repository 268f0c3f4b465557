import type { Outline } from './outline.js';
import type { Approach, DomainId, QuestionType } from './question.js';

/** What coverage needs to know of one question. */
export interface CoverageItem {
  readonly domain: DomainId | null;
  readonly task: number | null;
  readonly type: QuestionType;
  readonly approach: Approach | null;
}

export interface TaskCoverage {
  readonly task: number;
  readonly questions: number;
}

export interface DomainCoverage {
  readonly domain: DomainId;
  readonly questions: number;
  /** Share of the tagged questions, 0..1. */
  readonly share: number;
  /** The blueprint's weight, 0..1. */
  readonly weight: number;
  readonly tasks: readonly TaskCoverage[];
}

export interface Coverage {
  readonly outline: string;
  readonly questions: number;
  readonly untagged: number;
  readonly domains: readonly DomainCoverage[];
  readonly types: Readonly<Record<QuestionType, number>>;
  readonly approaches: Readonly<Record<Approach | 'unspecified', number>>;
}

/** Questions per domain, task, type and approach, against one outline's blueprint. */
export function computeCoverage(items: readonly CoverageItem[], outline: Outline): Coverage {
  const tagged = items.filter((i) => i.domain !== null);
  const types: Record<QuestionType, number> = { single: 0, multiple: 0, matching: 0, numeric: 0, ordering: 0 };
  const approaches: Record<Approach | 'unspecified', number> = { predictive: 0, agile: 0, hybrid: 0, unspecified: 0 };
  for (const i of items) {
    types[i.type]++;
    approaches[i.approach ?? 'unspecified']++;
  }
  const domains = outline.domains.map((d): DomainCoverage => {
    const inDomain = tagged.filter((i) => i.domain === d.id);
    return {
      domain: d.id,
      questions: inDomain.length,
      share: tagged.length > 0 ? inDomain.length / tagged.length : 0,
      weight: d.weight,
      tasks: d.tasks.map((t) => ({ task: t.n, questions: inDomain.filter((i) => i.task === t.n).length })),
    };
  });
  return { outline: outline.id, questions: items.length, untagged: items.length - tagged.length, domains, types, approaches };
}
