/**
 * What a part of the benchmark is: a name, and a function that measures and returns figures.
 * Adding a part = a file in bench/parts/ exporting a BenchPart, and one line in bench/run.ts.
 */
import type { Fixtures } from '../lib/fixtures.js';

export interface Target {
  /** The figure passes when it is at most this (and at least `min`, when given). */
  readonly max?: number;
  readonly min?: number;
  readonly unit: Unit;
}

/** 'pts': percentage points (a difference of two shares). */
export type Unit = 'ms' | 's' | 'MB' | 'x' | '%' | 'pts' | '';

export interface Figure {
  /** What was measured, with its size: "import 100,000 questions (33.1 MB)". */
  readonly label: string;
  /** null when it could not be measured (the command failed): printed as "not available". */
  readonly value: number | null;
  readonly unit: Unit;
  readonly target?: Target;
  /** Why a figure is missing, or how it was taken ("median of 9"). */
  readonly note?: string;
}

export interface BenchContext {
  readonly fixtures: Fixtures;
  /** Progress for a person watching: goes to stderr. */
  log(message: string): void;
  /** --runs: repetitions per configuration for parts that simulate (absent: the part's default). */
  readonly runs?: number;
}

export interface BenchPart {
  readonly name: string;
  /** A MISS of this part makes the bench exit non-zero (unless its report-only switch is set). */
  readonly strict?: boolean;
  run(context: BenchContext): Promise<readonly Figure[]>;
}
