/**
 * Charts for the terminal. The line chart is asciichart's; bar charts and the calendar heatmap
 * are drawn here (no library draws them with a baseline and date labels that fit Korean text).
 * Every chart reads without colour: shapes and characters carry the meaning, colour only helps.
 */
import asciichart from 'asciichart';
import type { Heatmap } from '../../domain/heatmap.js';
import type { Style } from '../terminal/style.js';
import { displayWidth, padEnd, padStart } from '../terminal/wrap.js';

const EIGHTHS = ' ▁▂▃▄▅▆▇█';
/** Heatmap levels 0..4; distinct without colour (NO_COLOR, pipes). */
export const HEAT_CHARS = ['·', '░', '▒', '▓', '█'] as const;

export interface BarChartOptions {
  readonly width: number;
  readonly height: number;
  readonly style: Style;
  /** Labels under the first, middle and last bar. */
  readonly labels: readonly [string, string, string];
}

/** Vertical bars, one per value, in eighths of a row; the top row is labelled with the maximum. */
export function barChart(values: readonly number[], o: BarChartOptions): string[] {
  const max = Math.max(0, ...values);
  const axis = Math.max(displayWidth(String(max)), 1);
  const room = o.width - axis - 2;
  // A gap between bars when there is room; otherwise bars touch.
  const step = room >= values.length * 2 ? 2 : 1;
  const shown = values.slice(-Math.max(1, Math.floor(room / step)));
  const lines: string[] = [];
  for (let row = o.height - 1; row >= 0; row--) {
    const label = row === o.height - 1 ? String(max) : '';
    let bars = '';
    for (const v of shown) {
      let eighths = max === 0 ? 0 : Math.round((v / max) * o.height * 8) - row * 8;
      if (row === 0 && v > 0) eighths = Math.max(1, eighths); // any answer at all is visible
      bars += (EIGHTHS[Math.max(0, Math.min(8, eighths))] ?? ' ').padEnd(step);
    }
    lines.push(`${padStart(label, axis)} ┤${o.style.accent(bars.trimEnd())}`);
  }
  lines.push(`${padStart('0', axis)} └${'─'.repeat(shown.length * step)}`);
  lines.push(' '.repeat(axis + 2) + spreadLabels(o.labels, shown.length * step - (step - 1)));
  return lines;
}

/** First label at the left, middle centred, last ending at `span`; the middle one goes when crowded. */
function spreadLabels([first, middle, last]: readonly [string, string, string], span: number): string {
  const lw = displayWidth(last);
  const fw = displayWidth(first);
  const gap = span - fw - lw;
  if (gap < 1) return first;
  const mw = displayWidth(middle);
  const left = Math.floor((span - mw) / 2) - fw;
  if (left < 2 || gap - left - mw < 2) return first + ' '.repeat(gap) + last;
  return first + ' '.repeat(left) + middle + ' '.repeat(gap - left - mw) + last;
}

export interface LineChartOptions {
  readonly width: number;
  readonly style: Style;
  /** A level drawn as a dotted line behind the series (the desired retention). */
  readonly target: number;
  readonly format: (value: number) => string;
}

/**
 * A line through `points` (null = no data, bridged from its neighbours), stretched to the width,
 * with the target as a dotted line. Returns no lines when every point is null.
 */
export function lineChart(points: readonly (number | null)[], o: LineChartOptions): string[] {
  const known = points.map((p, i) => [i, p] as const).filter((e): e is readonly [number, number] => e[1] !== null);
  if (known.length === 0) return [];
  const filled = points.map((p, i) => p ?? bridge(known, i));
  const labelWidth = Math.max(...[0, 0.5, 1].map((x) => displayWidth(o.format(x))));
  const perPoint = Math.max(1, Math.min(6, Math.floor((o.width - labelWidth - 2) / Math.max(1, points.length - 1))));
  const series: number[] = [];
  for (let i = 0; i < filled.length - 1; i++) {
    for (let k = 0; k < perPoint; k++) series.push((filled[i] as number) + (((filled[i + 1] as number) - (filled[i] as number)) * k) / perPoint);
  }
  series.push(filled[filled.length - 1] as number);
  // Rows of 5 points (10 when the range is wide), so the target and the labels fall on whole percents.
  const low = Math.min(o.target, ...series);
  const step = 1 - low > 0.45 ? 0.1 : 0.05;
  const min = Math.max(0, Math.floor((low - 1e-9) / step) * step);
  const height = Math.round((1 - min) / step);
  // offset 2: asciichart puts the whole label in cell 0 and the axis in cell 1.
  const plot = asciichart.plot(series, {
    min,
    max: 1,
    height,
    offset: 2,
    format: (x) => padStart(o.format(x), labelWidth),
    ...(o.style.enabled ? { colors: [asciichart.cyan] } : {}),
  });
  const lines = plot.split('\n');
  const targetRow = height - Math.round((o.target - min) / step);
  const row = lines[targetRow];
  if (row !== undefined) {
    const axis = row.search(/[┤┼]/);
    lines[targetRow] = row.slice(0, axis + 1) + row.slice(axis + 1).replace(/ /g, o.style.dim('┄'));
  }
  return lines;
}

function bridge(known: readonly (readonly [number, number])[], i: number): number {
  const before = [...known].reverse().find(([j]) => j < i);
  const after = known.find(([j]) => j > i);
  if (!before) return (after as readonly [number, number])[1];
  if (!after) return before[1];
  return before[1] + ((after[1] - before[1]) * (i - before[0])) / (after[0] - before[0]);
}

export interface HeatmapOptions {
  readonly width: number;
  readonly style: Style;
  /** Monday first. */
  readonly weekdays: readonly string[];
  readonly monthName: (month: number) => string;
}

/** Rows Monday..Sunday, one column per week (the latest weeks that fit), month names above. */
export function heatmapLines(map: Heatmap, o: HeatmapOptions): string[] {
  const labelWidth = Math.max(...o.weekdays.map(displayWidth)) + 1;
  const fit = Math.max(1, Math.min(map.weeks.length, Math.floor((o.width - labelWidth) / 2)));
  const skip = map.weeks.length - fit;
  const weeks = map.weeks.slice(skip);
  let header = ' '.repeat(labelWidth);
  for (const m of map.months) {
    const at = labelWidth + (m.column - skip) * 2;
    const name = o.monthName(m.month);
    if (m.column < skip || at < displayWidth(header) + (header.trim() ? 1 : 0) || at + displayWidth(name) > o.width) continue;
    header = padEnd(header, at) + name;
  }
  const lines = [header.trimEnd()];
  for (let day = 0; day < 7; day++) {
    let row = padEnd(o.weekdays[day] ?? '', labelWidth);
    for (const week of weeks) {
      const cell = week[day];
      if (!cell) {
        row += '  ';
        continue;
      }
      const ch = HEAT_CHARS[cell.level] ?? '·';
      row += (cell.level === 0 ? o.style.dim(ch) : o.style.good(ch)) + ' ';
    }
    lines.push(row.trimEnd());
  }
  return lines;
}
