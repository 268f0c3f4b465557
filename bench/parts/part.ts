/**
 * What a part of the benchmark is: a name, and a function that measures and returns figures.
 * Adding a part = a file in bench/parts/ exporting a BenchPart, and one line in bench/run.ts.
 */
import type { Fixtures } from '../lib/fixtures.js';

export interface Target {
  /** The figure passes when it is at most this. */
  readonly max: number;
  readonly unit: Unit;
}

export type Unit = 'ms' | 's' | 'MB' | 'x' | '%' | '';

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
}

export interface BenchPart {
  readonly name: string;
  run(context: BenchContext): Promise<readonly Figure[]>;
}
