/**
 * Scheduler quality, simulated (issue #6 points 2 and 3): the seeded learner of src/simulation
 * under our scheduler and a fixed ladder, and the prediction scores of our scheduler's logged
 * recall probabilities against the constant average. The full report goes to the log.
 */
import { formatSimulationReport } from '../../src/simulation/format.js';
import { runSchedulerSimulation } from '../../src/simulation/run.js';
import type { BenchPart, Figure } from './part.js';

const SEED = 1;

export const simulationPart: BenchPart = {
  name: 'simulation',
  async run({ log }) {
    log(`simulating 500 questions for 60 days under both schedulers (seed ${SEED})`);
    const report = runSchedulerSimulation(SEED);
    for (const line of formatSimulationReport(report).trimEnd().split('\n')) log(line);
    const figures: Figure[] = [];
    for (const { answersPerDay, arms } of [{ answersPerDay: report.settings.answersPerDay, arms: report.arms }, ...report.budgets]) {
      const [ours, ladder] = arms;
      const size = `${answersPerDay} answers a day`;
      figures.push({ label: `exam-day share right, ours (${size}; ${ours.reviews} reviews)`, value: ours.expectedShareOnExamDay * 100, unit: '%' });
      figures.push({ label: `exam-day share right, 1-3-7-14-30 ladder (${size}; ${ladder.reviews} reviews)`, value: ladder.expectedShareOnExamDay * 100, unit: '%' });
      // Ours should never end behind the ladder by more than half a point.
      figures.push({ label: `ladder minus ours (${size})`, value: (ladder.expectedShareOnExamDay - ours.expectedShareOnExamDay) * 100, unit: '%', target: { max: 0.5, unit: '%' } });
    }
    const p = report.prediction.adjusted;
    const note = `${report.prediction.predictions} predictions`;
    figures.push({ label: 'prediction log loss, ours (guess-adjusted)', value: p.model.logLoss, unit: '', note });
    figures.push({ label: 'prediction log loss, constant average', value: p.baseline.logLoss, unit: '', note });
    figures.push({ label: 'prediction RMSE(bins), ours (guess-adjusted)', value: p.model.rmseBins, unit: '', note });
    figures.push({ label: 'prediction RMSE(bins), constant average', value: p.baseline.rmseBins, unit: '', note });
    // What readiness and the mock exam show: the same predictions through the learner's recall
    // calibration, refitted every 50 answers on earlier answers only (the constant knows the whole run's average).
    const c = report.calibratedPrediction.adjusted;
    figures.push({ label: 'prediction log loss, calibrated as it learns', value: c.model.logLoss, unit: '', note, target: { max: p.baseline.logLoss, unit: '' } });
    figures.push({ label: 'prediction RMSE(bins), calibrated as it learns', value: c.model.rmseBins, unit: '', note, target: { max: p.baseline.rmseBins, unit: '' } });
    figures.push({ label: 'mean predicted minus actual share right, calibrated (points)', value: (c.meanPredicted - report.calibratedPrediction.actual) * 100, unit: '', note });
    return figures;
  },
};
