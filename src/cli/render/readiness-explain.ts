/** `pmp readiness --explain`: the formula of src/domain/readiness.ts with this learner's numbers. */
import { PRIOR, PRIOR_ANSWERS, type Readiness } from '../../domain/readiness.js';
import { RATINGS_BEST_FIRST } from '../../domain/exam-rating.js';
import type { Outline } from '../../domain/outline.js';
import type { RecallCalibration } from '../../domain/recall-calibration.js';
import type { ReadinessReport } from '../../app/readiness.js';
import { MODEL_BIAS_SD } from '../../domain/mock-evidence.js';
import type { CliContext } from '../context.js';
import { wrap } from '../terminal/wrap.js';
import { chance, domainName, percent } from './readiness-view.js';

const f2 = (x: number) => x.toFixed(2);
/** A term added to a formula: its sign written out ("+ 0.42", "− 0.61"). */
const signed2 = (x: number) => (x < 0 ? `− ${(-x).toFixed(2)}` : `+ ${x.toFixed(2)}`);
const f3 = (x: number) => x.toFixed(3);

export function renderReadinessExplain(ctx: CliContext, outline: Outline, r: Extract<Readiness, { status: 'ready' }>, calibration?: RecallCalibration, mocks?: ReadinessReport['mocks']): string[] {
  const { t } = ctx.i18n;
  const o = r.overall;
  const lines = [ctx.style.bold(t('readiness.explain.title')), ...wrap(t('readiness.explain.question'), ctx.width)];
  if (calibration) lines.push(...wrap(t('readiness.explain.calibration', { a: f2(calibration.a), b: f2(calibration.b), c: signed2(calibration.c), n: calibration.answers }), ctx.width, '  '));
  lines.push(...wrap(t('readiness.explain.learner', { right: o.firstRight, seen: o.firstSeen, m: PRIOR_ANSWERS, prior: f2(PRIOR), value: f3(o.learnerPrior) }), ctx.width, '  '));
  // The model's own figures; the mocks' shift, when there is one, is explained at the end.
  const model = mocks?.before ?? null;
  for (const [i, shown] of r.domains.entries()) {
    const d = { ...shown, ...(model?.domains[i] ?? {}) };
    const p = d.parts;
    lines.push('', ctx.style.bold(t('readiness.explain.domain', { domain: domainName(ctx, outline, d.domain), weight: f2(d.weight) })));
    lines.push(t('readiness.explain.prior', { right: p.firstRight, seen: p.firstSeen, m: PRIOR_ANSWERS, learner: f3(o.learnerPrior), value: f3(p.prior), sd: f3(p.priorSd) }));
    lines.push(t('readiness.explain.seen', { seen: d.seen, questions: d.questions, recall: p.meanRecall === null ? '–' : f3(p.meanRecall), floor: f3(p.meanFloor) }));
    lines.push(t('readiness.explain.tasks', { tasks: d.tasks, value: f3(d.expected) }));
    lines.push(
      t('readiness.explain.range', { priorShare: f2(p.priorShare), priorSd: f3(p.priorSd), value: f3(d.expected), n: p.examQuestions.toFixed(1), sd: f3(d.sd), low: percent(d.low), high: percent(d.high) }),
    );
  }
  lines.push('', ...wrap(t('readiness.explain.range-parts'), ctx.width).map((l) => ctx.style.dim(l)));
  const sum = r.domains.map((d) => `${f2(d.weight)}×${f3(d.expected)}`).join(' + ');
  const prior = r.domains.map((d) => `${f2(d.weight)}×${f2(d.parts.priorShare)}×${f3(d.parts.priorSd)}`).join(' + ');
  const mo = model?.overall ?? o;
  lines.push('', ...wrap(t('readiness.explain.overall', { sum, value: f3(mo.expected), prior, n: outline.exam.scored, sd: f3(mo.sd), low: percent(mo.low), high: percent(mo.high) }), ctx.width));
  const chances = RATINGS_BEST_FIRST.map((k) => `${t(`rating.${k}`)} ${chance(o.ratingChances[k])}`).join(', ');
  lines.push(...wrap(t('readiness.explain.rating', { chances }), ctx.width));
  if (mocks) {
    const sd = Math.sqrt(mocks.overall.variance);
    const args = { tau: f2(MODEL_BIAS_SD), right: mocks.right, predicted: mocks.predicted.toFixed(1), answered: mocks.answered, residual: f3((mocks.right - mocks.predicted) / mocks.answered), shift: f3(mocks.overall.shift), sd: f3(sd), before: percent(model?.overall.expected ?? o.expected) };
    lines.push('', ...wrap(t('readiness.explain.mocks', args), ctx.width));
  }
  lines.push(...wrap(t('readiness.explain.doc'), ctx.width).map((l) => ctx.style.dim(l)));
  return lines;
}
