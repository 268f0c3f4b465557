/**
 * A calendar heatmap in the manner of GitHub's contribution graph: one column per week, rows
 * Monday to Sunday, each day shaded by its number of answers in five levels (0 = none).
 */
import { addDays, mondayIndex } from './study-calendar.js';

export const HEATMAP_LEVELS = 5;

export interface HeatmapCell {
  /** 'YYYY-MM-DD' of the study day. */
  readonly date: string;
  readonly answers: number;
  /** 0 = no answers; 1..4 = up to a quarter, half, three quarters, all of the busiest day. */
  readonly level: number;
}

export interface Heatmap {
  /** Columns, oldest week first; each has 7 entries, Monday first; null after today. */
  readonly weeks: readonly (readonly (HeatmapCell | null)[])[];
  /** Highest answer count for levels 1..4 (a level is empty when its bound equals the one below). */
  readonly levelUpTo: readonly [number, number, number, number];
  /** The column in which each month's first day falls, for labels above the grid. */
  readonly months: readonly { readonly column: number; readonly month: number; readonly year: number }[];
}

/** The first date the grid shows for `weeks` columns ending with today's week. */
export function heatmapFirstDate(today: string, weeks: number): string {
  return addDays(today, -mondayIndex(today) - (weeks - 1) * 7);
}

/** `answersByDay`: one count per study day from heatmapFirstDate(today, weeks) up to today. */
export function buildHeatmap(today: string, weeks: number, answersByDay: readonly number[]): Heatmap {
  const first = heatmapFirstDate(today, weeks);
  const max = Math.max(0, ...answersByDay);
  const level = (n: number) => (n <= 0 || max === 0 ? 0 : Math.min(4, Math.ceil((4 * n) / max)));
  const columns: (HeatmapCell | null)[][] = [];
  const months: { column: number; month: number; year: number }[] = [];
  for (let w = 0; w < weeks; w++) {
    const column: (HeatmapCell | null)[] = [];
    for (let d = 0; d < 7; d++) {
      const index = w * 7 + d;
      const date = addDays(first, index);
      if (date.endsWith('-01') || index === 0) months.push({ column: w, month: Number(date.slice(5, 7)), year: Number(date.slice(0, 4)) });
      if (index >= answersByDay.length) {
        column.push(null);
        continue;
      }
      const answers = answersByDay[index] ?? 0;
      column.push({ date, answers, level: level(answers) });
    }
    columns.push(column);
  }
  // The partial first month is labelled only when it has room before the next label.
  if (months.length > 1 && (months[1]?.column ?? 0) - (months[0]?.column ?? 0) < 3) months.shift();
  const upTo = (k: number) => Math.floor((max * k) / 4);
  return { weeks: columns, levelUpTo: [upTo(1), upTo(2), upTo(3), max], months };
}
