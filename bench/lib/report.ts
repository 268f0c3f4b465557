/** How figures are printed: one line each, value beside its target, ✓/✗ in colour, ok/MISS without. */
import { cpus, totalmem } from 'node:os';
import type { Figure, Unit } from '../parts/part.js';

export const thousands = (n: number): string => n.toLocaleString('en');
export const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export function formatValue(value: number, unit: Unit): string {
  if (unit === '%') return `${value.toFixed(1)} %`;
  if (unit === 'pts') return `${value >= 0 ? '+' : ''}${value.toFixed(1)} pts`;
  const digits = unit === 'x' || unit === 's' ? 2 : unit === '' && Math.abs(value) < 1 ? 4 : value < 10 ? 2 : value < 100 ? 1 : 0;
  return `${value.toFixed(digits)}${unit === 'x' ? '×' : unit === '' ? '' : ` ${unit}`}`;
}

export function passes(figure: Figure): boolean | undefined {
  if (!figure.target) return undefined;
  if (figure.value === null) return false;
  const { min, max } = figure.target;
  return (max === undefined || figure.value <= max) && (min === undefined || figure.value >= min);
}

export function formatFigure(part: string, figure: Figure, colour: boolean): string {
  const verdict = passes(figure);
  const mark =
    verdict === undefined ? '  ' : colour ? (verdict ? '\u001b[32m✓\u001b[0m ' : '\u001b[31m✗\u001b[0m ') : verdict ? 'ok' : 'MISS';
  const value = figure.value === null ? 'not available' : formatValue(figure.value, figure.unit);
  const target = figure.target ? targetText(figure.target) : '';
  const note = figure.note ? `  (${figure.note})` : '';
  return `${mark.padEnd(4)} ${part.padEnd(15)} ${figure.label.padEnd(78)} ${value.padStart(13)}  ${target.padEnd(16)}${note}`;
}

function targetText({ min, max, unit }: NonNullable<Figure['target']>): string {
  if (min !== undefined && max !== undefined) return `target ${formatValue(min, unit)} to ${formatValue(max, unit)}`;
  if (min !== undefined) return `target ≥ ${formatValue(min, unit)}`;
  return max !== undefined ? `target ≤ ${formatValue(max, unit)}` : '';
}

export function machineLine(): string {
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  return `machine: ${cpu}, ${cpus().length} cores, ${(totalmem() / 1024 ** 3).toFixed(0)} GB, Node ${process.version}, ${process.platform} ${process.arch}`;
}
