/** Words of the small reports (the exam's readiness check, the stats' weekly retention), in English. */
import { count } from './plural.js';
type P = Readonly<Record<string, string | number>>;

export const reportEn = {
  'report.prediction-words': (p: P) => `Predicted ${p.expected} on the ${count(p.n, 'question')} you answered; you got ${p.actual}.`,
  'report.prediction-unanswered': (p: P) => `${count(p.n, 'unanswered question')} ${Number(p.n) === 1 ? 'is' : 'are'} left out of this check.`,
  'report.prediction-details': () => 'pmp exam review --details adds the Brier score and log loss of the prediction.',
  'report.retention-few': () => 'Too few weeks with reviews for a chart yet:',
  'report.retention-week': (p: P) => `${p.range}: ${p.percent} right of ${count(p.n, 'review')}`,
} as const;
