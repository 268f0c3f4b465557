import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Outline } from '../domain/outline.js';
import { OUTLINES_DIR } from './package-files.js';

export const OUTLINE_IDS = ['eco-2026', 'eco-2021'] as const;

let cache: Map<string, Outline> | undefined;

/** The exam outlines shipped as data in questions/outlines/. */
export function loadOutlines(dir: string = OUTLINES_DIR): ReadonlyMap<string, Outline> {
  if (dir === OUTLINES_DIR && cache) return cache;
  const map = new Map<string, Outline>();
  for (const id of OUTLINE_IDS) map.set(id, JSON.parse(readFileSync(join(dir, `${id}.json`), 'utf8')) as Outline);
  if (dir === OUTLINES_DIR) cache = map;
  return map;
}
