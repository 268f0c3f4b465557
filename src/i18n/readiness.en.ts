/** Words of `pmp readiness` (and the exam-date option it shares with `pmp plan`). */
import { count } from './plural.js';
type P = Readonly<Record<string, string | number>>;

export const readinessEn = {
  'usage.bad-exam-date': (p: P) => `--exam-date expects a date such as 2027-02-15 (YYYY-MM-DD), not "${p.value}".`,
  'usage.past-exam-date': (p: P) => `The exam date ${p.value} is in the past.`,
  'usage.bad-cut': (p: P) => `--cut expects a percentage from 1 to 99, such as 61 or 65, not "${p.value}".`,
  'usage.bad-eco': (p: P) => `--eco expects 2026 or 2021, not "${p.value}".`,

  'readiness.title.exam': (p: P) => `Readiness for the exam on ${p.date} (${p.days} days away), ${p.outline}`,
  'readiness.title.today': (p: P) => `Readiness if the exam were in a week (no study before it), ${p.outline}`,
  'readiness.no-further-study': () => 'The estimate assumes no further study before then; studying raises it.',
  'readiness.calibration-thin': (p: P) => `Up to ±${p.points} points of the range come from how little your answers so far say about how well memory predictions fit you (${p.n} answers a day or more after the one before). Reviews on later days narrow it; after about 500 reviews, pmp optimize fits the model to your memory.`,
  'readiness.no-date-hint': () => 'No exam date set: pmp readiness --exam-date YYYY-MM-DD (remembered).',
  'readiness.overall': () => 'Overall',
  'readiness.pass-chance': (p: P) => `chance of reaching the cut: ${p.chance}`,
  'readiness.legend': (p: P) => `█▓ expected · ▓▒ 90 % range · │ assumed cut ${p.cut}`,
  'readiness.coverage': () => 'Coverage',
  'readiness.coverage.row': (p: P) => `questions seen ${p.seen}/${p.questions} (${p.share}) · tasks seen ${p.tasksSeen}/${p.tasks}`,
  'readiness.focus': () => 'Where study pays most (exam questions expected to be lost):',
  'readiness.focus.row': (p: P) => `${p.task} — expected ${p.expected}, ≈ ${p.lost} of ${p.exam} questions lost; seen ${p.seen}/${p.questions}`,
  'readiness.focus.hint': (p: P) => `Study one: pmp study --domain ${p.domain} --task ${p.task}`,
  'readiness.basis': (p: P) => `Based on ${p.first} first answers (${p.firstShare} right) and ${p.seen} of ${p.questions} questions seen. pmp readiness --explain shows the formula with your numbers.`,
  'readiness.empty-bank': (p: P) => `No questions in your database are tagged to ${p.outline}, so there is nothing to estimate.`,
  'readiness.empty-bank.hint': () => 'Import a bank tagged to this outline (pmp import), or choose the other one with --eco.',
  'readiness.too-little': (p: P) => `Not enough answers yet for an honest estimate: ${p.have} questions answered at least once; it needs ${p.need}, and ${p.perDomain} in every domain.`,
  'readiness.too-little.domain': (p: P) => `${p.domain}: ${p.have} of ${p.need}`,
  'readiness.too-little.hint': () => 'Keep studying (pmp study); new questions come from every domain.',

  'readiness.explain.title': () => 'How the estimate is made (the numbers are yours)',
  'readiness.explain.question': () =>
    'Each question: seen → p = R + (1 − R)·g, with R the FSRS recall probability on the exam date and g the chance of guessing right; never seen → p = max(g, π_d), your first-sight accuracy in its domain.',
  'readiness.explain.learner': (p: P) => `Your first-sight accuracy: π = (${p.right} + ${p.m}×${p.prior}) / (${p.seen} + ${p.m}) = ${p.value}  (${p.m} answers of a ${p.prior} prior keep thin data from looking certain)`,
  'readiness.explain.calibration': (p: P) => `Calibrated recall: R = σ(${p.a} + ${p.b}·logit R_FSRS ${p.c}·ln(1 + misses)), judged a day or more after your last answer, fitted on your ${p.n} newest answers that had a prediction (misses: a wrong first answer plus later lapses; a = 0, b = 1, c = 0 would be no change)`,
  'readiness.explain.domain': (p: P) => `${p.domain} (weight ${p.weight})`,
  'readiness.explain.prior': (p: P) => `  π_d = (${p.right} + ${p.m}×${p.learner}) / (${p.seen} + ${p.m}) = ${p.value} ± ${p.sd}`,
  'readiness.explain.seen': (p: P) => `  ${p.seen} of ${p.questions} questions seen: mean R on the exam date ${p.recall}; mean guessing floor ${p.floor}`,
  'readiness.explain.tasks': (p: P) => `  E_d = mean over its ${p.tasks} tasks of the mean p of each task = ${p.value}`,
  'readiness.explain.range': (p: P) => `  sd = √((${p.priorShare}×${p.priorSd})² + ${p.value}×(1 − ${p.value})/${p.n}) = ${p.sd} → 90 % range ${p.low}–${p.high}`,
  'readiness.explain.range-parts': () => '  (prior share × prior spread: what rests on guesswork about unseen questions; p(1 − p)/n: the luck of which questions come up)',
  'readiness.explain.overall': (p: P) => `Overall: E = ${p.sum} = ${p.value}; sd = √((${p.prior})² + ${p.value}×(1 − ${p.value})/${p.n}) = ${p.sd} → ${p.low}–${p.high}`,
  'readiness.explain.rating': (p: P) => `Ratings: the band with the largest chance under N(E, sd²): ${p.chances}.`,
  'readiness.mocks': (p: P) =>
    `Mock exams: ${count(p.n, 'mock')} in the last ${p.days} days, ${p.share} right on ${count(p.answered, 'answered question')} where the model predicted ${p.predicted}; the estimate above ${p.move}.`,
  'readiness.mocks.up': (p: P) => `moves up ${count(p.points, 'point')} for it`,
  'readiness.mocks.down': (p: P) => `moves down ${count(p.points, 'point')} for it`,
  'readiness.mocks.same': () => 'stays as the model says',
  'readiness.mocks.none': (p: P) => `No mock exam in the last ${p.days} days: a mock (pmp exam) checks this estimate on questions as the exam draws them.`,
  'readiness.explain.mocks': (p: P) =>
    `Mock exams: bias β of the model ~ N(0, ${p.tau}²); your mocks: r = (${p.right} − ${p.predicted}) / ${p.answered} = ${p.residual}; posterior β = ${p.shift} ± ${p.sd}, added to every figure above (each domain from its own answers, centred on β); the range widens by β's uncertainty. The model's own overall estimate was ${p.before}. Mock answers also teach the calibration, so part of their lesson counts twice; the shrinkage keeps that small.`,
  'readiness.explain.doc': () => 'The formula in words: docs/readiness.md. How well the predictions have matched your answers: pmp readiness --calibration.',
} as const;
