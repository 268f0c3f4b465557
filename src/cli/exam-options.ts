/** Options that readiness and the mock exam share: the assumed cut and the blueprint. */
import { loadOutlines } from '../app/outlines.js';
import { DEFAULT_CUT } from '../domain/exam-rating.js';
import type { Outline } from '../domain/outline.js';
import type { DomainId } from '../domain/question.js';
import { PmpError } from '../errors.js';

/** --cut as a percentage, 1..99 (a trailing % is fine); the default is the last cut PMI published. */
export function cutOption(value: string | undefined): number {
  if (value === undefined) return DEFAULT_CUT;
  const n = Number(value.trim().replace(/%$/, ''));
  if (!Number.isFinite(n) || n < 1 || n > 99) throw new PmpError('usage.bad-cut', 'usage', { value });
  return n / 100;
}

/** --eco 2026 (the default) or 2021, also written eco-2021. */
export function outlineOption(value: string | undefined): Outline {
  const year = value === undefined ? '2026' : value.trim().toLowerCase().replace(/^eco-?/, '');
  const outline = year === '2026' || year === '2021' ? loadOutlines().get(`eco-${year}`) : undefined;
  if (!outline) throw new PmpError('usage.bad-eco', 'usage', { value: value ?? '' });
  return outline;
}

/**
 * --domain for a one-domain mock: people, process, or business (business-environment, the
 * outline's id, too). Undefined when absent; a usage error for anything else.
 */
export function examDomainOption(value: string | undefined, outline: Outline): DomainId | undefined {
  if (value === undefined) return undefined;
  const v = value.trim().toLowerCase();
  const id = v === 'business' ? 'business-environment' : v;
  const domain = outline.domains.find((d) => d.id === id);
  if (!domain) throw new PmpError('usage.bad-domain', 'usage', { value });
  return domain.id;
}
