/**
 * The configurations the readiness benchmark runs: learner kind × ability × budget × run. Which
 * runs set an exam date alternates over the grid — (ability + budget + run) even: a date the day
 * after the last study day, set with `pmp plan`; odd: no date, readiness's one-week horizon — so the
 * default single run covers both and `--runs 2` gives every configuration both.
 */
import { ABILITIES, type Ability, type LearnerKind } from '../../src/simulation/memory-learner.js';
import { runReadinessStudy, type RunConfig, type RunResult } from './study-run.js';

export interface GridOptions {
  readonly runs: number;
  readonly days: number;
  readonly budgets: readonly number[];
  readonly kinds: readonly LearnerKind[];
  readonly abilities: readonly Ability[];
  readonly seed: number;
  readonly mocks: number;
  readonly mockQuestions: number;
}

export const DEFAULT_GRID: GridOptions = {
  runs: 1,
  days: 30,
  budgets: [40, 80, 120],
  kinds: ['hlr', 'fsrs'],
  abilities: ABILITIES,
  seed: 1,
  mocks: 4,
  mockQuestions: 60,
};

export function gridConfigs(options: GridOptions): RunConfig[] {
  const configs: RunConfig[] = [];
  for (const kind of options.kinds) {
    options.abilities.forEach((ability, a) => {
      options.budgets.forEach((answersPerDay, b) => {
        for (let run = 0; run < options.runs; run++) {
          configs.push({
            kind,
            ability,
            answersPerDay,
            days: options.days,
            examDate: (a + b + run) % 2 === 0,
            seed: options.seed + run,
            mocks: options.mocks,
            mockQuestions: options.mockQuestions,
          });
        }
      });
    });
  }
  return configs;
}

/** Runs every configuration in turn (each in its own database under `dir`); `log` hears one line per run. */
export async function runGrid(options: GridOptions, dir: string, log: (line: string) => void = () => {}): Promise<RunResult[]> {
  const results: RunResult[] = [];
  for (const config of gridConfigs(options)) {
    const started = performance.now();
    results.push(await runReadinessStudy(config, dir));
    log(`${config.kind} ${config.ability} ${config.answersPerDay}/day ${config.examDate ? 'exam date' : 'no date'} seed ${config.seed}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  return results;
}
