/**
 * What the same learner would reach by exam morning under two other schedulers at the same budget:
 * FSRS-6 with its published weights and no exam aim (src/simulation/arms.ts, the app's queue order),
 * and a fixed 1-3-7-14-30-day ladder. In memory — only the app's run needs the database — with the
 * same daily budget, clock steps and new-question rule as the app's run (the plan's quota with
 * room kept for it when an exam date is set, else pmp study's default of 20 a day).
 */
import { DEFAULT_NEW_PER_DAY } from '../../src/app/config.js';
import type { Outline } from '../../src/domain/outline.js';
import type { DomainId } from '../../src/domain/question.js';
import { nextStudyDayStart } from '../../src/domain/study-day.js';
import { newPerDayFor } from '../../src/domain/study-plan.js';
import { fsrsArm, ladderArm, type Arm } from '../../src/simulation/arms.js';
import type { LearnerItem } from '../../src/simulation/memory-learner.js';
import { createMemoryLearner } from '../../src/simulation/learners.js';
import type { RunConfig } from './study-run.js';
import { trueExpectedShare } from './truth.js';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const ANSWER_MS = 30_000;
export const LADDER_DAYS: readonly number[] = [1, 3, 7, 14, 30];

export interface ArmOutcome {
  /** True expected share right on exam morning. */
  readonly share: number;
  /** Answers to questions seen before. */
  readonly reviews: number;
  readonly answers: number;
}

/** One arm studied in memory by the run's learner under the harness's day rules. */
export function runArmInMemory(
  config: Pick<RunConfig, 'kind' | 'ability' | 'seed' | 'days' | 'answersPerDay'>,
  items: readonly LearnerItem[],
  domains: readonly DomainId[],
  outline: Outline,
  options: { readonly reserveNew: boolean; readonly examMorning: number; readonly start: number },
  arm: Arm,
): ArmOutcome {
  const learner = createMemoryLearner(config.kind, config.ability, config.seed, items);
  let answers = 0;
  let reviews = 0;
  let introduced = 0;
  for (let day = 0; day < config.days; day++) {
    const newPerDay = options.reserveNew ? (newPerDayFor(items.length - introduced, config.days - day) ?? 0) : DEFAULT_NEW_PER_DAY;
    let at = options.start + day * DAY_MS + 9 * HOUR_MS;
    let introducedToday = 0;
    let last: number | undefined;
    for (let n = 0; n < config.answersPerDay; n++) {
      at += ANSWER_MS;
      const newLeft = Math.max(0, newPerDay - introducedToday);
      const roomForNew = !options.reserveNew || config.answersPerDay - n > newLeft;
      const dayEnd = nextStudyDayStart(at, 0);
      const index = arm.next(at, dayEnd, newLeft > 0, last, roomForNew) ?? (!roomForNew ? arm.next(at, dayEnd, false, last, true) : undefined);
      if (index === undefined) break;
      const wasNew = arm.isNew(index);
      const { right } = learner.answer(index, at);
      arm.record(index, at, right);
      answers++;
      if (wasNew) introducedToday++;
      else reviews++;
      last = index;
    }
    introduced += introducedToday;
  }
  return { share: trueExpectedShare(learner, domains, outline, options.examMorning), reviews, answers };
}

export function runBaselines(
  config: RunConfig,
  items: readonly LearnerItem[],
  domains: readonly DomainId[],
  outline: Outline,
  options: { readonly reserveNew: boolean; readonly examMorning: number; readonly start: number },
): { readonly fsrs: ArmOutcome; readonly ladder: ArmOutcome } {
  const run = (arm: Arm): ArmOutcome => runArmInMemory(config, items, domains, outline, options, arm);
  // Default FSRS: no guessing floor (every right answer Good) and no exam moment (no exam-week sweep).
  return { fsrs: run(fsrsArm(items.length, 0)), ladder: run(ladderArm(items.length, LADDER_DAYS)) };
}
