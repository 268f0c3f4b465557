/** The readiness benchmark as plain text (English: a developer's tool): one row per run, then each learner kind's goals. */
import { goalMet, predictionScores, type Goal, type KindSummary } from './summary.js';
import type { RunResult } from './study-run.js';

const p1 = (x: number | null) => (x === null ? '—' : (x * 100).toFixed(1));
const signed = (x: number | null) => (x === null ? '—' : `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)}`);

export function formatRuns(results: readonly RunResult[]): string[] {
  const header = `  ${'learner'.padEnd(16)}${'/day'.padStart(5)}${'date'.padStart(6)}${'answ'.padStart(6)}${'revs'.padStart(6)}${'LL cal/raw/const'.padStart(20)}${'readiness [90 %]'.padStart(22)}${'truth'.padStart(7)}${'diff'.padStart(7)}${'mocks u/b'.padStart(12)}${'in u/b'.padStart(8)}${'ours/FSRS/ladder'.padStart(20)}`;
  const rows = results.map((r) => {
    const s = predictionScores(r.predictions);
    const ll = s ? `${s.calibrated.model.logLoss.toFixed(3)}/${s.raw.model.logLoss.toFixed(3)}/${s.calibrated.baseline.logLoss.toFixed(3)}` : '—';
    const { expected, low, high, truth } = r.readiness;
    const readiness = expected === null ? 'too little data' : `${p1(expected)} [${p1(low)}–${p1(high)}]`;
    const mocks = (draw: 'unseen-first' | 'bank-share') => r.mocks.filter((m) => m.draw === draw);
    const meanScore = (ms: readonly { score: number }[]) => (ms.length === 0 ? null : ms.reduce((a, m) => a + m.score, 0) / ms.length);
    const inside = (ms: readonly { score: number }[]) => (low === null || high === null ? 0 : ms.filter((m) => m.score >= low && m.score <= high).length);
    const u = mocks('unseen-first');
    const b = mocks('bank-share');
    return `  ${`${r.config.kind} ${r.config.ability}`.padEnd(16)}${String(r.config.answersPerDay).padStart(5)}${(r.config.examDate ? 'yes' : 'no').padStart(6)}${String(r.answers).padStart(6)}${String(r.reviews).padStart(6)}${ll.padStart(20)}${readiness.padStart(22)}${p1(truth).padStart(7)}${signed(expected === null ? null : expected - truth).padStart(7)}${`${p1(meanScore(u))}/${p1(meanScore(b))}`.padStart(12)}${`${inside(u)}/${inside(b)}`.padStart(8)}${`${p1(r.ours.share)}/${p1(r.baselines.fsrs.share)}/${p1(r.baselines.ladder.share)}`.padStart(20)}`;
  });
  return [header, ...rows];
}

export function formatGoal(g: Goal): string {
  const value = g.value === null ? 'not available' : g.unit === '' ? g.value.toFixed(4) : `${g.value >= 0 && g.unit === 'points' ? '+' : ''}${g.value.toFixed(1)}${g.unit === '%' ? ' %' : ''}`;
  const bound = (x: number) => (g.unit === '' ? x.toFixed(4) : x.toFixed(1));
  const target =
    g.min !== undefined && g.max !== undefined ? `goal ${bound(g.min)} to ${bound(g.max)}` : g.min !== undefined ? `goal ≥ ${bound(g.min)}` : g.max !== undefined ? `goal ≤ ${bound(g.max)}` : '';
  const verdict = g.min === undefined && g.max === undefined ? '    ' : goalMet(g) ? 'PASS' : 'MISS';
  return `  ${verdict}  ${g.label.padEnd(56)}${value.padStart(14)}  ${target.padEnd(20)}${g.note ? `(${g.note})` : ''}`;
}

export function formatReadinessBench(results: readonly RunResult[], summaries: readonly KindSummary[]): string {
  const lines = [
    'Readiness benchmark, end to end through the app (issue #13 item 8)',
    '  per run: answers and reviews through pmp study --limit; held-out recall log loss (calibrated / raw FSRS / constant);',
    '  readiness on exam morning (or a week on, without a date) against the true expected share; mean mock score and how many',
    '  mocks fell inside the range, default draw (u) and bank-share draw (b); exam-day true share under ours / default FSRS / ladder',
    ...formatRuns(results),
  ];
  for (const s of summaries) {
    lines.push('', `  ${s.kind === 'hlr' ? 'half-life-regression learner (memory not FSRS)' : 'FSRS learner (weights of its own)'}: ${s.runs} runs`);
    for (const g of s.figures) lines.push(formatGoal(g));
  }
  return lines.join('\n') + '\n';
}
