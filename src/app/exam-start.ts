/**
 * Starting a mock exam: draw it from the banks of the chosen outline, fix the option order of
 * every question (so a resumed exam shows the same screens), and store it, all before the clock starts.
 */
import { planExam, type ExamPlan } from '../domain/exam-draw.js';
import { guessingFloor } from '../domain/question.js';
import { firstSightPriors, questionChance } from '../domain/readiness.js';
import type { Scheduler } from '../domain/scheduler.js';
import type { Outline } from '../domain/outline.js';
import { present } from '../domain/presentation.js';
import { hashString, seededRandom } from '../domain/random.js';
import { PmpError } from '../errors.js';
import type { Db } from '../storage/database.js';
import { describeSlice, isSliced, sliceBlueprint, type ExamSlice } from '../domain/exam-draw.js';
import { examCandidates, examInProgress, insertExam } from '../storage/exam-store.js';
import { firstSightByDomain } from '../storage/readiness-queries.js';
import { firstAnswersWrong } from '../storage/calibration-queries.js';
import { StudyStore } from '../storage/study-store.js';
import { learnerRecall } from './learner-recall.js';
import type { Clock } from './ports.js';

export interface StartExamOptions {
  readonly outline: Outline;
  /** The learner's scheduler: each drawn question gets the readiness model's chance of a right answer. */
  readonly scheduler: Scheduler;
  readonly questions?: number;
  /** Share (0..1) of questions answered before: see ExamRequest.seenShare. */
  readonly seenShare?: number;
  readonly minutes?: number;
  readonly seed: number;
  /** Only these banks and tags (pmp exam --bank, --tag); absent or empty: every bank of the outline. */
  readonly slice?: ExamSlice;
}

export interface StartedExam {
  readonly examId: number;
  readonly plan: ExamPlan;
}

export function startExam(db: Db, clock: Clock, options: StartExamOptions): StartedExam {
  const running = examInProgress(db);
  if (running) throw new PmpError('exam.already-running', 'usage', { id: running.id });
  const { outline } = options;
  const slice = isSliced(options.slice) ? options.slice : undefined;
  const domain = slice?.domain;
  const candidates = examCandidates(db, outline.id, slice).filter((c) => domain === undefined || c.domain === domain);
  if (candidates.length === 0) {
    if (slice) throw new PmpError('exam.slice-empty', 'failure', { outline: outline.id, slice: describeSlice(slice) });
    throw new PmpError('exam.no-questions', 'failure', { outline: outline.id });
  }
  // A one-domain mock (--domain) is the blueprint of that domain alone; the shortfall logic is the same.
  const blueprint = sliceBlueprint(
    outline.exam,
    outline.domains.map((d) => ({ id: d.id, weight: d.weight })),
    slice,
  );
  const plan = planExam(
    outline.exam,
    blueprint.domains,
    candidates,
    {
      seed: options.seed,
      questions: options.questions ?? blueprint.questions,
      ...(options.minutes !== undefined ? { minutes: options.minutes } : {}),
      ...(options.seenShare !== undefined ? { seenShare: options.seenShare } : {}),
    },
  );
  const missing = plan.shortfall.filter((s) => s.available === 0);
  if (plan.items.length === 0 || missing.length > 0) {
    // The banks hold questions of this outline, but some domain has none: an exam in the blueprint's
    // proportions would be nothing (or a question or two of one domain). Say which domains are
    // missing and what the banks hold.
    throw new PmpError('exam.domains-missing', 'failure', {
      outline: outline.id,
      slice: slice ? describeSlice(slice) : '',
      missing: missing.map((s) => s.domain).join(','),
      shortfall: plan.shortfall.map((s) => `${s.domain}:${s.wanted}:${s.available}`).join(','),
      held: blueprint.domains.map((d) => `${d.id}:${candidates.filter((c) => c.domain === d.id).length}`).join(','),
      requested: plan.requested,
    });
  }
  const store = new StudyStore(db);
  const now = clock.now();
  // The same model as pmp readiness, per question, so the report can check it against the result.
  const priors = firstSightPriors(outline.domains.map((d) => d.id), firstSightByDomain(db, outline.id));
  const recallOf = learnerRecall(db, options.scheduler);
  const missedFirst = firstAnswersWrong(db, plan.items.map((item) => item.questionPk));
  const items = plan.items.map((item) => {
    const question = store.question(item.questionPk);
    const shown = present(question, seededRandom(hashString(`exam:${options.seed}:${item.questionPk}`)));
    const order = shown.optionOrder.length > 0 ? shown.optionOrder : shown.rightOrder.length > 0 ? shown.rightOrder : null;
    const recall = recallOf.ofState(store.card(item.questionPk)?.state ?? null, now, missedFirst.has(item.questionPk));
    const domainPrior = (question.eco && priors.domains.get(question.eco.domain)?.prior) ?? priors.learner;
    return { ...item, shownOrder: order, predicted: questionChance({ floor: guessingFloor(question), recall }, domainPrior) };
  });
  const examId = insertExam(db, {
    outline: outline.id,
    seed: options.seed,
    startedAt: now,
    format: {
      questions: plan.items.length,
      requested: plan.requested,
      minutes: plan.minutes,
      breaks: plan.breaks,
      shortfall: plan.shortfall,
      agileHybrid: plan.agileHybrid,
      predictive: plan.predictive,
      ...(slice ? { slice } : {}),
    },
    items,
  });
  // Another terminal started one between our check and our write.
  if (examId === undefined) throw new PmpError('exam.already-running', 'usage', { id: examInProgress(db)?.id ?? 0 });
  return { examId, plan };
}
