/** The simulation report as plain text for the benchmark's output (English: a developer's tool). */
import type { CalibrationView } from '../domain/calibration.js';
import type { Scores } from '../domain/prediction-quality.js';
import type { SimulationReport } from './run.js';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const num = (x: number) => x.toFixed(4);
const signed = (x: number) => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)}`;

export function formatSimulationReport(report: SimulationReport): string {
  const { settings: s, arms, prediction: p } = report;
  const [fsrs, ladder] = arms;
  const gain = fsrs.expectedShareOnExamDay - ladder.expectedShareOnExamDay;
  const lines = [
    `Scheduler simulation (seed ${report.seed})`,
    `  learner: true memory FSRS-6 with weights [${s.trueWeights.join(', ')}]`,
    `  ${s.questions} four-option questions (guessing floor ${s.guessFloor}), ${s.days} study days, then the exam`,
    `  budget: ${s.answersPerDay} answers a day for both (a new question and a review cost one each); at most ${s.newPerDay} new a day`,
    '',
    `  ${'scheduler'.padEnd(38)}${'answers'.padStart(8)}${'reviews'.padStart(9)}${'introduced'.padStart(12)}${'exam-day share right'.padStart(22)}${'recall of seen'.padStart(16)}`,
    ...arms.map(
      (a) =>
        `  ${(a.name === 'fsrs' ? 'ours: FSRS-6, exam aim, plan quota' : `fixed ladder ${s.ladderDays.join(', ')} days`).padEnd(38)}${String(a.answers).padStart(8)}${String(a.reviews).padStart(9)}${String(a.introduced).padStart(12)}${pct(a.expectedShareOnExamDay).padStart(22)}${pct(a.meanRecallOfSeen).padStart(16)}`,
    ),
    `  ours − ladder: ${signed(gain)} points of expected share right on exam day`,
    '',
    `  other budgets (answers a day): expected share right on exam day, ours vs ladder (introduced, reviews)`,
    ...report.budgets.map(
      ({ answersPerDay, arms: [o, l] }) =>
        `    ${String(answersPerDay).padStart(4)}: ${pct(o.expectedShareOnExamDay).padStart(6)} (${o.introduced}, ${o.reviews}) vs ${pct(l.expectedShareOnExamDay).padStart(6)} (${l.introduced}, ${l.reviews})  ${signed(o.expectedShareOnExamDay - l.expectedShareOnExamDay)}`,
    ),
    '',
    `Prediction quality of our scheduler's logged predictions (${p.predictions} reviews a day or more apart; ${p.sameDayExcluded} answers less than 24 h after the previous one left out)`,
    `  share right ${pct(p.actual)}`,
    scoreLines('guess-adjusted R + (1 − R)·g (headline)', p.adjusted),
    scoreLines('raw recall R', p.raw),
    scoreLines('calibrated as it learns (refitted every 50 answers on earlier ones), guess-adjusted', report.calibratedPrediction.adjusted),
  ];
  return lines.join('\n') + '\n';
}

function scoreLines(title: string, v: CalibrationView): string {
  const row = (name: string, x: Scores) => `    ${name.padEnd(22)}${num(x.logLoss).padStart(10)}${num(x.rmseBins).padStart(12)}${num(x.brier).padStart(10)}`;
  return [
    `  ${title}: mean predicted ${pct(v.meanPredicted)}`,
    `    ${''.padEnd(22)}${'log loss'.padStart(10)}${'RMSE(bins)'.padStart(12)}${'Brier'.padStart(10)}`,
    row('model', v.model),
    row('constant average', v.baseline),
  ].join('\n');
}
