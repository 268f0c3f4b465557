/** Words of `pmp readiness --calibration`. */
import { count } from './plural.js';
type P = Readonly<Record<string, string | number>>;

export const calibrationEn = {
  'calibration.title': () => 'Calibration: did the predicted chances of a right answer match what happened?',
  'calibration.window-all': () => 'Answers',
  'calibration.window-since': (p: P) => `Answers since ${p.date}`,
  'calibration.counts': (p: P) =>
    `${p.window}: ${p.answers} (practice and undone ones left out) — ${p.first} first answers (nothing predicted), ${p.sameDay} less than a day after the previous answer (left out, as the SRS benchmark does), ${p.n} predictions scored.`,
  'calibration.share': (p: P) => `Answered right: ${p.actual}. Predicted: ${p.adjusted} counting lucky guesses (headline), ${p.raw} for recall alone.`,
  'calibration.headline-note': () =>
    'The headline adds the chance of guessing right to the recall probability: p = R + (1 − R) × g, where g is 1/4 for four options, 1/C(k, n) for "choose n", and about 0 for ordering, matching and numbers.',
  'calibration.col-predictions': () => 'predictions',
  'calibration.col-brier': () => 'Brier',
  'calibration.col-logloss': () => 'log loss',
  'calibration.col-rmse': () => 'RMSE(bins)',
  'calibration.row-adjusted': () => 'model (with guessing)',
  'calibration.row-raw': () => 'model (recall alone)',
  'calibration.row-baseline': (p: P) => `always ${p.mean} (your average)`,
  'calibration.lower-better': () => 'Lower is better in every column.',
  'calibration.verdict-better': (p: P) => `Verdict: better than always predicting your average — log loss ${p.logloss} lower, Brier ${p.brier} lower.`,
  'calibration.verdict-worse': (p: P) =>
    `Verdict: worse than always predicting your average — log loss ${p.logloss} higher, Brier ${p.brier} higher. With few reviews, or a memory unlike the default, pmp optimize may help.`,
  'calibration.verdict-mixed': (p: P) => `Verdict: about as good as always predicting your average — log loss ${p.logloss}, Brier ${p.brier} (+ worse, − better).`,
  'calibration.deciles': () => 'By predicted chance (with guessing): how often you were right',
  'calibration.col-range': () => 'predicted',
  'calibration.col-count': () => 'answers',
  'calibration.col-mean': () => 'mean',
  'calibration.col-actual': () => 'right',
  'calibration.legend': () => '█ share right, │ mean predicted',
  'calibration.too-few': (p: P) =>
    `Only ${count(p.n, 'prediction')} to score so far; calibration needs at least ${p.needed}. A prediction is made when you answer a question you have seen before, a day or more later: keep studying with pmp study.`,
  'calibration.bad-since': (p: P) => `--since expects a date as YYYY-MM-DD, such as 2026-11-01, not "${p.value}".`,
} as const;
